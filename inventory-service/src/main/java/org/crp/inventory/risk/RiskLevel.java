package org.crp.inventory.risk;

/** Score bands: LOW below 25, MEDIUM below 50, HIGH below 75, CRITICAL from 75. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public static RiskLevel of(int score) {
        if (score >= 75) {
            return CRITICAL;
        }
        if (score >= 50) {
            return HIGH;
        }
        return score >= 25 ? MEDIUM : LOW;
    }

    public boolean atLeastHigh() {
        return this == HIGH || this == CRITICAL;
    }
}
