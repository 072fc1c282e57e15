package org.crp.inventory.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RiskRulesTest {

    static RiskInput clean(int criticality) {
        return new RiskInput("Hanseong Optics", null, null, null, "KR", null, "Hanseong Optics Co.", null, criticality,
                List.of(), List.of());
    }

    @Test
    void aCleanCameraScoresZero() {
        RiskRules.Assessment a = RiskRules.assess(clean(5));
        assertEquals(0, a.score());
        assertEquals(RiskLevel.LOW, a.level());
        assertTrue(a.reasons().isEmpty());
    }

    @Test
    void aCoveredDeclaredMakerIsHighAndSaysWhy() {
        RiskRules.Assessment a = RiskRules.assess(new RiskInput("Hikvision", "Hikvision", null, null, "CN", null,
                "Hangzhou Hikvision Digital Technology Co.,Ltd.", "Hikvision", 3, List.of(), List.of()));
        assertTrue(a.has(RiskRules.COVERED_MANUFACTURER));
        assertFalse(a.has(RiskRules.RELABEL_SUSPECTED), "an honestly declared covered maker is not a relabel");
        assertEquals(72, a.score(), "80 points x 0.9 at criticality 3");
        assertEquals(RiskLevel.HIGH, a.level());
        assertTrue(a.reasons().get(0).detail().contains("declared maker Hikvision"));
    }

    @Test
    void aCoveredMacBlockUnderAnotherMakersNameIsARelabel() {
        RiskRules.Assessment a = RiskRules.assess(new RiskInput("Hanseong Optics", null, null, null, "KR", null,
                "Hangzhou Hikvision Digital Technology Co.,Ltd.", "Hikvision", 3, List.of(), List.of()));
        assertTrue(a.has(RiskRules.RELABEL_SUSPECTED));
        assertEquals(63, a.score());
        assertEquals(RiskLevel.HIGH, a.level());
    }

    @Test
    void verifiedCoveredMakerCountsOnceEvenWhenDeclaredOneIsCoveredToo() {
        RiskRules.Assessment a = RiskRules.assess(new RiskInput("Dahua", "Dahua", "Dahua", "Dahua", "CN", "CN", null, null,
                3, List.of(), List.of()));
        assertEquals(1, a.reasons().size());
        assertTrue(a.reasons().get(0).detail().startsWith("verified maker"));
    }

    @Test
    void originMismatchAloneIsMedium() {
        RiskRules.Assessment a = RiskRules.assess(new RiskInput("Hanseong Optics", null, "Hanseong Optics", null, "KR", "CN",
                null, null, 3, List.of(), List.of()));
        assertTrue(a.has(RiskRules.ORIGIN_MISMATCH));
        assertEquals(27, a.score());
        assertEquals(RiskLevel.MEDIUM, a.level());
        assertFalse(RiskRules.assess(new RiskInput("X", null, "X", null, "KR", "KR", null, null, 3, List.of(), List.of()))
                .has(RiskRules.ORIGIN_MISMATCH), "a matching verified origin is no mismatch");
    }

    @Test
    void callbacksToCountriesOfConcernOutweighUnlistedDestinations() {
        RiskRules.Assessment concern = RiskRules.assess(new RiskInput("X", null, null, null, "KR", null, null, null, 3,
                List.of("CN"), List.of("203.0.113.9")));
        assertEquals(1, concern.reasons().size());
        assertEquals(60, concern.reasons().get(0).points());
        RiskRules.Assessment unlisted = RiskRules.assess(new RiskInput("X", null, null, null, "KR", null, null, null, 3,
                List.of(), List.of("203.0.113.9")));
        assertEquals(30, unlisted.reasons().get(0).points());
        assertEquals(RiskLevel.MEDIUM, unlisted.level());
    }

    @Test
    void zoneCriticalityWeightsTheScoreAndItIsCappedAt100() {
        RiskInput relabelWithCallback = new RiskInput("Hanseong Optics", null, null, null, "KR", null, "Hikvision Ltd",
                "Hikvision", 5, List.of("CN"), List.of());
        assertEquals(100, RiskRules.assess(relabelWithCallback).score(), "(70 + 60) x 1.1 capped");
        RiskInput lowCriticality = new RiskInput("Hanseong Optics", null, null, null, "KR", null, "Hikvision Ltd",
                "Hikvision", 1, List.of(), List.of());
        assertEquals(49, RiskRules.assess(lowCriticality).score(), "70 x 0.7");
        assertEquals(RiskLevel.MEDIUM, RiskRules.assess(lowCriticality).level());
    }

    @Test
    void levelsFollowTheScoreBands() {
        assertEquals(RiskLevel.LOW, RiskLevel.of(24));
        assertEquals(RiskLevel.MEDIUM, RiskLevel.of(25));
        assertEquals(RiskLevel.HIGH, RiskLevel.of(50));
        assertEquals(RiskLevel.CRITICAL, RiskLevel.of(75));
    }
}
