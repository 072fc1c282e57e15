package org.crp.replacement.workorder;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.security.Roles;
import org.crp.common.web.Actor;
import org.crp.common.web.ETags;
import org.crp.replacement.catalogue.ReplacementModel;
import org.crp.replacement.catalogue.ReplacementModelRepository;
import org.crp.replacement.config.ClockProducer;
import org.crp.replacement.outbox.Outbox;
import org.crp.replacement.programme.Programme;
import org.crp.replacement.programme.ProgrammeRepository;
import org.crp.replacement.programme.ProgrammeStatus;
import org.crp.replacement.vendor.Vendor;
import org.crp.replacement.vendor.VendorRepository;
import org.crp.replacement.vendor.VendorStatus;
import org.crp.replacement.workorder.WorkOrderDtos.CompletionRequest;
import org.crp.replacement.workorder.WorkOrderDtos.EventView;
import org.crp.replacement.workorder.WorkOrderDtos.StatusRequest;
import org.crp.replacement.workorder.WorkOrderDtos.WorkOrderView;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Work orders through their life. A user with role {@code vendor} reaches only the orders of the
 * vendor named in its token: anyone else's order is answered as if it did not exist (404), so a
 * vendor cannot even learn which ids are real.
 */
@ApplicationScoped
public class WorkOrderService {

    /** What a vendor's engineer may do: start the work or report it failed (completion has its own call). */
    private static final Set<WorkOrderStatus> VENDOR_MOVES = EnumSet.of(WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.FAILED);

    private final WorkOrderRepository orders;
    private final Actor actor;
    private final SecurityIdentity identity;
    private final Outbox outbox;
    private final Clock clock;
    private final VendorRepository vendors;
    private final ReplacementModelRepository models;
    private final ProgrammeRepository programmes;

