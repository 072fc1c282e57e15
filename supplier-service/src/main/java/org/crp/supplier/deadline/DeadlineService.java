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
import org.crp.common.paging.Sort;
import org.crp.common.paging.SortKey;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineRequest;
import org.crp.supplier.deadline.DeadlineDtos.DeadlineView;
import org.crp.supplier.deadline.DeadlineDtos.UpcomingSummary;
import org.crp.supplier.legalcase.CaseClosingStep;
import org.crp.supplier.legalcase.CaseTimeline;
import org.crp.supplier.legalcase.EventKind;
import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseService;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Deadlines are kept in UTC calendar days: a deadline due on a day is overdue from the next day on. A deadline of a
 * CLOSED case is settled: closing vacates the OPEN ones, and the job and the upcoming list pass closed cases by.
 */
@ApplicationScoped
public class DeadlineService implements CaseClosingStep {

    public static final int DEFAULT_WITHIN_DAYS = 30;
    public static final int MAX_WITHIN_DAYS = 3650;

    /**
     * The upcoming list's one order: soonest due first, deadlines due on the same day in creation order (by id).
     * Counsel acts on the first page, so the deadline due tomorrow must be on it however many there are; the partial
     * index on (due_date, id) of OPEN deadlines serves the order and the keyset cursor.
     */
    static final Sort<CaseDeadline> SOONEST_FIRST = new Sort<>(
            new SortKey<>("dueDate", "dueDate", LocalDate.class, false, d -> d.dueDate), false);

    private final DeadlineRepository deadlines;
    private final LegalCaseService cases;
    private final CaseTimeline timeline;
    private final Clock clock;

    DeadlineService(DeadlineRepository deadlines, LegalCaseService cases, CaseTimeline timeline, Clock clock) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * A deadline starts OPEN. One already past is taken (counsel may enter a case's history late) as long as it is
     * not due before the case was opened; the job marks it MISSED on its next run, and it cannot be met any more.
     */
    @Transactional
    public DeadlineView create(UUID caseId, DeadlineRequest request) {
        LegalCase legalCase = cases.requireForWrite(caseId);
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
        return DeadlineView.of(require(cases.require(caseId), deadlineId));
    }

    @Transactional
    public Page<DeadlineView> list(UUID caseId, List<DeadlineStatus> statuses, PageRequest page) {
        cases.require(caseId);
        return Paging.page(deadlines, new Filter().eq("caseId", caseId).in("status", statuses), page, d -> d.id,
                DeadlineView::of);
    }

    /**
     * Only an OPEN deadline of a case that is not CLOSED can be met (409 otherwise), and only until its due day
     * ends: one due before today is marked MISSED, as the deadline job would have marked it, and that is committed
     * before the 409 that says so.
     */
    public DeadlineView markMet(UUID caseId, UUID deadlineId, String ifMatch) {
        Marked marked = QuarkusTransaction.requiringNew().call(() -> mark(caseId, deadlineId, ifMatch));
        if (marked.deadline().status() == DeadlineStatus.MISSED) {
            throw ApiException.conflict("Deadline " + deadlineId + " was due on " + marked.deadline().dueDate()
                    + ", before today (" + marked.today() + ", UTC), so it can no longer be marked MET; it is now MISSED");
        }
        return marked.deadline();
    }

    private record Marked(DeadlineView deadline, LocalDate today) {
    }

    private Marked mark(UUID caseId, UUID deadlineId, String ifMatch) {
        LegalCase legalCase = cases.requireForWrite(caseId);
        CaseDeadline deadline = require(legalCase, deadlineId);
        ETags.requireMatch(ifMatch, deadline.version);
        legalCase.requireNotClosed("its deadlines are settled (closing vacated those still OPEN)");
        if (deadline.status != DeadlineStatus.OPEN) {
            throw ApiException.conflict("Deadline " + deadlineId + " is " + deadline.status
                    + "; only an OPEN deadline can be marked MET");
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (deadline.dueDate.isBefore(today)) {
            deadline.status = DeadlineStatus.MISSED;
            deadline.missedAt = now;
        } else {
            deadline.status = DeadlineStatus.MET;
            deadline.metAt = now;
        }
        deadlines.flush();
        return new Marked(DeadlineView.of(deadline), today);
    }

    /**
     * OPEN deadlines of cases not CLOSED, due from today up to {@code withinDays} days ahead, across all cases (or the
     * chosen ones), soonest first ({@link #SOONEST_FIRST}); the total, when asked, counts every page.
     */
    @Transactional
    public Page<DeadlineView> upcoming(String withinDays, List<UUID> caseIds, PageRequest page) {
        int days = withinDays(withinDays);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return Paging.page(deadlines, upcomingFilter(today, today.plusDays(days)).in("caseId", caseIds), page,
                SOONEST_FIRST, d -> d.id, DeadlineView::of);
    }

    /** How many deadlines {@link #upcoming} would list for all cases: what a reader of case counts may see. */
    @Transactional
    public UpcomingSummary upcomingCount(String withinDays) {
        int days = withinDays(withinDays);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate until = today.plusDays(days);
        Filter filter = upcomingFilter(today, until);
        return new UpcomingSummary(days, today, until, deadlines.count(filter.where(), filter.params()));
    }

    private static int withinDays(String withinDays) {
        int days;
        try {
            days = withinDays == null || withinDays.isBlank() ? DEFAULT_WITHIN_DAYS : Integer.parseInt(withinDays.strip());
        } catch (NumberFormatException e) {
            days = -1;
        }
        if (days < 1 || days > MAX_WITHIN_DAYS) {
            throw ApiException.badRequest("withinDays", "must be a whole number of days between 1 and " + MAX_WITHIN_DAYS);
        }
        return days;
    }

    private static Filter upcomingFilter(LocalDate today, LocalDate until) {
        // Filter binds lower bounds only; the upper bound is a date literal made from a LocalDate, never from input text.
        return new Filter().eq("status", DeadlineStatus.OPEN).atLeast("dueDate", today)
                .when(true, "dueDate <= {d '" + until + "'}")
                .when(true, "caseId not in (" + DeadlineRepository.CLOSED_CASES + ")");
    }

    /** Marks every OPEN deadline due before {@code today} MISSED, except those of CLOSED cases; returns how many it marked. */
    @Transactional
    public int markOverdue(LocalDate today) {
        return deadlines.markMissedBefore(today, Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    /** Closing a case vacates its OPEN deadlines, each with a DEADLINE_VACATED entry in the case's timeline. */
    @Override
    public void onClosing(LegalCase legalCase) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        for (CaseDeadline deadline : deadlines.list("caseId = ?1 and status = ?2 order by dueDate, id", legalCase.id,
                DeadlineStatus.OPEN)) {
            deadline.status = DeadlineStatus.VACATED;
            deadline.vacatedAt = now;
            timeline.recordNow(legalCase.id, EventKind.DEADLINE_VACATED, deadline.kind + " deadline due " + deadline.dueDate
                    + " (" + deadline.id + ") VACATED: case " + legalCase.number + " was CLOSED while it was OPEN");
        }
        deadlines.flush();
    }

    private CaseDeadline require(LegalCase legalCase, UUID deadlineId) {
        return deadlines.findByIdOptional(deadlineId).filter(d -> d.caseId.equals(legalCase.id))
                .orElseThrow(() -> ApiException.notFound("Deadline", deadlineId + " of case " + legalCase.id));
    }
}
