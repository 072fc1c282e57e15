package org.crp.inventory.risk;

/** One rule that fired: its code, the points it gave (before zone weighting) and why, in words. */
public record RiskReason(String code, int points, String detail) {
}
