package org.crp.common.testing;

import java.util.Map;
import java.util.Set;

import org.crp.common.security.Roles;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Bearer tokens signed by {@link OidcWiremockTestResource}, shaped like the crp realm's tokens. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token for {@code user} holding exactly {@code roles}. */
    public static String token(String user, String... roles) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(roles), user, "Bearer",
                Set.of("https://service.example.com"), Map.of());
    }

    /** A vendor field engineer's token, carrying the {@code vendor_id} claim. */
    public static String vendorToken(String user, String vendorId) {
        return OidcWiremockTestResource.generateJwtToken(user, Set.of(Roles.VENDOR), user, "Bearer",
                Set.of("https://service.example.com"), Map.of(Roles.VENDOR_ID_CLAIM, vendorId));
    }
}
