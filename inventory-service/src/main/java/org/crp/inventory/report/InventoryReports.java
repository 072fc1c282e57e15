package org.crp.inventory.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.inventory.device.DeviceDtos.DeviceView;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.device.DeviceService.DeviceQuery;
import org.crp.inventory.risk.RiskRules;

/** Aggregates for the overview and for supplier-service's findings; computed in PostgreSQL. */
@ApplicationScoped
public class InventoryReports {

    public record SiteCount(UUID siteId, String status, String riskLevel, long devices) {
    }

    public record Stats(long devices, Map<String, Long> byStatus, Map<String, Long> byRiskLevel, List<SiteCount> bySite) {
    }

    public record SupplierSummary(UUID supplierId, long devices, long flagged, long originMismatches,
            long relabelSuspects, long coveredManufacturer) {
    }

    static final List<String> MISMATCH_CODES = List.of(RiskRules.ORIGIN_MISMATCH, RiskRules.RELABEL_SUSPECTED,
            RiskRules.COVERED_MANUFACTURER);

    private final EntityManager em;
    private final DeviceService devices;

    InventoryReports(EntityManager em, DeviceService devices) {
        this.em = em;
        this.devices = devices;
    }

    /**
     * The counts by site, status and risk level, as {@code select site_id, status, risk_level, count(*)
     * from device group by 1, 2, 3} would answer them, read from the summary that device's triggers keep
     * exact (migration V23) instead of grouping every device.
     */
    static final String COUNTS = "select site_id, status, risk_level, devices from device_count where devices > 0"
            + " order by site_id, status, risk_level";

    @Transactional
    public Stats stats() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(COUNTS).getResultList();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        List<SiteCount> bySite = new ArrayList<>();
        long total = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[3]).longValue();
            bySite.add(new SiteCount((UUID) row[0], (String) row[1], (String) row[2], count));
            byStatus.merge((String) row[1], count, Long::sum);
            byLevel.merge((String) row[2], count, Long::sum);
            total += count;
        }
        return new Stats(total, byStatus, byLevel, bySite);
    }

    @Transactional
    public SupplierSummary supplierSummary(UUID supplierId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*),"
                + " count(*) filter (where status = 'FLAGGED' or risk_level in ('HIGH', 'CRITICAL')),"
                + " count(*) filter (where :mismatch = any(risk_codes)),"
                + " count(*) filter (where :relabel = any(risk_codes)),"
                + " count(*) filter (where :covered = any(risk_codes))"
                + " from device where supplier_id = :supplier")
                .setParameter("mismatch", RiskRules.ORIGIN_MISMATCH)
                .setParameter("relabel", RiskRules.RELABEL_SUSPECTED)
                .setParameter("covered", RiskRules.COVERED_MANUFACTURER)
                .setParameter("supplier", supplierId)
                .getSingleResult();
        return new SupplierSummary(supplierId, n(row[0]), n(row[1]), n(row[2]), n(row[3]), n(row[4]));
    }

    /** A supplier's devices whose paperwork does not match: origin mismatch, relabel or covered maker. */
    @Transactional
    public Page<DeviceView> mismatched(UUID supplierId, PageRequest page) {
        return devices.list(new DeviceQuery(List.of(), List.of(), List.of(), List.of(), MISMATCH_CODES, null, null,
                List.of(supplierId), null, null, List.of()), page);
    }

    private static long n(Object value) {
        return ((Number) value).longValue();
    }
}
