package org.crp.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "crp.gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Backend> backends();

    interface Backend {
        /** Path prefix the service owns, such as {@code /api/inventory}; forwarded unchanged. */
        String prefix();

        /** Base URL of the service, such as {@code http://inventory-service:8081}. */
        URI url();

        /** How long the backend may stay silent before the caller gets 504. */
        @WithDefault("30s")
        Duration timeout();
    }
}
