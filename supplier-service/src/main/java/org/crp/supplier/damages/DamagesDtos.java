package org.crp.supplier.damages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CurrencyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DamagesDtos {
    private DamagesDtos() {
    }

    @Schema(description = "An investigation cost of a case: a line item of the damages")
    public record CostRequest(
            @Schema(example = "Forensic teardown of 12 cameras by an accredited lab") @NotBlank @Size(max = 500) String description,
            @Schema(example = "18500000.00") @NotNull @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits before the point and 2 after") BigDecimal amount,
            @Schema(example = "KRW") @NotNull @CurrencyCode String currency,
            @Schema(example = "2025-02-14") @PastOrPresent LocalDate incurredOn) {
    }

    public record CostView(UUID id, UUID caseId, String description, BigDecimal amount, String currency, LocalDate incurredOn,
            String enteredBy, Instant createdAt) {
        static CostView of(InvestigationCost c) {
            return new CostView(c.id, c.caseId, c.description, c.amount, c.currency, c.incurredOn, c.enteredBy, c.createdAt);
        }
    }

    /** The amount claimed in the case, in its currency; null when the case has no claim yet. */
    public record Claim(BigDecimal amount, String currency) {
    }

    /** replacement-service's work on the supplier's cameras in one currency. */
    public record ReplacementLine(String currency, long orders, long completed, BigDecimal plannedCost,
            BigDecimal completedCost) {
    }

    /**
     * The damages in one currency: replacement cost (planned: every order not cancelled or failed; completed: done),
     * investigation costs, their total (planned replacement + investigation), and the claim when it is in this currency.
     */
    public record CurrencyTotal(String currency, BigDecimal replacementPlanned, BigDecimal replacementCompleted,
            BigDecimal investigation, BigDecimal total, BigDecimal claimed) {
    }

    public record Breakdown(UUID caseId, String caseNumber, UUID supplierId, Claim claim, List<CurrencyTotal> totals,
            List<ReplacementLine> replacement, List<CostView> investigationCosts) {
    }

    public record SnapshotView(UUID id, UUID caseId, Instant computedAt, String computedBy, String requestId,
            Breakdown breakdown) {
    }
}
