package org.crp.supplier.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineRequest;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineView;
import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseService;

/** Deadlines are kept in UTC calendar days: a deadline due on a day is overdue from the next day on. */
@ApplicationScoped
public class DeadlineService {

    public static final int DEFAULT_WITHIN_DAYS = 30;
    public static final int MAX_WITHIN_DAYS = 3650;

    private final DeadlineRepository deadlines;
    private final LegalCaseService cases;
    private final Clock clock;

    DeadlineService(DeadlineRepository deadlines, LegalCaseService cases, Clock clock) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public DeadlineView create(UUID caseId, DeadlineRequest request) {
        LegalCase legalCase = cases.require(caseId);
        legalCase.requireNotClosed("it takes no new deadlines");
        LocalDate opened = legalCase.createdAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (request.dueDate().isBefore(opened)) {
            throw ApiException.unprocessable("dueDate", "must not be before the case was opened (" + opened + ")");
        }
        CaseDeadline deadline = new CaseDeadline();
        deadline.caseId = caseId;
        deadline.kind = request.kind();
        deadline.dueDate = request.dueDate();
        deadline.description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        deadline.status = DeadlineStatus.OPEN;
        deadlines.persistAndFlush(deadline);
        return DeadlineView.of(deadline);
    }

    @Transactional
    public DeadlineView get(UUID caseId, UUID deadlineId) {
        return DeadlineView.of(require(caseId, deadlineId));
    }

    @Transactional
    public Page<DeadlineView> list(UUID caseId, List<DeadlineStatus> statuses, PageRequest page) {
        cases.require(caseId);
        return Paging.page(deadlines, new Filter().eq("caseId", caseId).in("status", statuses), page, d -> d.id,
                DeadlineView::of);
    }

    /** Only an OPEN deadline can be met; a MISSED one stays missed (409). */
    @Transactional
    public DeadlineView markMet(UUID caseId, UUID deadlineId, String ifMatch) {
        CaseDeadline deadline = require(caseId, deadlineId);
        ETags.requireMatch(ifMatch, deadline.version);
        if (deadline.status != DeadlineStatus.OPEN) {
            throw ApiException.conflict("Deadline " + deadlineId + " is " + deadline.status
                    + "; only an OPEN deadline can be marked MET");
        }
        deadline.status = DeadlineStatus.MET;
        deadline.metAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        deadlines.flush();
        return DeadlineView.of(deadline);
    }

    /** OPEN deadlines due from today up to {@code withinDays} days ahead, across all cases (or the chosen ones). */
    @Transactional
    public Page<DeadlineView> upcoming(String withinDays, List<UUID> caseIds, PageRequest page) {
        int days;
        try {
            days = withinDays == null || withinDays.isBlank() ? DEFAULT_WITHIN_DAYS : Integer.parseInt(withinDays.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > MAX_WITHIN_DAYS) {
            throw ApiException.badRequest("withinDays", "must be a whole number of days between 1 and " + MAX_WITHIN_DAYS);
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate until = today.plusDays(days);
        // Filter binds lower bounds only; the upper bound is a date literal made from a LocalDate, never from input text.
        Filter filter = new Filter().eq("status", DeadlineStatus.OPEN).in("caseId", caseIds).atLeast("dueDate", today)
                .when(true, "dueDate <= {d '" + until + "'}");
        return Paging.page(deadlines, filter, page, d -> d.id, DeadlineView::of);
    }

    /** Marks every OPEN deadline due before {@code today} MISSED; returns how many it marked. */
    @Transactional
    public int markOverdue(LocalDate today) {
        return deadlines.markMissedBefore(today, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    private CaseDeadline require(UUID caseId, UUID deadlineId) {
        cases.require(caseId);
        return deadlines.findByIdOptional(deadlineId).filter(d -> d.caseId.equals(caseId))
                .orElseThrow(() -> ApiException.notFound("Deadline", deadlineId + " of case " + caseId));
    }
}
