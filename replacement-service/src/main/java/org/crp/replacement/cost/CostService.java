package org.crp.replacement.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.crp.common.problem.ApiException;
import org.crp.replacement.programme.ProgrammeRepository;
import org.crp.replacement.workorder.WorkOrderStatus;

/** Replacement costs grouped by the replaced cameras' original supplier: what supplier-service claims as damages. */
@ApplicationScoped
public class CostService {

    /**
     * One supplier's share in one currency. {@code supplierId} is null for cameras inventory knows no
     * supplier of. Planned cost counts every order not cancelled or failed; completed cost only completed ones.
     */
    public record SupplierCost(UUID supplierId, String currency, long orders, long completed, BigDecimal plannedCost,
            BigDecimal completedCost) {
    }

    private final EntityManager em;
    private final ProgrammeRepository programmes;

    CostService(EntityManager em, ProgrammeRepository programmes) {
        this.em = em;
        this.programmes = programmes;
    }

    /** Every programme's costs, or one programme's (an unknown one is a 404, as its plan and progress are). */
    @Transactional
    public List<SupplierCost> bySupplier(UUID programmeId) {
        if (programmeId != null && programmes.findByIdOptional(programmeId).isEmpty()) {
            throw ApiException.notFound("Programme", programmeId);
        }
        List<Object[]> rows = em.createQuery("select w.originalSupplierId, p.currency, count(w), "
                + "sum(case when w.status = :completed then 1 else 0 end), sum(w.unitCost + w.installCost), "
                + "sum(case when w.status = :completed then w.unitCost + w.installCost else 0 end) "
                + "from WorkOrder w, Programme p where p.id = w.programmeId and w.status in :current "
                + "and (:programme is null or w.programmeId = :programme) "
                + "group by w.originalSupplierId, p.currency order by p.currency, w.originalSupplierId", Object[].class)
                .setParameter("completed", WorkOrderStatus.COMPLETED)
                .setParameter("current", WorkOrderStatus.CURRENT_PLAN)
                .setParameter("programme", programmeId).getResultList();
        return rows.stream().map(r -> new SupplierCost((UUID) r[0], (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue(), money(r[4]), money(r[5]))).toList();
    }

    private static BigDecimal money(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : new BigDecimal(sum.toString()).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
