package org.crp.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Everything the gateway can be told; application.properties documents the values in force. */
@ConfigMapping(prefix = "crp.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Backend> backends();

    /**
     * Coarse role policy for every {@code /api/**} call, evaluated in order: the first rule whose path
     * and method match decides, and a call no rule matches is refused. Services check again, finely.
     */
    List<PolicyRule> policy();

    RateLimit rateLimit();

    BodyLimits bodyLimits();

    RouteTimeouts routeTimeouts();

    Breaker circuitBreaker();

    Overview overview();

    OpenApi openapi();

    Health health();

    AccessLog accessLog();

    TokenCache tokenCache();

    Headers headers();

    interface Backend {
        /** Path prefix the service owns, such as {@code /api/inventory}; forwarded unchanged. */
        String prefix();

        /** Base URL of the service, such as {@code http://inventory-service:8081}. */
        URI url();

        /**
         * How long the backend may stay silent (no response data, no upload progress) before the caller gets
         * 504, on every route that {@link RouteTimeouts} does not name.
         */
        @WithDefault("30s")
        Duration timeout();

        /** How long getting a connection to the backend may take before the caller gets 503. */
        @WithDefault("2s")
        Duration connectTimeout();

        /** The backend's readiness endpoint; absent means the backend is left out of readiness. */
        Optional<String> healthPath();

        /** The backend's OpenAPI document (JSON); absent means it is left out of {@code /api/openapi}. */
        Optional<String> openapiPath();
    }

    interface PolicyRule {
        /** Path patterns: {@code *} is one path segment, a trailing {@code /**} is the path and everything below. */
        List<String> paths();

        /** HTTP methods this rule is about; absent means every method. */
        Optional<List<String>> methods();

        /** Realm roles of which the caller needs at least one. */
        List<String> roles();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Tokens added per second to each caller's bucket: the sustained request rate. */
        @WithDefault("50")
        double ratePerSecond();

        /** Bucket size: how many calls a caller may make at once after being quiet. */
        @WithDefault("100")
        int burst();

        /** Callers tracked at most; beyond that, new callers share one bucket until idle ones are forgotten. */
        @WithDefault("100000")
        int maxCallers();
    }

    interface BodyLimits {
        /** Request body limit for every forwarded route no rule names. */
        @WithDefault("10M")
        MemorySize defaultMax();

        /** Routes with their own limit; the first rule whose path matches wins. */
        Optional<List<BodyLimitRule>> rules();

        /**
         * After refusing a streamed body, this much more of it is read and dropped so that the caller
         * can read the 413; a caller still sending after that is disconnected.
         */
        @WithDefault("8M")
        MemorySize drainMax();
    }

    interface BodyLimitRule {
        List<String> paths();

        MemorySize max();
    }

    interface RouteTimeouts {
        /** Routes whose service may stay silent longer (or shorter) than its timeout; the first match wins. */
        Optional<List<RouteTimeoutRule>> rules();
    }

    interface RouteTimeoutRule {
        List<String> paths();

        /** How long the service may stay silent on these paths before the caller gets 504. */
        Duration timeout();
    }

    interface Breaker {
        /** Failures (unreachable, timeout, 502/503/504) within the window that open a backend's breaker. */
        @WithDefault("5")
        int failureThreshold();

        @WithDefault("10s")
        Duration failureWindow();

        /** How long an open breaker refuses calls before letting one trial call through (half-open). */
        @WithDefault("15s")
        Duration openFor();
    }

    interface Overview {
        /** Time allowed to each part of the overview. */
        @WithDefault("3s")
        Duration timeout();

        /** How many open cases the overview asks the supplier service for. */
        @WithDefault("100")
        int caseLimit();

        /** Deadlines due within this many days are shown. */
        @WithDefault("30")
        int deadlineDays();

        /** Roles that see case and deadline details; every other caller sees only their counts. */
        @WithDefault("legal-counsel,auditor,admin")
        List<String> caseDetailRoles();

        /**
         * Per part ({@code inventory}, {@code programmes}, {@code cases}, {@code deadlines}): the roles that
         * read it, as its service admits them. Parts a caller may not read are not fetched.
         */
        Map<String, List<String>> readers();
    }

    interface OpenApi {
        /** Time allowed to each service for its document. */
        @WithDefault("3s")
        Duration timeout();

        /** How long a merged document is served before it is built again. */
        @WithDefault("30s")
        Duration cacheFor();
    }

    interface Health {
        /** Time allowed to each backend's readiness endpoint. */
        @WithDefault("2s")
        Duration timeout();
    }

    interface AccessLog {
        @WithDefault("true")
        boolean enabled();
    }

    interface TokenCache {
        /** Remember verified tokens until they expire, instead of checking each one's signature every call. */
        @WithDefault("true")
        boolean enabled();

        @WithDefault("10000")
        int maxEntries();

        /** A remembered token is verified again after this long even if it has not expired. */
        @WithDefault("60s")
        java.time.Duration maxTtl();
    }

    interface Headers {
        /** Send Strict-Transport-Security (production, where TLS ends in front of the gateway). */
        @WithDefault("false")
        boolean hsts();

        @WithDefault("max-age=31536000; includeSubDomains")
        String hstsValue();

        /** Content-Security-Policy of API answers (JSON is never a document to render). */
        @WithDefault("default-src 'none'; frame-ancestors 'none'")
        String apiContentSecurityPolicy();
    }
}
