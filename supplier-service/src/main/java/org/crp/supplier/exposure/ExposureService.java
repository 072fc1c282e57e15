package org.crp.supplier.exposure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.client.Inventory;
import org.crp.supplier.client.InventoryDtos.SupplierSummary;
import org.crp.supplier.client.Replacement;
import org.crp.supplier.client.ReplacementDtos.SupplierCost;
import org.crp.supplier.exposure.ExposureDtos.CaseExposure;
import org.crp.supplier.exposure.ExposureDtos.CostLine;
import org.crp.supplier.exposure.ExposureDtos.Exposure;
import org.crp.supplier.exposure.ExposureDtos.InventoryExposure;
import org.crp.supplier.exposure.ExposureDtos.ReplacementExposure;
import org.crp.supplier.finding.FindingRepository;
import org.crp.supplier.finding.FindingType;
import org.crp.supplier.legalcase.CaseStatus;
import org.crp.supplier.supplier.SupplierDtos.SupplierView;
import org.crp.supplier.supplier.SupplierService;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A supplier's exposure from three sources. The local parts are read in a short transaction; the remote calls
 * run outside it, and a service that cannot answer leaves its part marked unavailable instead of failing the answer.
 */
@ApplicationScoped
public class ExposureService {

    private final SupplierService suppliers;
    private final FindingRepository findings;
    private final Inventory inventory;
    private final Replacement replacement;
    private final Clock clock;

    ExposureService(SupplierService suppliers, FindingRepository findings, Inventory inventory, Replacement replacement,
            Clock clock) {
        this.suppliers = suppliers;
        this.findings = findings;
        this.inventory = inventory;
        this.replacement = replacement;
        this.clock = clock;
    }

    private record Local(SupplierView supplier, CaseExposure cases, Map<FindingType, Long> findings) {
    }

    public Exposure exposure(UUID supplierId) {
        Local local = QuarkusTransaction.requiringNew().call(() -> {
            SupplierView supplier = suppliers.get(supplierId);
            return new Local(supplier, cases(supplierId), findings.countByType(supplierId));
        });
        List<String> unavailable = new ArrayList<>();
        InventoryExposure inventoryPart;
        try {
            SupplierSummary s = inventory.supplierSummary(supplierId);
            inventoryPart = new InventoryExposure(true, null, s.devices(), s.flagged(), s.originMismatches(),
                    s.relabelSuspects(), s.coveredManufacturer());
        } catch (RuntimeException e) {
            if (!Inventory.isDown(e)) {
                throw e;
            }
            unavailable.add(Inventory.SERVICE);
            inventoryPart = new InventoryExposure(false, reason(Inventory.SERVICE, e), null, null, null, null, null);
        }
        ReplacementExposure replacementPart;
        try {
            List<SupplierCost> costs = Replacement.of(replacement.costsBySupplier(), supplierId);
            replacementPart = new ReplacementExposure(true, null, costs.stream().mapToLong(SupplierCost::completed).sum(),
                    costs.stream().mapToLong(SupplierCost::orders).sum(),
                    costs.stream().map(c -> new CostLine(c.currency(), c.orders(), c.completed(), c.plannedCost(),
                            c.completedCost())).toList());
        } catch (RuntimeException e) {
            if (!Replacement.isDown(e)) {
                throw e;
            }
            unavailable.add(Replacement.SERVICE);
            replacementPart = new ReplacementExposure(false, reason(Replacement.SERVICE, e), null, null, null);
        }
        return new Exposure(supplierId, local.supplier().name(), local.supplier().status(), inventoryPart, replacementPart,
                local.cases(), local.findings(), unavailable.isEmpty(), List.copyOf(unavailable), Instant.now(clock));
    }

    private CaseExposure cases(UUID supplierId) {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        for (CaseStatus status : CaseStatus.values()) {
            byStatus.put(status, 0L);
        }
        findings.getEntityManager().createQuery("select c.status, count(c) from LegalCase c where c.supplierId = :supplier "
                + "group by c.status", Object[].class).setParameter("supplier", supplierId).getResultList()
                .forEach(row -> byStatus.put((CaseStatus) row[0], ((Number) row[1]).longValue()));
        long open = byStatus.entrySet().stream().filter(e -> e.getKey() != CaseStatus.CLOSED).mapToLong(Map.Entry::getValue)
                .sum();
        return new CaseExposure(open, byStatus);
    }

    private static String reason(String service, RuntimeException e) {
        return service + " could not answer (" + e.getClass().getSimpleName() + "); this part is missing, the rest is current";
    }
}
