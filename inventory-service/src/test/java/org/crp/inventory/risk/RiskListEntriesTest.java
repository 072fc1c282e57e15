package org.crp.inventory.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.crp.common.problem.ApiException;
import org.junit.jupiter.api.Test;

class RiskListEntriesTest {

    @Test
    void ipv6IsWrittenTheShortWay() {
        assertEquals("fc00::", RiskListService.canonical("fc00:0:0:0:0:0:0:0"));
        assertEquals("2001:db8::1", RiskListService.canonical("2001:db8:0:0:0:0:0:1"));
        assertEquals("2001:0:0:1::1", RiskListService.canonical("2001:0:0:1:0:0:0:1"), "the longest run of zeros is shortened");
        assertEquals("2001:db8:0:1::1", RiskListService.canonical("2001:db8:0:1:0:0:0:1"));
        assertEquals("::1", RiskListService.canonical("0:0:0:0:0:0:0:1"));
        assertEquals("::", RiskListService.canonical("0:0:0:0:0:0:0:0"));
        assertEquals("10.0.0.1", RiskListService.canonical("10.0.0.1"));
    }

    @Test
    void destinationsAreNormalisedAndKeptOnce() {
        assertEquals(List.of("fc00::/7", "10.0.0.0/8", "cdn.example.org", "2001:db8::1"),
                RiskListService.destinations(List.of(" fc00:0::/7", "10.0.0.0/8", "CDN.Example.org.", "cdn.example.org",
                        "2001:DB8::1")));
    }

    @Test
    void aBlockWithHostBitsNamesWhereItStarts() {
        ApiException e = assertThrows(ApiException.class, () -> RiskListService.destinations(List.of("fd12:3456::1/16")));
        assertTrue(e.getMessage().contains("fd12::/16"), e.getMessage());
        assertEquals("entries[0]", e.errors().get(0).field());
    }

    @Test
    void countriesAreSortedAndKeptOnce() {
        assertEquals(List.of("CN", "RU"), RiskListService.countries(List.of("RU", "CN", "RU")));
        ApiException e = assertThrows(ApiException.class, () -> RiskListService.countries(List.of("ru", "ZZ")));
        assertEquals(2, e.errors().size());
    }
}
