package org.crp.replacement.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.ETags;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammeRequest;
import org.crp.replacement.programme.ProgrammeDtos.ProgrammeView;
import org.crp.replacement.programme.ProgrammeDtos.Scope;
import org.crp.replacement.programme.ProgrammeDtos.StatusRequest;
import org.crp.replacement.workorder.WorkOrderRepository;
import org.crp.replacement.workorder.WorkOrderStatus;

@ApplicationScoped
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final WorkOrderRepository orders;

    ProgrammeService(ProgrammeRepository programmes, WorkOrderRepository orders) {
        this.programmes = programmes;
        this.orders = orders;
    }

    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        Programme programme = new Programme();
        apply(programme, request);
        programme.status = ProgrammeStatus.DRAFT;
        programmes.persistAndFlush(programme);
        return ProgrammeView.of(programme);
    }

    /** Scope, money and dates change only in DRAFT: a planned programme goes back to DRAFT first. */
    @Transactional
    public ProgrammeView update(UUID id, String ifMatch, ProgrammeRequest request) {
        Programme programme = require(id);
        ETags.requireMatch(ifMatch, programme.version);
        if (programme.status != ProgrammeStatus.DRAFT) {
            throw ApiException.conflict("Programme " + id + " is " + programme.status
                    + "; only a DRAFT programme may be changed (move a PLANNED one back to DRAFT first)");
        }
        apply(programme, request);
        // a plan made for the old scope, money or dates no longer holds: PLANNED needs a new one
        programme.plan = null;
        programme.plannedAt = null;
        programmes.flush();
        return ProgrammeView.of(programme);
    }

    @Transactional
    public ProgrammeView changeStatus(UUID id, String ifMatch, StatusRequest request) {
        Programme programme = require(id);
        ETags.requireMatch(ifMatch, programme.version);
        if (!programme.status.next().contains(request.status())) {
            throw ApiException.conflict("Programme " + id + " is " + programme.status + "; it may move only to "
                    + programme.status.next());
        }
        if (request.status() == ProgrammeStatus.PLANNED && programme.plan == null) {
            throw ApiException.conflict("Programme " + id + " has no plan yet; plan it with POST /api/replacement/programmes/"
                    + id + "/plan");
        }
        if (request.status() == ProgrammeStatus.COMPLETED) {
            requireNoOpenOrders(programme);
        }
        programme.status = request.status();
        programmes.flush();
        return ProgrammeView.of(programme);
    }

    /**
     * A programme is complete only when none of its orders is still open: an open order under a completed programme
     * would keep its camera SCHEDULED in inventory and could still be worked. Planning a programme bumps its version,
     * so an order planned while this runs makes one of the two commits fail on the optimistic lock.
     */
    private void requireNoOpenOrders(Programme programme) {
        Map<WorkOrderStatus, Long> open = orders.liveByStatus(programme.id);
        if (!open.isEmpty()) {
            long total = open.values().stream().mapToLong(Long::longValue).sum();
            String byStatus = open.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                    .collect(Collectors.joining(", "));
            throw ApiException.conflict("Programme " + programme.id + " still has " + total + " open work order"
                    + (total == 1 ? "" : "s") + " (" + byStatus + "); finish them (complete or fail them) or cancel them "
                    + "with POST /api/replacement/work-orders/{id}/status before completing the programme");
        }
    }

    @Transactional
    public ProgrammeView get(UUID id) {
        return ProgrammeView.of(require(id));
    }

    @Transactional
    public Page<ProgrammeView> list(List<ProgrammeStatus> statuses, PageRequest page) {
        return Paging.page(programmes, new Filter().in("status", statuses), page, p -> p.id, ProgrammeView::of);
    }

    public Programme require(UUID id) {
        return programmes.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Programme", id));
    }

    private static void apply(Programme programme, ProgrammeRequest request) {
        if (!request.targetDate().isAfter(request.startDate())) {
            throw ApiException.badRequest("targetDate", "must be after startDate (" + request.startDate() + ")");
        }
        Scope scope = request.scope();
        programme.name = request.name().strip();
        programme.minRiskLevel = scope.minRiskLevel();
        programme.siteIds = distinct(scope.siteIds());
        programme.zoneIds = distinct(scope.zoneIds());
        programme.supplierIds = distinct(scope.supplierIds());
        programme.budget = request.budget();
        programme.currency = request.currency();
        programme.startDate = request.startDate();
        programme.targetDate = request.targetDate();
        programme.blackoutDates = request.blackoutDates() == null ? new ArrayList<>()
                : request.blackoutDates().stream().distinct().sorted().toList();
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values.stream().distinct().toList());
    }
}
