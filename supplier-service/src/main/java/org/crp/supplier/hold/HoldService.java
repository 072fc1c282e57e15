package org.crp.supplier.hold;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.Actor;
import org.crp.common.web.ETags;
import org.crp.supplier.evidence.EvidenceItem;
import org.crp.supplier.evidence.EvidenceKind;
import org.crp.supplier.evidence.EvidenceRepository;
import org.crp.supplier.hold.HoldDtos.HoldRequest;
import org.crp.supplier.hold.HoldDtos.HoldView;
import org.crp.supplier.hold.HoldDtos.PlacedHolds;
import org.crp.supplier.legalcase.CaseClosingCheck;
import org.crp.supplier.legalcase.LegalCase;
import org.crp.supplier.legalcase.LegalCaseRepository;
import org.crp.supplier.outbox.Outbox;

/**
 * Legal holds of a case on its evidence devices. Placing and releasing commit the hold and its outbox
 * row together; inventory learns of it through the relay. The case row is locked while holds are
 * placed and while closing checks for them, so a case is never closed with a hold slipping in.
 */
@ApplicationScoped
public class HoldService implements CaseClosingCheck {

    private final HoldRepository holds;
    private final LegalCaseRepository cases;
    private final EvidenceRepository evidence;
    private final Outbox outbox;
    private final Actor actor;
    private final Clock clock;

