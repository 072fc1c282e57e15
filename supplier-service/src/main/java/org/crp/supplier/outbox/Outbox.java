package org.crp.supplier.outbox;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.crp.supplier.hold.LegalHold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Queues calls for inventory inside the caller's transaction; {@link OutboxRelay} delivers them. */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    /** PUT /api/inventory/devices/{deviceId}/holds/{caseNumber}, idempotent at inventory. */
    @Transactional(TxType.MANDATORY)
    public void enqueuePlace(LegalHold hold, String caseNumber) {
        enqueue(hold, caseNumber, OutboxMessage.PLACE_HOLD);
    }

    /** DELETE /api/inventory/devices/{deviceId}/holds/{caseNumber}, idempotent at inventory. */
    @Transactional(TxType.MANDATORY)
    public void enqueueRelease(LegalHold hold, String caseNumber) {
        enqueue(hold, caseNumber, OutboxMessage.RELEASE_HOLD);
    }

    private void enqueue(LegalHold hold, String caseNumber, String kind) {
        Map<String, Object> call = new HashMap<>();
        call.put("deviceId", hold.deviceId.toString());
        call.put("caseNumber", caseNumber);
        if (hold.reason != null) {
            call.put("reason", hold.reason);
        }
        OutboxMessage message = new OutboxMessage();
        message.holdId = hold.id;
        message.deviceId = hold.deviceId;
        message.caseNumber = caseNumber;
        try {
            message.queue(kind, json.writeValueAsString(call));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a hold call always serialises", e);
        }
        message.persist();
    }
}
