package org.crp.replacement.outbox;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.crp.replacement.catalogue.ReplacementModel;
import org.crp.replacement.catalogue.ReplacementModelRepository;
import org.crp.replacement.client.Inventory;
import org.crp.replacement.client.InventoryDtos.NewCamera;
import org.crp.replacement.client.InventoryDtos.ReleaseCall;
import org.crp.replacement.client.InventoryDtos.ReplacementCall;
import org.crp.replacement.workorder.WorkOrder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Queues messages for inventory inside the caller's transaction; {@link OutboxRelay} delivers them. */
@ApplicationScoped
public class Outbox {

    /** The longest reason inventory's release takes. */
    static final int MAX_REASON = 500;

    private final ReplacementModelRepository models;
    private final ObjectMapper json;

    Outbox(ReplacementModelRepository models, ObjectMapper json) {
        this.models = models;
        this.json = json;
    }

    /** The swap as inventory's replacement endpoint takes it; the work-order id is its idempotency key. */
    @Transactional(TxType.MANDATORY)
    public void enqueueReplacement(WorkOrder order) {
        ReplacementModel model = models.findById(order.modelId);
        ReplacementCall call = new ReplacementCall(order.id, order.deviceId,
                new NewCamera(order.newSerial, order.newModel, model.manufacturer, model.countryOfOrigin, order.newMacAddress));
        queue(OutboxMessage.REPLACEMENT, order.id, call);
    }

    /**
     * Hands cameras back to inventory: those it still has SCHEDULED go back to the status they had before. The
     * relay leaves out any camera a live order holds again by the time it sends, so a camera re-planned meanwhile
     * stays SCHEDULED. {@code workOrderId} is the order that let go of them, or null for a re-plan.
     */
    @Transactional(TxType.MANDATORY)
    public void enqueueRelease(Collection<UUID> deviceIds, UUID workOrderId, String reason) {
        List<UUID> sorted = deviceIds.stream().distinct().sorted().toList();
        String why = reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON - 1) + "…";
        for (int i = 0; i < sorted.size(); i += Inventory.BULK_PAGE) {
            List<UUID> page = sorted.subList(i, Math.min(sorted.size(), i + Inventory.BULK_PAGE));
            queue(OutboxMessage.RELEASE, workOrderId, new ReleaseCall(List.copyOf(page), why));
        }
    }

    private void queue(String kind, UUID workOrderId, Object call) {
        OutboxMessage message = new OutboxMessage();
        message.workOrderId = workOrderId;
        try {
            message.queue(kind, json.writeValueAsString(call));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a call to inventory always serialises", e);
        }
        message.persist();
    }
}