    HoldService(HoldRepository holds, LegalCaseRepository cases, EvidenceRepository evidence, Outbox outbox, Actor actor,
            Clock clock) {
        this.holds = holds;
        this.cases = cases;
        this.evidence = evidence;
        this.outbox = outbox;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public PlacedHolds place(UUID caseId, HoldRequest request) {
        List<UUID> deviceIds = request.deviceIds() == null ? List.of() : request.deviceIds();
        List<UUID> evidenceIds = request.evidenceIds() == null ? List.of() : request.evidenceIds();
        if (deviceIds.isEmpty() && evidenceIds.isEmpty()) {
            throw ApiException.badRequest("deviceIds", "name at least one device, by deviceIds or by evidenceIds "
                    + "(DEVICE evidence items of the case)");
        }
        boolean nullDevice = deviceIds.stream().anyMatch(java.util.Objects::isNull);
        if (nullDevice || evidenceIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw ApiException.badRequest(nullDevice ? "deviceIds" : "evidenceIds", "must not contain null");
        }
        LegalCase legalCase = cases.findByIdOptional(caseId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("Legal case", caseId));
        legalCase.requireNotClosed("it places no holds");
        Map<UUID, EvidenceItem> byDevice = resolve(legalCase, deviceIds, evidenceIds);
        Map<UUID, LegalHold> active = new LinkedHashMap<>();
        holds.active(caseId).forEach(h -> active.put(h.deviceId, h));
        List<String> alreadyHeld = byDevice.keySet().stream().filter(active::containsKey)
                .map(d -> d + " (hold " + active.get(d).id + ")").toList();
        if (!alreadyHeld.isEmpty()) {
            throw ApiException.conflict("Case " + legalCase.number + " already holds device(s) " + String.join(", ", alreadyHeld));
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        List<HoldView> placed = new ArrayList<>();
        for (Map.Entry<UUID, EvidenceItem> device : byDevice.entrySet()) {
            LegalHold hold = new LegalHold();
            hold.caseId = caseId;
            hold.evidenceId = device.getValue().id;
            hold.deviceId = device.getKey();
            hold.reason = reason;
            hold.status = HoldStatus.ACTIVE;
            hold.delivery = HoldDelivery.PENDING;
            hold.placedAt = now;
            hold.placedBy = actor.subject();
            holds.persist(hold);
            outbox.enqueuePlace(hold, legalCase.number);
            placed.add(HoldView.of(hold, legalCase.number));
        }
        holds.flush();
        return new PlacedHolds(placed.stream().map(v -> HoldView.of(holds.findById(v.id()), legalCase.number)).toList());
    }

    /**
     * Releases a hold: inventory is told through the outbox. A hold inventory refused to place has
     * nothing to release there, so it is released here alone and says so.
     */
    @Transactional
    public HoldView release(UUID caseId, UUID holdId, String ifMatch) {
        LegalCase legalCase = requireCase(caseId);
        LegalHold hold = require(legalCase, holdId);
        ETags.requireMatch(ifMatch, hold.version);
        if (hold.status == HoldStatus.RELEASED) {
            throw ApiException.conflict("Hold " + holdId + " on device " + hold.deviceId + " was already released at "
                    + hold.releasedAt + " by " + hold.releasedBy);
        }
        hold.status = HoldStatus.RELEASED;
        hold.releasedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        hold.releasedBy = actor.subject();
        if (hold.delivery == HoldDelivery.FAILED) {
            hold.delivery = HoldDelivery.DELIVERED;
            hold.lastError = "nothing to release at inventory, which refused the placement: " + hold.lastError;
            hold.lastError = hold.lastError.length() > 2000 ? hold.lastError.substring(0, 2000) : hold.lastError;
        } else {
            hold.delivery = HoldDelivery.PENDING;
            hold.attempts = 0;
            hold.lastError = null;
            hold.deliveredAt = null;
            outbox.enqueueRelease(hold, legalCase.number);
        }
        holds.flush();
        return HoldView.of(hold, legalCase.number);
    }

    @Transactional
    public HoldView get(UUID caseId, UUID holdId) {
        LegalCase legalCase = requireCase(caseId);
        return HoldView.of(require(legalCase, holdId), legalCase.number);
    }

    @Transactional
    public Page<HoldView> list(UUID caseId, List<HoldStatus> statuses, List<HoldDelivery> deliveries, PageRequest page) {
        LegalCase legalCase = requireCase(caseId);
        return Paging.page(holds, new Filter().eq("caseId", caseId).in("status", statuses).in("delivery", deliveries),
                page, h -> h.id, h -> HoldView.of(h, legalCase.number));
    }

    /** Every hold of the case, active and released, oldest first (for the dossier). */
    @Transactional
    public List<HoldView> all(LegalCase legalCase) {
        return holds.all(legalCase.id).stream().map(h -> HoldView.of(h, legalCase.number)).toList();
    }

    /** Closing waits for the holds to be released; the case row is locked so no hold is placed meanwhile. */
    @Override
    public Optional<String> obstacle(LegalCase legalCase) {
        cases.getEntityManager().lock(legalCase, LockModeType.PESSIMISTIC_WRITE);
        List<LegalHold> active = holds.active(legalCase.id);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("it holds device(s) " + String.join(", ", active.stream().map(h -> h.deviceId.toString()).toList())
                + "; release those holds first (DELETE /api/supplier/cases/" + legalCase.id + "/holds/{holdId})");
    }

    /** The DEVICE evidence item behind each device asked for, in the order asked; 422 names every misfit. */
    private Map<UUID, EvidenceItem> resolve(LegalCase legalCase, List<UUID> deviceIds, List<UUID> evidenceIds) {
        List<EvidenceItem> devices = evidence.list("caseId = ?1 and kind = ?2 order by id", legalCase.id, EvidenceKind.DEVICE);
        Map<UUID, EvidenceItem> byDevice = new LinkedHashMap<>();
        Map<UUID, EvidenceItem> byDeviceOfCase = new LinkedHashMap<>();
        for (EvidenceItem item : devices) {
            byDeviceOfCase.putIfAbsent(UUID.fromString(item.reference), item);
        }
        List<String> problems = new ArrayList<>();
        for (UUID deviceId : deviceIds) {
            EvidenceItem item = byDeviceOfCase.get(deviceId);
            if (item == null) {
                problems.add("device " + deviceId + " is not DEVICE evidence of case " + legalCase.number
                        + " (register it as evidence first)");
            } else {
                byDevice.putIfAbsent(deviceId, item);
            }
        }
        for (UUID evidenceId : evidenceIds) {
            EvidenceItem item = evidence.findById(evidenceId);
            if (item == null || !item.caseId.equals(legalCase.id)) {
                problems.add("evidence item " + evidenceId + " is not evidence of case " + legalCase.number);
            } else if (item.kind != EvidenceKind.DEVICE) {
                problems.add("evidence item " + evidenceId + " is " + item.kind + "; only DEVICE evidence can be held");
            } else {
                byDevice.putIfAbsent(UUID.fromString(item.reference), item);
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.unprocessable(deviceIds.isEmpty() ? "evidenceIds" : "deviceIds", String.join("; ", problems));
        }
        return byDevice;
    }

    private LegalCase requireCase(UUID caseId) {
        return cases.findByIdOptional(caseId).orElseThrow(() -> ApiException.notFound("Legal case", caseId));
    }

    private LegalHold require(LegalCase legalCase, UUID holdId) {
        return holds.findByIdOptional(holdId).filter(h -> h.caseId.equals(legalCase.id))
                .orElseThrow(() -> ApiException.notFound("Legal hold", holdId + " of case " + legalCase.number));
    }
}
