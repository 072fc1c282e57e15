package org.crp.supplier.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.crp.supplier.docs.Examples;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class DeadlineDtos {
    private DeadlineDtos() {
    }

    /** A due date may not fall before the day the case was opened. */
    @Schema(example = Examples.DEADLINE_REQUEST)
    public record DeadlineRequest(
            @NotNull DeadlineKind kind,
            @NotNull LocalDate dueDate,
            @Size(max = 1000) String description) {
    }

    @Schema(example = Examples.DEADLINE)
    public record DeadlineView(UUID id, UUID caseId, DeadlineKind kind, LocalDate dueDate, DeadlineStatus status,
            String description, Instant metAt, Instant missedAt, Instant vacatedAt, Instant createdAt, Instant updatedAt,
            long version) {
        public static DeadlineView of(CaseDeadline d) {
            return new DeadlineView(d.id, d.caseId, d.kind, d.dueDate, d.status, d.description, d.metAt, d.missedAt,
                    d.vacatedAt, d.createdAt, d.updatedAt, d.version);
        }
    }

    /** How many OPEN deadlines of cases not CLOSED fall due from {@code from} to {@code until}, both included. */
    @Schema(example = Examples.DEADLINE_SUMMARY)
    public record UpcomingSummary(int withinDays, LocalDate from, LocalDate until, long total) {
    }
}
