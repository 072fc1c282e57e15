package org.crp.supplier.legalcase;

import static org.crp.supplier.legalcase.CaseStatus.CLOSED;
import static org.crp.supplier.legalcase.CaseStatus.DISMISSED;
import static org.crp.supplier.legalcase.CaseStatus.FILED;
import static org.crp.supplier.legalcase.CaseStatus.INVESTIGATING;
import static org.crp.supplier.legalcase.CaseStatus.IN_LITIGATION;
import static org.crp.supplier.legalcase.CaseStatus.JUDGMENT;
import static org.crp.supplier.legalcase.CaseStatus.OPEN;
import static org.crp.supplier.legalcase.CaseStatus.SETTLED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The case transition table, every pair of states. */
class CaseStatusTest {

    static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            OPEN, EnumSet.of(INVESTIGATING),
            INVESTIGATING, EnumSet.of(FILED),
            FILED, EnumSet.of(IN_LITIGATION),
            IN_LITIGATION, EnumSet.of(SETTLED, JUDGMENT, DISMISSED),
            SETTLED, EnumSet.of(CLOSED),
            JUDGMENT, EnumSet.of(CLOSED),
            DISMISSED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CaseStatus.class));

    @Test
    void everyPairFollowsTheTable() {
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                assertEquals(ALLOWED.get(from).contains(to), from.canMoveTo(to), from + " -> " + to);
            }
            assertEquals(ALLOWED.get(from), from.allowedNext(), "allowed from " + from);
        }
    }
}
