package org.crp.replacement.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.common.validation.CurrencyCode;
import org.crp.replacement.planner.PlanFigures;

public final class ProgrammeDtos {
    private ProgrammeDtos() {
    }

    /** Inventory filters; an empty list means no restriction, repeated values mean any of them. */
    public record Scope(RiskLevel minRiskLevel,
            @Size(max = 1000) List<@NotNull UUID> siteIds,
            @Size(max = 1000) List<@NotNull UUID> zoneIds,
            @Size(max = 1000) List<@NotNull UUID> supplierIds) {
    }

    public record ProgrammeRequest(
            @NotBlank @Size(max = 200) String name,
            @NotNull(message = "is required: name the sites, zones, suppliers or lowest risk level to replace, or send {} "
                    + "for the whole inventory") @Valid Scope scope,
            @NotNull @DecimalMin(value = "0", message = "must be 0 or more")
            @Digits(integer = 14, fraction = 2, message = "must have at most 14 digits before the point and 2 after")
            BigDecimal budget,
            @NotNull @CurrencyCode String currency,
            @NotNull LocalDate startDate,
            @NotNull LocalDate targetDate,
            @Size(max = 1000) List<@NotNull LocalDate> blackoutDates) {
    }

    public record StatusRequest(@NotNull ProgrammeStatus status) {
    }

    public record ProgrammeView(UUID id, String name, Scope scope, BigDecimal budget, String currency,
            LocalDate startDate, LocalDate targetDate, List<LocalDate> blackoutDates, ProgrammeStatus status,
            PlanFigures plan, Instant plannedAt, Instant createdAt, Instant updatedAt, long version) {
        public static ProgrammeView of(Programme p) {
            return new ProgrammeView(p.id, p.name, new Scope(p.minRiskLevel, List.copyOf(p.siteIds),
                    List.copyOf(p.zoneIds), List.copyOf(p.supplierIds)), p.budget, p.currency, p.startDate,
                    p.targetDate, List.copyOf(p.blackoutDates), p.status, p.plan, p.plannedAt, p.createdAt,
                    p.updatedAt, p.version);
        }
    }

    /** The shape of {@code Page<ProgrammeView>} as the OpenAPI document shows it (Java's generics are erased there). */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "ProgrammePage")
    public record ProgrammePage(List<ProgrammeView> items, String nextCursor, Long total) {
    }
}
