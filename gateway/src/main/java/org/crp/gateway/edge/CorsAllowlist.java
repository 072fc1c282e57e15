package org.crp.gateway.edge;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * CORS is Quarkus' filter fed from an allowlist ({@code quarkus.http.cors.origins}, from
 * {@code CRP_CORS_ORIGINS} in production). A wildcard would let any site call the API with a user's
 * browser, so the gateway refuses to start with one, or with an origin given as a regular expression.
 */
@ApplicationScoped
public class CorsAllowlist {

    void check(@Observes StartupEvent started,
            @ConfigProperty(name = "quarkus.http.cors.origins") java.util.Optional<List<String>> origins) {
        origins.orElse(List.of()).forEach(CorsAllowlist::requireExplicit);
    }

    static void requireExplicit(String origin) {
        String o = origin.trim();
        if (o.contains("*") || (o.startsWith("/") && o.endsWith("/"))) {
            throw new IllegalStateException("quarkus.http.cors.origins must list exact origins (scheme://host[:port]), not '"
                    + origin + "'");
        }
        if (!o.matches("https?://[A-Za-z0-9.\\-]+(:\\d{1,5})?")) {
            throw new IllegalStateException("quarkus.http.cors.origins: '" + origin + "' is not an origin (scheme://host[:port])");
        }
    }
}
