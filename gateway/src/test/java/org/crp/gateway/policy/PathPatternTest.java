package org.crp.gateway.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PathPatternTest {

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
            "/api/supplier/cases/**, /api/supplier/cases, true",
            "/api/supplier/cases/**, /api/supplier/cases/, true",
            "/api/supplier/cases/**, /api/supplier/cases/7/events, true",
            "/api/supplier/cases/**, /api/supplier/casesX, false",
            "/api/supplier/cases/**, /api/supplier, false",
            "/api/*/stats, /api/inventory/stats, true",
            "/api/*/stats, /api/inventory/x/stats, false",
            "/api/overview, /api/overview, true",
            "/api/overview, /api/overview/x, false",
            "/api/a.b, /api/aXb, false",
            "/api/**, /api/anything/at/all, true",
            "/api/**, /api, true",
            "/api/**, /apix, false",
            "/api/*/stats, /api//stats, false",
            "/api/*, /api/x/, false",
            "/api/x/, /api/x/, true",
            "/api/x/, /api/x, false",
            "/, /, true",
            "/, /api, false",
    })
    void matches(String pattern, String path, boolean expected) {
        assertEquals(expected, PathPattern.compile(pattern).matches(path));
    }

    @ParameterizedTest
    @CsvSource({ "api/x", "/api/**/x" })
    void refusesMalformedPatterns(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> PathPattern.compile(pattern));
    }
}
