package org.crp.inventory.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The explainable risk rules. Each rule that fires adds points and a reason; the sum is weighted
 * by the zone's criticality (1 gives x0.7, 3 gives x0.9, 5 gives x1.1) and capped at 100.
 * Pure: no I/O, so it can score a million devices in a loop and be tested rule by rule.
 */
public final class RiskRules {

    public static final String COVERED_MANUFACTURER = "COVERED_MANUFACTURER";
    public static final String RELABEL_SUSPECTED = "RELABEL_SUSPECTED";
    public static final String ORIGIN_MISMATCH = "ORIGIN_MISMATCH";
    public static final String FOREIGN_CALLBACK = "FOREIGN_CALLBACK";

    static final int COVERED_POINTS = 80;
    static final int RELABEL_POINTS = 70;
    static final int MISMATCH_POINTS = 30;
    static final int CONCERN_CALLBACK_POINTS = 60;
    static final int UNLISTED_CALLBACK_POINTS = 30;

    private RiskRules() {
    }

    public record Assessment(int score, RiskLevel level, List<RiskReason> reasons) {
        public boolean has(String code) {
            return reasons.stream().anyMatch(r -> r.code().equals(code));
        }
    }

    public static Assessment assess(RiskInput in) {
        List<RiskReason> reasons = new ArrayList<>();
        if (in.verifiedCovered() != null) {
            reasons.add(new RiskReason(COVERED_MANUFACTURER, COVERED_POINTS, "verified maker " + in.verifiedManufacturer()
                    + " is covered (" + in.verifiedCovered() + ")"));
        } else if (in.declaredCovered() != null) {
            reasons.add(new RiskReason(COVERED_MANUFACTURER, COVERED_POINTS, "declared maker " + in.declaredManufacturer()
                    + " is covered (" + in.declaredCovered() + ")"));
        }
        if (in.macCovered() != null && in.declaredCovered() == null) {
            reasons.add(new RiskReason(RELABEL_SUSPECTED, RELABEL_POINTS, "MAC block registered to " + in.macOrganisation()
                    + " (" + in.macCovered() + ") but declared maker is " + in.declaredManufacturer()));
        }
        if (in.verifiedCountry() != null && !in.verifiedCountry().equals(in.declaredCountry())) {
            reasons.add(new RiskReason(ORIGIN_MISMATCH, MISMATCH_POINTS, "declared origin " + in.declaredCountry()
                    + " but verified origin " + in.verifiedCountry()));
        }
        if (!in.concernCountriesContacted().isEmpty()) {
            reasons.add(new RiskReason(FOREIGN_CALLBACK, CONCERN_CALLBACK_POINTS,
                    "connections to countries of concern " + in.concernCountriesContacted()));
        } else if (!in.unlistedDestinationsContacted().isEmpty()) {
            reasons.add(new RiskReason(FOREIGN_CALLBACK, UNLISTED_CALLBACK_POINTS,
                    "connections to destinations not on the allowlist " + firstFew(in.unlistedDestinationsContacted())));
        }
        int points = reasons.stream().mapToInt(RiskReason::points).sum();
        int criticality = Math.max(1, Math.min(5, in.zoneCriticality()));
        int score = Math.min(100, (int) Math.round(points * (0.6 + 0.1 * criticality)));
        return new Assessment(score, RiskLevel.of(score), List.copyOf(reasons));
    }

    private static List<String> firstFew(List<String> values) {
        return values.size() <= 5 ? values : values.subList(0, 5);
    }
}
