package org.crp.inventory.risk;

import org.crp.inventory.history.Cause;

/**
 * CDI event, fired asynchronously after a risk list change has committed and this replica's
 * {@link RiskLists} reflect it; {@link RiskRescorer} re-scores every device on it.
 */
public record RiskListChanged(RiskListKind kind, long version, String description, Cause cause) {
}
