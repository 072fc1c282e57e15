package org.crp.supplier.supplier;

import static org.crp.supplier.supplier.SupplierStatus.ACTIVE;
import static org.crp.supplier.supplier.SupplierStatus.DEBARRED;
import static org.crp.supplier.supplier.SupplierStatus.SUSPENDED;
import static org.crp.supplier.supplier.SupplierStatus.UNDER_INVESTIGATION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The supplier transition table, every pair of states. */
class SupplierStatusTest {

    static final Map<SupplierStatus, Set<SupplierStatus>> ALLOWED = Map.of(
            ACTIVE, EnumSet.of(UNDER_INVESTIGATION),
            UNDER_INVESTIGATION, EnumSet.of(ACTIVE, SUSPENDED),
            SUSPENDED, EnumSet.of(ACTIVE, DEBARRED),
            DEBARRED, EnumSet.noneOf(SupplierStatus.class));

    @Test
    void everyPairFollowsTheTable() {
        for (SupplierStatus from : SupplierStatus.values()) {
            for (SupplierStatus to : SupplierStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
            assertEquals(ALLOWED.get(from), from.allowedNext(), "allowed from " + from);
        }
    }
}
