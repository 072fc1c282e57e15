package org.crp.supplier.legalcase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CurrencyCode;
import org.crp.supplier.docs.Examples;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class LegalCaseDtos {
    private LegalCaseDtos() {
    }

    /** Opens a case; the number, status (OPEN) and dates are the service's. A currency is required with any amount. */
    @Schema(example = Examples.CASE_REQUEST)
    public record CaseRequest(
            @NotNull UUID supplierId,
            @NotNull CaseType type,
            @Size(max = 200) String counsel,
            @Size(max = 200) String court,
            @Size(max = 100) String courtReference,
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits before the point and 2 after") BigDecimal claimedAmount,
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits before the point and 2 after") BigDecimal awardedAmount,
            @CurrencyCode String currency) {
    }

    /** Replaces the editable fields of a case; supplier, number and status are not editable here. */
    @Schema(example = Examples.CASE_UPDATE)
    public record CaseUpdate(
            @NotNull CaseType type,
            @Size(max = 200) String counsel,
            @Size(max = 200) String court,
            @Size(max = 100) String courtReference,
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits before the point and 2 after") BigDecimal claimedAmount,
            @DecimalMin(value = "0", message = "must not be negative")
            @Digits(integer = 15, fraction = 2, message = "must have at most 15 digits before the point and 2 after") BigDecimal awardedAmount,
            @CurrencyCode String currency) {
    }

    @Schema(example = Examples.CASE_STATUS_CHANGE)
    public record CaseStatusChange(
            @NotNull CaseStatus status,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(example = Examples.CASE)
    public record CaseView(UUID id, String number, UUID supplierId, CaseType type, CaseStatus status, String counsel,
            String court, String courtReference, BigDecimal claimedAmount, BigDecimal awardedAmount, String currency,
            Instant statusChangedAt, Instant createdAt, Instant updatedAt, long version) {
        public static CaseView of(LegalCase c) {
            return new CaseView(c.id, c.number, c.supplierId, c.type, c.status, c.counsel, c.court, c.courtReference,
                    c.claimedAmount, c.awardedAmount, c.currency, c.statusChangedAt, c.createdAt, c.updatedAt, c.version);
        }
    }

    /** Number of cases per status, every status present (zero when none), and their sum. */
    @Schema(example = Examples.CASE_SUMMARY)
    public record CaseSummary(Map<CaseStatus, Long> byStatus, long total) {
    }

    @Schema(example = Examples.EVENT_REQUEST)
    public record EventRequest(
            @NotNull EventKind kind,
            @NotNull Instant occurredAt,
            @NotBlank @Size(max = 4000) String text) {
    }

    @Schema(example = Examples.EVENT)
    public record EventView(UUID id, UUID caseId, EventKind kind, Instant occurredAt, String text, String author,
            String requestId, Instant createdAt) {
        public static EventView of(CaseEvent e) {
            return new EventView(e.id, e.caseId, e.kind, e.occurredAt, e.text, e.author, e.requestId, e.createdAt);
        }
    }
}
