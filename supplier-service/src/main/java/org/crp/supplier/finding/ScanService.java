package org.crp.supplier.finding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.common.problem.ApiException;
import org.crp.supplier.client.Inventory;
import org.crp.supplier.client.InventoryDtos.DevicePage;
import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.client.InventoryDtos.SupplierSummary;
import org.crp.supplier.delivery.CertificateCheck;
import org.crp.supplier.delivery.DeliveryChecker;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.crp.supplier.delivery.DeliveryService;
import org.crp.supplier.finding.FindingDtos.FindingRef;
import org.crp.supplier.finding.FindingDtos.ScanResult;
import org.crp.supplier.finding.FindingRecorder.Candidate;
import org.crp.supplier.finding.FindingRecorder.Outcome;
import org.crp.supplier.supplier.SupplierService;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Scans one supplier: reads inventory's summary and every mismatched device (paging through), checks every
 * delivery's certificates against the delivered devices, and only then records the findings in one
 * transaction. Inventory being down at any point is a 503 and nothing is written.
 */
@ApplicationScoped
public class ScanService {

    private final SupplierService suppliers;
    private final DeliveryService deliveries;
    private final DeliveryChecker checker;
    private final Inventory inventory;
    private final FindingRecorder recorder;
    private final Clock clock;

    ScanService(SupplierService suppliers, DeliveryService deliveries, DeliveryChecker checker, Inventory inventory,
            FindingRecorder recorder, Clock clock) {
        this.suppliers = suppliers;
        this.deliveries = deliveries;
        this.checker = checker;
        this.inventory = inventory;
        this.recorder = recorder;
        this.clock = clock;
    }

    public ScanResult scan(UUID supplierId) {
        if (!suppliers.exists(supplierId)) {
            throw ApiException.notFound("Supplier", supplierId);
        }
        List<DeliveryView> supplied = deliveries.allOf(supplierId);
        SupplierSummary summary;
        List<InventoryDevice> mismatched;
        List<Candidate> candidates = new ArrayList<>();
        try {
            summary = inventory.supplierSummary(supplierId);
            mismatched = mismatchedDevices(supplierId);
            candidates.addAll(ScanRules.candidates(supplierId, mismatched));
            for (DeliveryView delivery : supplied) {
                if (!delivery.certificates().isEmpty()) {
                    candidates.addAll(CertificateCheck.evaluate(delivery, checker.devicesOf(delivery)).candidates());
                }
            }
        } catch (RuntimeException e) {
            throw Inventory.unavailableIfDown(e);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
            List<Outcome> recorded = recorder.recordAll(candidates);
            deliveries.markChecked(supplied.stream().filter(d -> !d.certificates().isEmpty()).map(DeliveryView::id).toList(),
                    now);
            return recorded;
        });
        List<FindingRef> added = outcomes.stream().filter(Outcome::added).map(ScanService::ref).toList();
        List<FindingRef> existing = outcomes.stream().filter(o -> !o.added()).map(ScanService::ref).toList();
        return new ScanResult(supplierId, summary, mismatched.size(),
                (int) supplied.stream().filter(d -> !d.certificates().isEmpty()).count(), added.size(), existing.size(), added,
                existing, now);
    }

    private List<InventoryDevice> mismatchedDevices(UUID supplierId) {
        List<InventoryDevice> devices = new ArrayList<>();
        String cursor = null;
        do {
            DevicePage page = inventory.mismatchedDevices(supplierId, cursor);
            devices.addAll(page.devices());
            String next = page.nextCursor();
            cursor = Objects.equals(next, cursor) ? null : next;
        } while (cursor != null);
        return devices;
    }

    private static FindingRef ref(Outcome outcome) {
        return new FindingRef(outcome.findingId(), outcome.type(), outcome.subjectKey(), outcome.devicesAdded());
    }
}
