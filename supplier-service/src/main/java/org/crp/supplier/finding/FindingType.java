package org.crp.supplier.finding;

/** What a finding says the supplier did. */
public enum FindingType {
    /** Declared origin or maker contradicted by inspection (inventory's ORIGIN_MISMATCH or RELABEL_SUSPECTED). */
    ORIGIN_MISREPRESENTATION,
    /** A certificate of origin whose claim contradicts the verified origin of the devices it covers. */
    FALSIFIED_DOCUMENT,
    /** A camera whose maker is on the watchlist (inventory's COVERED_MANUFACTURER). */
    COVERED_EQUIPMENT,
    /** A camera seen sending data abroad (inventory's FOREIGN_CALLBACK). */
    UNAUTHORIZED_DATA_TRANSFER
}
