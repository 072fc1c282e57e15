package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a plan amounts to. {@code makespanDays} counts calendar days from the programme's start to
 * the last planned swap; {@code lowerBoundDays} is the fewest calendar days any plan could need
 * (work divided by capacity, per region and overall, counting blackouts); {@code hardViolations}
 * comes from {@link PlanChecker}, which re-checks the plan independently of the planner. {@code cost} is the whole
 * plan's: the orders a re-plan keeps and the new ones; {@code overBudgetBy} what that passes the budget by.
 */
public record PlanFigures(int devices, int scheduled, int keptOrders, LocalDate lastDay, int makespanDays,
        int lowerBoundDays, double utilisation, int hardViolations, BigDecimal cost, BigDecimal overBudgetBy,
        boolean meetsTargetDate, int waves, long planningMillis) {

    /** The same figures with the cost of the orders a re-plan keeps added to the new orders' cost. */
    public PlanFigures withKeptCost(BigDecimal kept, BigDecimal budget) {
        BigDecimal total = cost.add(kept);
        return new PlanFigures(devices, scheduled, keptOrders, lastDay, makespanDays, lowerBoundDays, utilisation,
                hardViolations, total, total.subtract(budget).max(BigDecimal.ZERO), meetsTargetDate, waves, planningMillis);
    }
}
