package org.crp.replacement.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.crp.common.outbox.OutboxConfig;
import org.crp.common.outbox.OutboxRow;
import org.crp.replacement.client.Inventory;
import org.crp.replacement.client.InventoryDtos.ReleaseCall;
import org.crp.replacement.client.InventoryDtos.ReplacementAnswer;
import org.crp.replacement.client.InventoryDtos.ReplacementCall;
import org.crp.replacement.client.InventoryRefusal;
import org.crp.replacement.config.ClockProducer;
import org.crp.replacement.workorder.SyncState;
import org.crp.replacement.workorder.WorkOrder;
import org.crp.replacement.workorder.WorkOrderEvent;
import org.crp.replacement.workorder.WorkOrderRepository;
import org.crp.replacement.workorder.WorkOrderStatus;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Delivers queued swaps and releases to inventory. Each row is claimed in its own transaction with
 * {@code FOR UPDATE SKIP LOCKED} and stays locked while it is sent, so replicas running this same
 * relay skip it instead of sending it again; inventory's replacement endpoint is idempotent by
 * work-order id besides, so a crash between sending and committing only repeats an answered call.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /**
     * Answers of inventory's replacement endpoint that sending the same swap again cannot change, so the order
     * fails with inventory's reason instead of waiting for ever. 422: the new camera would itself be covered.
     * 409: the new serial or MAC address is already registered, the old camera was already replaced by another
     * order, or it is in a status it cannot leave for REMOVED; only a person changing inventory undoes any of
     * these. Inventory's one 409 that could pass by itself, a concurrent modification (an optimistic lock), cannot
     * come from this endpoint: it locks the old camera's row before writing and creates the new one. Every other
     * 4xx is retried with backoff: 401, 403, 408 and 429 are credentials or load; a 400 or 404 means the two
     * services disagree about the call (completion checks serial and MAC as inventory does) or a wrong address,
     * which a deployment fixes, where giving up would fail every order completed meanwhile. A 404 is final only when
     * inventory confirms, asked for the old camera itself, that it has no such camera any more (a person moved it out
     * of SCHEDULED and deleted it while the order was open): see {@link #oldCameraGone}.
     */
    static final Set<Integer> FINAL_REFUSALS = Set.of(409, 422);

    private final EntityManager em;
    private final Inventory inventory;
    private final ObjectMapper json;
    private final OutboxConfig config;
    private final Clock clock;
    private final WorkOrderRepository orders;
    private final Outbox outbox;

    OutboxRelay(EntityManager em, Inventory inventory, ObjectMapper json, OutboxConfig config, Clock clock,
            WorkOrderRepository orders, Outbox outbox) {
        this.em = em;
        this.orders = orders;
        this.outbox = outbox;
        this.inventory = inventory;
        this.json = json;
        this.config = config;
        this.clock = clock;
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
        List<UUID> due = em.createNativeQuery("select id from outbox_message where state = 'PENDING' and next_attempt_at <= now() "
                + "order by next_attempt_at, id limit 1 for update skip locked", UUID.class).getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, due.get(0));
        message.attempts++;
        // inventory records the call under the request that queued it, for the person who did
        try (var queuedAs = message.asQueued()) {
            if (OutboxMessage.RELEASE.equals(message.kind)) {
                release(message);
            } else {
                replace(message);
            }
        } catch (java.io.IOException unreadable) {
            refuse(message, "the queued message could not be read: " + unreadable.getMessage());
        } catch (RuntimeException unavailable) {
            retryLater(message, OutboxRow.failure("inventory", unavailable));
        }
        return true;
    }

    private void replace(OutboxMessage message) throws java.io.IOException {
        WorkOrder order = em.find(WorkOrder.class, message.workOrderId);
        try {
            ReplacementAnswer answer = inventory.replace(json.readValue(message.payload, ReplacementCall.class));
            message.delivered();
            order.syncState = SyncState.DELIVERED;
            order.newDeviceId = answer == null ? null : answer.newDeviceId();
        } catch (InventoryRefusal refusal) {
            if (FINAL_REFUSALS.contains(refusal.status())) {
                refuse(message, refusal.getMessage());
            } else if (refusal.status() == 404 && oldCameraGone(order)) {
                refuse(message, "camera " + order.deviceId + " is no longer in inventory (deleted after this order "
                        + "was planned), so there is nothing to swap: " + refusal.getMessage());
            } else {
                retryLater(message, "inventory answered " + refusal.status() + ": " + refusal.getMessage());
            }
        }
    }

    /**
     * Hands the cameras back, leaving out those a live order holds again (re-planned since the release was queued):
     * they stay SCHEDULED. Inventory skips cameras that are gone or no longer SCHEDULED, so a replay changes nothing.
     */
    private void release(OutboxMessage message) throws java.io.IOException {
        ReleaseCall queued = json.readValue(message.payload, ReleaseCall.class);
        // no plan is stored between the look at the live orders and inventory's answer (a store moves the epoch on)
        em.createNativeQuery("select epoch from planning_epoch where id = 1 for share").getSingleResult();
        List<UUID> free = new ArrayList<>(queued.deviceIds());
        free.removeAll(orders.liveAmong(queued.deviceIds()));
        if (free.isEmpty()) {
            message.delivered();
            return;
        }
        try {
            inventory.release(new ReleaseCall(free, queued.reason()));
            message.delivered();
        } catch (InventoryRefusal refusal) {
            if (FINAL_REFUSALS.contains(refusal.status())) {
                refuse(message, refusal.getMessage());
            } else {
                retryLater(message, "inventory answered " + refusal.status() + ": " + refusal.getMessage());
            }
        }
    }

    /**
     * Whether the 404 means the old camera is gone rather than a wrong address or a deployment mismatch: inventory is
     * asked for the camera itself. If it cannot be asked now, the swap waits for the next attempt.
     */
    private boolean oldCameraGone(WorkOrder order) {
        try {
            return !inventory.hasDevice(order.deviceId);
        } catch (RuntimeException unavailable) {
            return false;
        }
    }

    /**
     * Inventory will never take this call. A swap's order fails with inventory's reason, visible to the programme
     * office, and its old camera, still in place and SCHEDULED, is handed back so that a later plan can take it up.
     */
    private void refuse(OutboxMessage message, String reason) {
        if (OutboxMessage.RELEASE.equals(message.kind)) {
            message.refused("inventory refused the release: " + reason);
            LOG.warnf("Release %s refused by inventory: %s", message.id, message.lastError);
            return;
        }
        message.refused("inventory refused the replacement: " + reason);
        WorkOrder order = em.find(WorkOrder.class, message.workOrderId);
        String why = message.lastError;
        order.syncState = SyncState.REFUSED;
        order.failureReason = why;
        WorkOrderEvent event = new WorkOrderEvent();
        event.workOrderId = order.id;
        event.fromStatus = order.status;
        event.toStatus = WorkOrderStatus.FAILED;
        event.actor = "outbox-relay";
        // the request that completed the order, whose swap this was
        event.requestId = message.requestId;
        event.note = why;
        event.at = ClockProducer.now(clock);
        em.persist(event);
        order.status = WorkOrderStatus.FAILED;
        outbox.enqueueRelease(List.of(order.deviceId), order.id, "work order " + order.id + " failed: " + why);
        LOG.warnf("Work order %s failed: %s", order.id, why);
    }

    private void retryLater(OutboxMessage message, String error) {
        Duration backoff = message.retryLater(error, config);
        LOG.debugf("Outbox row %s not delivered (attempt %d), next in %s: %s", message.id, message.attempts, backoff, error);
    }


}
