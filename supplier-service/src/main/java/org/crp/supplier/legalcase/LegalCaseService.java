package org.crp.supplier.legalcase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.common.web.Echo;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseRequest;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseStatusChange;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseSummary;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseUpdate;
import org.crp.supplier.legalcase.LegalCaseDtos.CaseView;
import org.crp.supplier.supplier.SupplierService;

@ApplicationScoped
public class LegalCaseService {

    private final LegalCaseRepository cases;
    private final SupplierService suppliers;
    private final CaseTimeline timeline;
    private final Clock clock;
    private final Instance<CaseClosingCheck> closingChecks;
    private final Instance<CaseClosingStep> closingSteps;

    LegalCaseService(LegalCaseRepository cases, SupplierService suppliers, CaseTimeline timeline, Clock clock,
            Instance<CaseClosingCheck> closingChecks, Instance<CaseClosingStep> closingSteps) {
        this.cases = cases;
        this.suppliers = suppliers;
        this.timeline = timeline;
        this.clock = clock;
        this.closingChecks = closingChecks;
        this.closingSteps = closingSteps;
    }

    @Transactional
    public CaseView open(CaseRequest request) {
        if (!suppliers.exists(request.supplierId())) {
            throw ApiException.unprocessable("supplierId", "no supplier has id " + request.supplierId());
        }
        requireCurrencyWithAmounts(request.claimedAmount(), request.awardedAmount(), request.currency());
        int year = Instant.now(clock).atZone(ZoneOffset.UTC).getYear();
        LegalCase legalCase = new LegalCase();
        legalCase.number = String.format("LC-%d-%05d", year, cases.nextNumber(year));
        legalCase.supplierId = request.supplierId();
        legalCase.status = CaseStatus.OPEN;
        legalCase.statusChangedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        apply(legalCase, request.type(), request.counsel(), request.court(), request.courtReference(),
                request.claimedAmount(), request.awardedAmount(), request.currency());
        cases.persistAndFlush(legalCase);
        return CaseView.of(legalCase);
    }

    @Transactional
    public CaseView update(UUID id, CaseUpdate request, String ifMatch) {
        LegalCase legalCase = require(id);
        ETags.requireMatch(ifMatch, legalCase.version);
        legalCase.requireNotClosed("its details no longer change");
        requireCurrencyWithAmounts(request.claimedAmount(), request.awardedAmount(), request.currency());
        apply(legalCase, request.type(), request.counsel(), request.court(), request.courtReference(),
                request.claimedAmount(), request.awardedAmount(), request.currency());
        cases.flush();
        return CaseView.of(legalCase);
    }

    /**
     * Moves the case along {@link CaseStatus#allowedNext()} and writes the STATUS_CHANGE timeline entry. The case row
     * stays locked until the change commits, so a write that must not land on a CLOSED case (it reads the case with
     * {@link #requireForWrite}) either commits before a closing or sees the case CLOSED.
     */
    @Transactional
    public CaseView changeStatus(UUID id, CaseStatusChange change, String ifMatch) {
        LegalCase legalCase = cases.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Legal case", id));
        ETags.requireMatch(ifMatch, legalCase.version);
        CaseStatus from = legalCase.status;
        if (!from.canMoveTo(change.status())) {
            throw ApiException.conflict("Case " + legalCase.number + " cannot move from " + from + " to " + change.status()
                    + "; allowed from " + from + ": " + (from.allowedNext().isEmpty() ? "none, it is final" : from.allowedNext()));
        }
        if (change.status() == CaseStatus.CLOSED) {
            // nothing is released or settled silently on closing: each obstacle is named and left to counsel
            List<String> obstacles = closingChecks.stream().map(check -> check.obstacle(legalCase))
                    .flatMap(java.util.Optional::stream).toList();
            if (!obstacles.isEmpty()) {
                throw ApiException.conflict("Case " + legalCase.number + " cannot be CLOSED yet: " + String.join("; ", obstacles));
            }
        }
        legalCase.status = change.status();
        legalCase.statusChangedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        cases.flush();
        timeline.recordNow(id, EventKind.STATUS_CHANGE, from + " -> " + change.status() + ": " + change.reason().strip());
        if (change.status() == CaseStatus.CLOSED) {
            closingSteps.forEach(step -> step.onClosing(legalCase));
        }
        return CaseView.of(legalCase);
    }

    @Transactional
    public CaseView get(UUID id) {
        return CaseView.of(require(id));
    }

    @Transactional
    public CaseView getByNumber(String number) {
        if (!number.matches("LC-\\d{4}-\\d{5,}")) {
            throw ApiException.notFound("Legal case", "numbered '" + Echo.of(number, 64)
                    + "' (case numbers read LC-<year>-<number>, such as LC-2026-00001)");
        }
        return CaseView.of(cases.findByNumber(number).orElseThrow(() -> ApiException.notFound("Legal case", number)));
    }

    @Transactional
    public Page<CaseView> list(List<CaseStatus> statuses, List<UUID> supplierIds, List<CaseType> types, PageRequest page) {
        Filter filter = new Filter().in("status", statuses).in("supplierId", supplierIds).in("type", types);
        return Paging.page(cases, filter, page, c -> c.id, CaseView::of);
    }

    @Transactional
    public CaseSummary summary() {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        List<Object[]> rows = cases.getEntityManager()
                .createQuery("select c.status, count(c) from LegalCase c group by c.status", Object[].class)
                .getResultList();
        long total = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            byStatus.put((CaseStatus) row[0], count);
            total += count;
        }
        return new CaseSummary(byStatus, total);
    }

    /** The case, or 404; for the features that hang off a case (deadlines, evidence). */
    public LegalCase require(UUID id) {
        return cases.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Legal case", id));
    }

    /**
     * The case, or 404, share-locked until the caller's transaction ends: for a write that must not land on a CLOSED
     * case (a deadline, evidence, a cost). A closing locks the row for update, so it waits for such writes to
     * commit (and settles what they added), and a write that waited for a closing reads the case CLOSED. Call it
     * before anything else reads the case in the transaction, so the row is read as it is when the lock is granted.
     */
    public LegalCase requireForWrite(UUID id) {
        return cases.findByIdOptional(id, LockModeType.PESSIMISTIC_READ)
                .orElseThrow(() -> ApiException.notFound("Legal case", id));
    }

    private static void requireCurrencyWithAmounts(BigDecimal claimed, BigDecimal awarded, String currency) {
        if ((claimed != null || awarded != null) && currency == null) {
            throw ApiException.badRequest("currency", "is required when claimedAmount or awardedAmount is given");
        }
    }

    private static void apply(LegalCase legalCase, CaseType type, String counsel, String court, String courtReference,
            BigDecimal claimed, BigDecimal awarded, String currency) {
        legalCase.type = type;
        legalCase.counsel = blankToNull(counsel);
        legalCase.court = blankToNull(court);
        legalCase.courtReference = blankToNull(courtReference);
        legalCase.claimedAmount = claimed == null ? null : claimed.setScale(2);
        legalCase.awardedAmount = awarded == null ? null : awarded.setScale(2);
        legalCase.currency = currency;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
