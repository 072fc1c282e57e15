package org.crp.replacement.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.replacement.programme.ProgrammeStatus;
import org.crp.replacement.workorder.WorkOrderStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

public final class ProgressDtos {
    private ProgressDtos() {
    }

    /**
     * Where a programme stands on {@code today} (a UTC day). Cameras, not orders, are counted: a camera
     * whose order failed and was planned again counts once. {@code devices} are the cameras with an
     * order that is not CANCELLED; {@code remaining} those of them not yet swapped.
     */
    @Schema(description = "A programme's progress, burn-down, pace, projection and money on one day (UTC)")
    public record ProgressView(UUID programmeId, String name, ProgrammeStatus status, LocalDate today,
            LocalDate startDate, LocalDate targetDate, Map<WorkOrderStatus, Long> byStatus, long devices,
            long completed, long remaining, @Schema(example = "60.0") double percentComplete, List<SiteProgress> sites,
            List<BurnDownDay> burnDown, Velocity velocity, Projection projection, CostToDate cost) {
    }

    /** One site: its cameras in the programme, how many are swapped, in work (open orders) or failed. */
    public record SiteProgress(UUID siteId, long devices, long completed, long inWork, long failed,
            double percentComplete) {
    }

    /**
     * One day of the burn-down: cameras still to swap at the end of the day ({@code remaining}, absent
     * after today) and what the plan's dates say should be left ({@code planned}).
     */
    public record BurnDownDay(LocalDate date, @JsonInclude(JsonInclude.Include.NON_NULL) Long remaining, long planned) {
    }

    /** Swaps completed in the {@code days} days up to and including today, and their mean per day. */
    public record Velocity(int days, LocalDate from, LocalDate to, long completed, double perDay) {
    }

    /**
     * today + remaining / velocity, rounded up to a whole day; null with a reason when there is no pace
     * to project from. {@code onTarget} says whether that date is on or before the target date.
     */
    public record Projection(LocalDate completionDate, Boolean onTarget,
            @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    }

    /**
     * Money in the programme's currency: {@code toDate} is what completed orders cost (unit + install),
     * {@code committed} what every order not cancelled or failed costs, against the budget.
     */
    public record CostToDate(String currency, BigDecimal budget, BigDecimal toDate, BigDecimal committed,
            BigDecimal remainingBudget, double percentOfBudgetSpent) {
    }
}
