package org.crp.supplier.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.supplier.client.Inventory;
import org.crp.common.validation.Serials;
import org.crp.supplier.client.InventoryDtos.DevicePage;
import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.delivery.CertificateCheck.Evaluation;
import org.crp.supplier.delivery.DeliveryDtos.CheckResult;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.crp.supplier.finding.FindingRecorder;
import org.crp.supplier.finding.FindingRecorder.Outcome;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Checks a delivery's certificates against inventory. Everything inventory knows is read first; only
 * then are the findings written, in one transaction, so inventory being down writes nothing (503).
 */
@ApplicationScoped
public class DeliveryChecker {

    private final DeliveryService deliveries;
    private final Inventory inventory;
    private final FindingRecorder recorder;
    private final Clock clock;

    DeliveryChecker(DeliveryService deliveries, Inventory inventory, FindingRecorder recorder, Clock clock) {
        this.deliveries = deliveries;
        this.inventory = inventory;
        this.recorder = recorder;
        this.clock = clock;
    }

    public CheckResult check(UUID deliveryId) {
        DeliveryView delivery = deliveries.get(deliveryId);
        Evaluation evaluation;
        try {
            evaluation = CertificateCheck.evaluate(delivery, devicesOf(delivery));
        } catch (RuntimeException e) {
            throw Inventory.unavailableIfDown(e);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
            List<Outcome> recorded = recorder.recordAll(evaluation.candidates());
            deliveries.markChecked(List.of(deliveryId), now);
            return recorded;
        });
        return new CheckResult(deliveryId, delivery.serials().size(), evaluation.devicesFound(),
                evaluation.devicesVerified(), evaluation.unknownSerials(), evaluation.unverifiedSerials(),
                evaluation.contradictions(), outcomes.stream().filter(Outcome::added).map(Outcome::findingId).toList(),
                outcomes.stream().filter(o -> !o.added()).map(Outcome::findingId).toList(), now);
    }

    /**
     * Inventory's devices with the delivery's serials, asked {@link Inventory#PAGE} serials at a time. A serial
     * inventory cannot register ({@link Serials}; only a delivery stored before deliveries were held to that rule
     * has one) is not asked for: inventory would refuse the whole request, and it has no such device, so the
     * check reports the serial as unknown.
     */
    public List<InventoryDevice> devicesOf(DeliveryView delivery) {
        List<InventoryDevice> found = new ArrayList<>();
        List<String> serials = delivery.serials().stream().filter(Serials::valid).toList();
        for (int from = 0; from < serials.size(); from += Inventory.PAGE) {
            List<String> batch = serials.subList(from, Math.min(serials.size(), from + Inventory.PAGE));
            String cursor = null;
            do {
                DevicePage page = inventory.devicesBySerial(batch, cursor);
                found.addAll(page.devices());
                String next = page.nextCursor();
                cursor = Objects.equals(next, cursor) ? null : next;
            } while (cursor != null);
        }
        return found;
    }
}
