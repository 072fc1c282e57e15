package org.crp.supplier.finding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.supplier.client.Inventory;
import org.crp.supplier.finding.FindingDtos.DeviceInput;
import org.crp.supplier.finding.FindingDtos.FindingRequest;
import org.crp.supplier.finding.FindingDtos.FindingView;
import org.crp.supplier.finding.FindingRecorder.Candidate;
import org.crp.supplier.finding.FindingRecorder.DeviceRef;
import org.crp.supplier.supplier.SupplierService;

import io.quarkus.narayana.jta.QuarkusTransaction;

@ApplicationScoped
public class FindingService {

    private final FindingRepository findings;
    private final FindingRecorder recorder;
    private final SupplierService suppliers;
    private final Inventory inventory;

    FindingService(FindingRepository findings, FindingRecorder recorder, SupplierService suppliers, Inventory inventory) {
        this.findings = findings;
        this.recorder = recorder;
        this.suppliers = suppliers;
        this.inventory = inventory;
    }

    /**
     * A finding recorded by hand: always a new one (its subject is its own id). Its devices must be cameras inventory
     * has, as DEVICE evidence must, and its evidence must be of this supplier's cases. Inventory is asked outside any
     * transaction (as evidence does), after the supplier is checked.
     */
    public FindingView create(UUID supplierId, FindingRequest request) {
        List<DeviceInput> devices = request.devices() == null ? List.of() : request.devices();
        Set<UUID> deviceIds = new LinkedHashSet<>();
        for (DeviceInput device : devices) {
            if (!deviceIds.add(device.deviceId())) {
                throw ApiException.badRequest("devices", "device " + device.deviceId() + " is listed twice");
            }
        }
        QuarkusTransaction.requiringNew().run(() -> requireSupplier(supplierId));
        requireDevices(devices);
        return QuarkusTransaction.requiringNew().call(() -> record(supplierId, request, devices));
    }

    private FindingView record(UUID supplierId, FindingRequest request, List<DeviceInput> devices) {
        requireSupplier(supplierId);
        List<UUID> evidenceIds = request.evidenceIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.evidenceIds()));
        if (!evidenceIds.isEmpty()) {
            List<UUID> ofSupplier = findings.getEntityManager().createQuery("select e.id from EvidenceItem e, LegalCase c "
                    + "where c.id = e.caseId and c.supplierId = :supplier and e.id in :ids", UUID.class)
                    .setParameter("supplier", supplierId).setParameter("ids", evidenceIds).getResultList();
            List<UUID> foreign = new ArrayList<>(evidenceIds);
            foreign.removeAll(ofSupplier);
            if (!foreign.isEmpty()) {
                throw ApiException.unprocessable("evidenceIds", "not evidence of a case against supplier " + supplierId + ": "
                        + foreign);
            }
        }
        UUID id = FindingRecorder.uuidV7();
        FindingRecorder.Outcome outcome = recorder.record(id, new Candidate(supplierId, request.type(), FindingSource.MANUAL,
                "manual:" + id, request.summary().strip(), null, null,
                devices.stream().map(d -> new DeviceRef(d.deviceId(), blankToNull(d.serial()), blankToNull(d.detail()))).toList(),
                evidenceIds));
        return FindingView.of(findings.findById(outcome.findingId()));
    }

    /** 422 naming every listed device inventory does not have; 503 when inventory cannot say. */
    private void requireDevices(List<DeviceInput> devices) {
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            UUID deviceId = devices.get(i).deviceId();
            if (!Inventory.hasDevice(inventory, deviceId)) {
                unknown.add(new Problem.FieldError("devices[" + i + "].deviceId", "inventory has no device " + deviceId));
            }
        }
        if (!unknown.isEmpty()) {
            throw new ApiException(422, "unprocessable", "Request cannot be processed",
                    unknown.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; ")), unknown);
        }
    }

    @Transactional
    public FindingView get(UUID id) {
        return FindingView.of(findings.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Finding", id)));
    }

    @Transactional
    public Page<FindingView> list(UUID supplierId, List<FindingType> types, List<FindingSource> sources,
            List<UUID> deliveryIds, PageRequest page) {
        requireSupplier(supplierId);
        Filter filter = new Filter().eq("supplierId", supplierId).in("type", types).in("source", sources)
                .in("deliveryId", deliveryIds);
        return Paging.page(findings, filter, page, f -> f.id, FindingView::of);
    }

    /** Every finding against a supplier, oldest first (a case dossier lists them all). */
    @Transactional
    public List<FindingView> all(UUID supplierId) {
        return findings.list("supplierId = ?1 order by id", supplierId).stream().map(FindingView::of).toList();
    }

    private void requireSupplier(UUID supplierId) {
        if (!suppliers.exists(supplierId)) {
            throw ApiException.notFound("Supplier", supplierId);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
