package org.crp.supplier.damages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.Actor;
import org.crp.supplier.client.Replacement;
import org.crp.supplier.client.ReplacementDtos.SupplierCost;
import org.crp.supplier.damages.DamagesDtos.Breakdown;
import org.crp.supplier.damages.DamagesDtos.Claim;
import org.crp.supplier.damages.DamagesDtos.CostRequest;
import org.crp.supplier.damages.DamagesDtos.CostView;
import org.crp.supplier.damages.DamagesDtos.CurrencyTotal;
import org.crp.supplier.damages.DamagesDtos.ReplacementLine;
import org.crp.supplier.damages.DamagesDtos.SnapshotView;
import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseService;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A case's damages: the replacement cost of the supplier's cameras (from replacement-service), the investigation
 * costs counsel enters, and the claimed amount. A recompute reads replacement first and stores a snapshot with
 * when and who only if it could; the latest snapshot is what the case's damages show.
 */
@ApplicationScoped
public class DamagesService {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final InvestigationCostRepository costs;
    private final DamagesSnapshotRepository snapshots;
    private final LegalCaseService cases;
    private final Replacement replacement;
    private final Actor actor;
    private final ObjectMapper json;
    private final Clock clock;

    DamagesService(InvestigationCostRepository costs, DamagesSnapshotRepository snapshots, LegalCaseService cases,
            Replacement replacement, Actor actor, ObjectMapper json, Clock clock) {
        this.costs = costs;
        this.snapshots = snapshots;
        this.cases = cases;
        this.replacement = replacement;
        this.actor = actor;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public CostView addCost(UUID caseId, CostRequest request) {
        LegalCase legalCase = cases.requireForWrite(caseId);
        legalCase.requireNotClosed("its investigation costs are final");
        InvestigationCost cost = new InvestigationCost();
        cost.caseId = caseId;
        cost.description = request.description().strip();
        cost.amount = request.amount().setScale(2);
        cost.currency = request.currency();
        cost.incurredOn = request.incurredOn();
        cost.enteredBy = actor.subject();
        costs.persistAndFlush(cost);
        return CostView.of(cost);
    }

    @Transactional
    public CostView cost(UUID caseId, UUID costId) {
        cases.require(caseId);
        return costs.findByIdOptional(costId).filter(c -> c.caseId.equals(caseId)).map(CostView::of)
                .orElseThrow(() -> ApiException.notFound("Investigation cost", costId + " of case " + caseId));
    }

    @Transactional
    public Page<CostView> listCosts(UUID caseId, PageRequest page) {
        cases.require(caseId);
        return Paging.page(costs, new Filter().eq("caseId", caseId), page, c -> c.id, CostView::of);
    }

    /** The latest snapshot; 404 with what to do when the damages were never computed. */
    @Transactional
    public SnapshotView latest(UUID caseId) {
        LegalCase legalCase = cases.require(caseId);
        return latestIfComputed(caseId).orElseThrow(() -> new ApiException(404, "not-found", "Not found",
                "The damages of case " + legalCase.number + " have not been computed yet; POST "
                        + "/api/supplier/cases/" + caseId + "/damages/recompute to compute them", null));
    }

    /** The latest snapshot, if the damages were ever computed (a case dossier shows it or says it is missing). */
    @Transactional
    public Optional<SnapshotView> latestIfComputed(UUID caseId) {
        return snapshots.latest(caseId).map(this::view);
    }

    public SnapshotView recompute(UUID caseId) {
        UUID supplierId = QuarkusTransaction.requiringNew().call(() -> cases.require(caseId).supplierId);
        List<SupplierCost> replacementCosts;
        try {
            replacementCosts = Replacement.of(replacement.costsBySupplier(), supplierId);
        } catch (RuntimeException e) {
            throw Replacement.unavailableIfDown(e);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            LegalCase legalCase = cases.require(caseId);
            Breakdown breakdown = breakdown(legalCase, replacementCosts, costs.ofCase(caseId));
            DamagesSnapshot snapshot = new DamagesSnapshot();
            snapshot.caseId = caseId;
            snapshot.computedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
            snapshot.computedBy = actor.subject();
            snapshot.requestId = actor.requestId();
            snapshot.breakdown = write(breakdown);
            snapshots.persistAndFlush(snapshot);
            return view(snapshot);
        });
    }

    static Breakdown breakdown(LegalCase legalCase, List<SupplierCost> replacementCosts, List<InvestigationCost> investigation) {
        Map<String, BigDecimal[]> byCurrency = new TreeMap<>(); // planned, completed, investigation
        for (SupplierCost cost : replacementCosts) {
            BigDecimal[] sums = byCurrency.computeIfAbsent(cost.currency(), c -> new BigDecimal[] { ZERO, ZERO, ZERO });
            sums[0] = sums[0].add(orZero(cost.plannedCost()));
            sums[1] = sums[1].add(orZero(cost.completedCost()));
        }
        for (InvestigationCost cost : investigation) {
            BigDecimal[] sums = byCurrency.computeIfAbsent(cost.currency, c -> new BigDecimal[] { ZERO, ZERO, ZERO });
            sums[2] = sums[2].add(cost.amount);
        }
        if (legalCase.currency != null) {
            byCurrency.computeIfAbsent(legalCase.currency, c -> new BigDecimal[] { ZERO, ZERO, ZERO });
        }
        List<CurrencyTotal> totals = byCurrency.entrySet().stream().map(e -> new CurrencyTotal(e.getKey(), e.getValue()[0],
                e.getValue()[1], e.getValue()[2], e.getValue()[0].add(e.getValue()[2]),
                e.getKey().equals(legalCase.currency) ? legalCase.claimedAmount : null)).toList();
        Claim claim = legalCase.claimedAmount == null ? null : new Claim(legalCase.claimedAmount, legalCase.currency);
        return new Breakdown(legalCase.id, legalCase.number, legalCase.supplierId, claim, totals,
                replacementCosts.stream().map(c -> new ReplacementLine(c.currency(), c.orders(), c.completed(),
                        orZero(c.plannedCost()), orZero(c.completedCost()))).toList(),
                investigation.stream().map(CostView::of).toList());
    }

    private SnapshotView view(DamagesSnapshot snapshot) {
        try {
            return new SnapshotView(snapshot.id, snapshot.caseId, snapshot.computedAt, snapshot.computedBy,
                    snapshot.requestId, json.readValue(snapshot.breakdown, Breakdown.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damages snapshot " + snapshot.id + " is not a breakdown", e);
        }
    }

    private String write(Breakdown breakdown) {
        try {
            return json.writeValueAsString(breakdown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a damages breakdown", e);
        }
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? ZERO : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
