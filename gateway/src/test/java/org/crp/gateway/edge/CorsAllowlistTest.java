package org.crp.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsAllowlistTest {

    @ParameterizedTest
    @ValueSource(strings = { "*", "https://*.crp.example", "/https://.*/", "console.crp.example", "https://x.example/path" })
    void refusesWildcardsPatternsAndNonOrigins(String origin) {
        assertThrows(IllegalStateException.class, () -> CorsAllowlist.requireExplicit(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://console.crp.example", "http://localhost:3000" })
    void acceptsExactOrigins(String origin) {
        assertDoesNotThrow(() -> CorsAllowlist.requireExplicit(origin));
    }
}
