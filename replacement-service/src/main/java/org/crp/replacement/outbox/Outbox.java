package org.crp.replacement.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.crp.replacement.catalogue.ReplacementModel;
import org.crp.replacement.catalogue.ReplacementModelRepository;
import org.crp.replacement.client.InventoryDtos.NewCamera;
import org.crp.replacement.client.InventoryDtos.ReplacementCall;
import org.crp.replacement.workorder.WorkOrder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Queues messages for inventory inside the caller's transaction; {@link OutboxRelay} delivers them. */
@ApplicationScoped
public class Outbox {

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
        OutboxMessage message = new OutboxMessage();
        message.workOrderId = order.id;
        try {
            message.queue(OutboxMessage.REPLACEMENT, json.writeValueAsString(call));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a replacement call always serialises", e);
        }
        message.persist();
    }
}
