package org.crp.supplier.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.crp.common.outbox.OutboxConfig;
import org.crp.common.outbox.OutboxRow;
import org.crp.supplier.client.HoldCalls;
import org.crp.supplier.hold.HoldDelivery;
import org.crp.supplier.hold.HoldStatus;
import org.crp.supplier.hold.LegalHold;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers queued hold calls to inventory. Each row is claimed in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED} and stays locked while it is sent, so replicas running this relay
 * skip it instead of sending it again; inventory's hold endpoints are idempotent besides, so a crash
 * between sending and committing only repeats an answered call. A row waits while an older row for
 * the same device and case is still pending, so a release never overtakes its placement.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * 4xx answers that will not change by asking again: the device does not exist, the case number is
     * malformed, inventory refuses the hold. 401, 403, 408 and 429 are the caller's credentials or
     * inventory's load, worth retrying, so they are not here.
     */
    static final Set<Integer> FINAL_REFUSALS = Set.of(400, 404, 409, 410, 422);

    private final EntityManager em;
    private final HoldCalls inventory;
    private final ObjectMapper json;
    private final OutboxConfig config;

    OutboxRelay(EntityManager em, HoldCalls inventory, ObjectMapper json, OutboxConfig config) {
        this.em = em;
        this.inventory = inventory;
        this.json = json;
        this.config = config;
    }

    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        for (int i = 0; i < config.batchSize(); i++) {
            if (!QuarkusTransaction.requiringNew().timeout(60).call(this::deliverOne)) {
                return;
            }
        }
    }

    /** Claims one due row and delivers it; false when no row is due (or all due rows are claimed elsewhere). */
    boolean deliverOne() {
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select m.id from outbox_message m where m.state = 'PENDING' "
                + "and m.next_attempt_at <= now() and not exists (select 1 from outbox_message earlier "
                + "where earlier.device_id = m.device_id and earlier.case_number = m.case_number "
                + "and earlier.state = 'PENDING' and earlier.seq < m.seq) "
                + "order by m.next_attempt_at, m.seq limit 1 for update of m skip locked", UUID.class).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0));
        LegalHold hold = em.find(LegalHold.class, message.holdId);
        // the hold shows the delivery of its latest step only: a placement still in flight after a release doesn't
        boolean latestStep = OutboxMessage.PLACE_HOLD.equals(message.kind) ? hold.status == HoldStatus.ACTIVE
                : hold.status == HoldStatus.RELEASED;
        message.attempts++;
        if (latestStep) {
            hold.attempts = message.attempts;
        }
        // inventory records the hold under the request that queued it, for the person who placed or released it
        try (var queuedAs = message.asQueued()) {
            if (OutboxMessage.PLACE_HOLD.equals(message.kind)) {
                inventory.place(message.deviceId, message.caseNumber, reason(message));
            } else {
                inventory.release(message.deviceId, message.caseNumber);
            }
            message.delivered();
            if (latestStep) {
                hold.delivery = HoldDelivery.DELIVERED;
                hold.deliveredAt = message.deliveredAt;
                hold.lastError = null;
            }
        } catch (HoldCalls.Refused refusal) {
            if (FINAL_REFUSALS.contains(refusal.status())) {
                message.refused("inventory refused (" + refusal.status() + "): " + refusal.getMessage());
                String why = message.lastError;
                if (latestStep) {
                    hold.delivery = HoldDelivery.FAILED;
                    hold.lastError = why;
                }
                LOG.warnf("Hold %s on device %s for %s: %s", hold.id, message.deviceId, message.caseNumber, why);
            } else {
                retryLater(message, hold, latestStep, "inventory answered " + refusal.status() + ": " + refusal.getMessage());
            }
        } catch (RuntimeException unavailable) {
            retryLater(message, hold, latestStep, OutboxRow.failure("inventory", unavailable));
        }
        return true;
    }

    private String reason(OutboxMessage message) {
        try {
            JsonNode reason = json.readTree(message.payload).get("reason");
            return reason != null && reason.isTextual() ? reason.asText() : null;
        } catch (java.io.IOException unreadable) {
            return null;
        }
    }

    private void retryLater(OutboxMessage message, LegalHold hold, boolean latestStep, String error) {
        Duration backoff = message.retryLater(error, config);
        if (latestStep) {
            hold.lastError = message.lastError;
        }
        LOG.debugf("Outbox row %s not delivered (attempt %d), next in %s: %s", message.id, message.attempts, backoff, error);
    }


}
