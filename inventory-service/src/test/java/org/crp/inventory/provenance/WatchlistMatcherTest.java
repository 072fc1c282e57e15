package org.crp.inventory.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class WatchlistMatcherTest {

    static final WatchlistMatcher.Entry HIKVISION = new WatchlistMatcher.Entry(UUID.randomUUID(), "Hikvision",
            Set.of(CoveringList.NDAA_889, CoveringList.FCC_COVERED_LIST),
            List.of("Hikvision", "Hangzhou Hikvision", "Ezviz", "Hangzhou Ezviz", "HiLook", "海康威视"), List.of(), true);
    static final WatchlistMatcher.Entry DAHUA = new WatchlistMatcher.Entry(UUID.randomUUID(), "Dahua",
            Set.of(CoveringList.NDAA_889), List.of("Dahua", "Zhejiang Dahua", "Imou"), List.of("Shanghai Dahua Scale"), true);
    static final WatchlistMatcher.Entry ZTE = new WatchlistMatcher.Entry(UUID.randomUUID(), "ZTE",
            Set.of(CoveringList.NDAA_889), List.of("ZTE", "ZTE Corporation"), List.of(), true);
    static final WatchlistMatcher.Entry RETIRED = new WatchlistMatcher.Entry(UUID.randomUUID(), "Retired",
            Set.of(CoveringList.NDAA_889), List.of("Axis"), List.of(), false);

    static final WatchlistMatcher MATCHER = new WatchlistMatcher(List.of(HIKVISION, DAHUA, ZTE, RETIRED));

    static Optional<String> entry(String name) {
        return MATCHER.match(name).map(WatchlistMatch::name);
    }

    @Test
    void matchesRegistrySpellingsRegardlessOfCaseAndPunctuation() {
        assertEquals(Optional.of("Hikvision"), entry("Hangzhou Hikvision Digital Technology Co.,Ltd."));
        assertEquals(Optional.of("Hikvision"), entry("HIKVISION"));
        assertEquals(Optional.of("Hikvision"), entry("hikvision-digital"));
        assertEquals(Optional.of("Hikvision"), entry("  Hikvísion  "));
        assertEquals(Optional.of("ZTE"), entry("zte corporation"));
        assertEquals(Optional.of("Dahua"), entry("Zhejiang Dahua Technology Co., Ltd."));
    }

    @Test
    void affiliatesAndBrandsMatchTheirParentEntry() {
        WatchlistMatch ezviz = MATCHER.match("Hangzhou Ezviz Software Co.,Ltd.").orElseThrow();
        assertEquals(HIKVISION.id(), ezviz.entryId());
        assertEquals("Hangzhou Ezviz", ezviz.matchedTerm(), "the most specific term is reported");
        assertEquals(Set.of(CoveringList.NDAA_889, CoveringList.FCC_COVERED_LIST), ezviz.lists());
        assertEquals(Optional.of("Hikvision"), entry("HiLook"));
        assertEquals(Optional.of("Dahua"), entry("IMOU Ranger 2"));
    }

    @Test
    void wordsMustMatchWhole() {
        assertEquals(Optional.empty(), entry("Hikvisionary Optics"));
        assertEquals(Optional.empty(), entry("ZTEC Instruments, Inc."));
        assertEquals(Optional.empty(), entry("ANHUI WANZTEN P&T CO., LTD"));
        assertEquals(Optional.empty(), entry("Shenztech Ltd"));
        assertEquals(Optional.empty(), entry("Imoulding Ltd"));
    }

    @Test
    void hanScriptTermsMatchAnywhere() {
        assertEquals(Optional.of("Hikvision"), entry("杭州海康威视数字技术股份有限公司"));
    }

    @Test
    void exclusionsVetoAnEntry() {
        assertEquals(Optional.empty(), entry("Shanghai Dahua Scale Factory"));
        assertEquals(Optional.of("Dahua"), entry("Dahua"));
    }

    @Test
    void inactiveEntriesAndBlankNamesNeverMatch() {
        assertEquals(Optional.empty(), entry("Axis Communications AB"));
        assertEquals(Optional.empty(), entry(null));
        assertEquals(Optional.empty(), entry("   "));
        assertEquals(Optional.empty(), entry("..."));
        assertFalse(WatchlistMatcher.empty().match("Hikvision").isPresent());
    }

    @Test
    void theMostSpecificEntryWins() {
        WatchlistMatcher.Entry parent = new WatchlistMatcher.Entry(UUID.randomUUID(), "Huawei", Set.of(CoveringList.NDAA_889),
                List.of("Huawei"), List.of(), true);
        WatchlistMatcher.Entry chips = new WatchlistMatcher.Entry(UUID.randomUUID(), "HiSilicon", Set.of(CoveringList.NDAA_889),
                List.of("Huawei HiSilicon"), List.of(), true);
        WatchlistMatcher matcher = new WatchlistMatcher(List.of(parent, chips));
        assertEquals("HiSilicon", matcher.match("Huawei HiSilicon Technologies").orElseThrow().name());
        assertEquals("Huawei", matcher.match("Huawei Device Co., Ltd.").orElseThrow().name());
    }

    @Test
    void normalisationIsWhatTheRulesSay() {
        assertEquals(" hangzhou hikvision digital technology co ltd ",
                WatchlistMatcher.normalise("Hangzhou Hikvision Digital Technology Co.,Ltd."));
        assertTrue(WatchlistMatcher.usable("ZTE"));
        assertFalse(WatchlistMatcher.usable(" -- "));
    }
}