    WorkOrderService(WorkOrderRepository orders, Actor actor, SecurityIdentity identity, Outbox outbox, Clock clock,
            VendorRepository vendors, ReplacementModelRepository models, ProgrammeRepository programmes) {
        this.orders = orders;
        this.programmes = programmes;
        this.vendors = vendors;
        this.models = models;
        this.actor = actor;
        this.identity = identity;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Page<WorkOrderView> list(UUID programmeId, List<WorkOrderStatus> statuses, UUID vendorId, Integer wave,
            List<SyncState> syncStates, PageRequest page) {
        UUID ownVendor = callerVendor();
        if (ownVendor != null) {
            if (vendorId != null && !vendorId.equals(ownVendor)) {
                return new Page<>(List.of(), null, page.withTotal() ? 0L : null);
            }
            vendorId = ownVendor;
        }
        Filter filter = new Filter().eq("programmeId", programmeId).in("status", statuses).eq("vendorId", vendorId)
                .eq("wave", wave).in("syncState", syncStates);
        return Paging.page(orders, filter, page, o -> o.id, WorkOrderView::of);
    }

    @Transactional
    public WorkOrderView get(UUID id) {
        return WorkOrderView.of(visible(id));
    }

    @Transactional
    public List<EventView> history(UUID id) {
        visible(id);
        return WorkOrderEvent.<WorkOrderEvent>list("workOrderId = ?1 order by at, id", id).stream().map(EventView::of).toList();
    }

    @Transactional
    public WorkOrderView changeStatus(UUID id, String ifMatch, StatusRequest request) {
        WorkOrder order = visible(id);
        ETags.requireMatch(ifMatch, order.version);
        WorkOrderStatus target = request.status();
        if (target == WorkOrderStatus.COMPLETED) {
            throw ApiException.conflict("Complete an order with POST /api/replacement/work-orders/" + id
                    + "/completion, which records the new camera");
        }
        if (callerVendor() != null && !VENDOR_MOVES.contains(target)) {
            throw new ApiException(403, "forbidden", "Forbidden",
                    "A vendor may only start (IN_PROGRESS) or fail (FAILED) its orders; the programme office dispatches and cancels",
                    null);
        }
        requireMove(order, target);
        if (target == WorkOrderStatus.DISPATCHED) {
            requireApprovedVendor(order);
        }
        if (target == WorkOrderStatus.FAILED) {
            order.failureReason = request.reason();
        }
        move(order, target, request.reason());
        if (!WorkOrderStatus.LIVE.contains(target)) {
            // no order will swap the camera now: inventory takes it out of SCHEDULED, back to where it was
            outbox.enqueueRelease(List.of(order.deviceId), order.id, "work order " + id + " " + target
                    + (request.reason() == null || request.reason().isBlank() ? "" : ": " + request.reason()));
        }
        return WorkOrderView.of(order);
    }

    /**
     * Records the new camera and completes the order; in the same transaction the swap is queued for
     * inventory. Completing again with the same camera answers the order as it is; with another camera, 409.
     * The camera is the planned model (inventory registers it with that model's maker and origin): another is 422.
     */
    @Transactional
    public WorkOrderView complete(UUID id, String ifMatch, CompletionRequest request) {
        WorkOrder order = visible(id);
        String mac = normalisedMac(request.macAddress());
        String serial = request.serial().strip();
        if (order.status == WorkOrderStatus.COMPLETED) {
            boolean sameModel = request.model() == null || request.model().isBlank()
                    || request.model().strip().equalsIgnoreCase(order.newModel);
            if (serial.equals(order.newSerial) && mac.equals(order.newMacAddress) && sameModel) {
                return WorkOrderView.of(order);
            }
            throw ApiException.conflict("Work order " + id + " was already completed with camera " + order.newSerial
                    + " (" + order.newMacAddress + ", " + order.newModel + "); it cannot be completed again with other data");
        }
        ETags.requireMatch(ifMatch, order.version);
        requireMove(order, WorkOrderStatus.COMPLETED);
        String model = plannedModel(order, request.model());
        order.newSerial = serial;
        order.newMacAddress = mac;
        order.newModel = model;
        order.completedAt = ClockProducer.now(clock);
        order.syncState = SyncState.PENDING;
        move(order, WorkOrderStatus.COMPLETED, "new camera " + serial);
        outbox.enqueueReplacement(order);
        return WorkOrderView.of(order);
    }

    private String plannedModel(WorkOrder order, String given) {
        ReplacementModel planned = models.findById(order.modelId);
        if (given != null && !given.isBlank() && !given.strip().equalsIgnoreCase(planned.model)) {
            throw ApiException.unprocessable("model", "work order " + order.id + " was planned with " + planned.manufacturer
                    + " " + planned.model + ", not '" + given.strip() + "'; install that model (the field may be left out), "
                    + "or have the programme office plan the order anew with the model installed");
        }
        return planned.model;
    }

    private void requireMove(WorkOrder order, WorkOrderStatus target) {
        if (!order.status.next().contains(target)) {
            throw ApiException.conflict("Work order " + order.id + " is " + order.status + "; it may move only to "
                    + order.status.next());
        }
        if (target != WorkOrderStatus.CANCELLED) {
            Programme programme = programmes.findById(order.programmeId);
            // a programme is completed only without open orders; one completed before that rule may still hold some
            if (programme != null && programme.status == ProgrammeStatus.COMPLETED) {
                throw ApiException.conflict("Work order " + order.id + " belongs to programme " + order.programmeId
                        + ", which is COMPLETED; its open orders may only be cancelled");
            }
        }
    }

    private void move(WorkOrder order, WorkOrderStatus target, String note) {
        WorkOrderEvent event = new WorkOrderEvent();
        event.workOrderId = order.id;
        event.fromStatus = order.status;
        event.toStatus = target;
        event.actor = actor.subject();
        event.requestId = actor.requestId();
        event.note = note;
        event.at = ClockProducer.now(clock);
        order.status = target;
        event.persist();
        orders.flush();
    }

    /** A suspended vendor gets no new work: its planned orders wait until it is approved again or the plan changes. */
    private void requireApprovedVendor(WorkOrder order) {
        Vendor vendor = vendors.findById(order.vendorId);
        if (vendor != null && vendor.status != VendorStatus.APPROVED) {
            throw ApiException.conflict("Vendor " + vendor.name + " is " + vendor.status
                    + "; approve it again, or plan the order anew to another vendor, before dispatching it");
        }
    }

    /** The order, if the caller may see it; another vendor's order is "not found". */
    private WorkOrder visible(UUID id) {
        WorkOrder order = orders.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Work order", id));
        UUID ownVendor = callerVendor();
        if (ownVendor != null && !ownVendor.equals(order.vendorId)) {
            throw ApiException.notFound("Work order", id);
        }
        return order;
    }

    /** The vendor a vendor user acts for; null for the programme office, admins and auditors. */
    private UUID callerVendor() {
        if (!identity.hasRole(Roles.VENDOR) || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.PROGRAM_MANAGER)
                || identity.hasRole(Roles.AUDITOR)) {
            return null;
        }
        Object claim = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(Roles.VENDOR_ID_CLAIM) : null;
        try {
            return UUID.fromString(String.valueOf(claim).replace("\"", ""));
        } catch (IllegalArgumentException e) {
            throw new ApiException(403, "forbidden", "Forbidden",
                    "Your token carries no valid " + Roles.VENDOR_ID_CLAIM + " claim; ask an administrator to link your user to a vendor",
                    null);
        }
    }

    static String normalisedMac(String raw) {
        String hex = raw.replace(":", "").replace("-", "").toUpperCase(Locale.ROOT);
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                mac.append(':');
            }
            mac.append(hex, i, i + 2);
        }
        return mac.toString();
    }
}
