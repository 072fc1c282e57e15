package org.crp.inventory.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.validation.CountryCode;
import org.crp.common.web.Actor;
import org.crp.inventory.device.Device;
import org.crp.inventory.device.DeviceService;
import org.crp.inventory.history.History;
import org.crp.inventory.risk.RiskService;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Records inspections; each sets the device's verified maker and origin and re-scores it. */
@ApplicationScoped
public class InspectionService implements PanacheRepositoryBase<Inspection, UUID> {

    public record InspectionRequest(
            @NotNull Inspection.Kind kind,
            @NotBlank @Size(max = 200) String inspector,
            @NotNull @PastOrPresent LocalDate inspectedOn,
            @NotBlank @Size(max = 100) String verifiedManufacturer,
            @NotNull @CountryCode String verifiedCountry,
            @Size(max = 4000) String notes,
            @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the 64 hex digits of a SHA-256 digest") String reportSha256) {
    }

    public record InspectionView(UUID id, UUID deviceId, Inspection.Kind kind, String inspector, LocalDate inspectedOn,
            String verifiedManufacturer, String verifiedCountry, String notes, String reportSha256, String recordedBy,
            Instant createdAt) {
        static InspectionView of(Inspection i) {
            return new InspectionView(i.id, i.deviceId, i.kind, i.inspector, i.inspectedOn, i.verifiedManufacturer,
                    i.verifiedCountry, i.notes, i.reportSha256, i.recordedBy, i.createdAt);
        }
    }

    private final DeviceService devices;
    private final RiskService risk;
    private final History history;
    private final Actor actor;

    InspectionService(DeviceService devices, RiskService risk, History history, Actor actor) {
        this.devices = devices;
        this.risk = risk;
        this.history = history;
        this.actor = actor;
    }

    @Transactional
    public InspectionView record(UUID deviceId, InspectionRequest request) {
        Device device = devices.require(deviceId);
        Inspection inspection = new Inspection();
        inspection.deviceId = deviceId;
        inspection.kind = request.kind();
        inspection.inspector = request.inspector().strip();
        inspection.inspectedOn = request.inspectedOn();
        inspection.verifiedManufacturer = request.verifiedManufacturer().strip();
        inspection.verifiedCountry = request.verifiedCountry();
        inspection.notes = request.notes();
        inspection.reportSha256 = request.reportSha256() == null ? null : request.reportSha256().toLowerCase();
        inspection.recordedBy = actor.subject();
        persist(inspection);
        history.record(History.DEVICE, deviceId, "INSPECTED", Map.of("inspectionId", inspection.id.toString(),
                "verifiedManufacturer", Map.of("from", String.valueOf(device.verifiedManufacturer), "to", inspection.verifiedManufacturer),
                "verifiedCountry", Map.of("from", String.valueOf(device.verifiedCountry), "to", inspection.verifiedCountry)));
        device.verifiedManufacturer = inspection.verifiedManufacturer;
        device.verifiedCountry = inspection.verifiedCountry;
        risk.rescore(device);
        flush();
        return InspectionView.of(inspection);
    }

    @Transactional
    public Page<InspectionView> of(UUID deviceId, PageRequest page) {
        devices.require(deviceId);
        return Paging.page(this, new Filter().eq("deviceId", deviceId), page, i -> i.id, InspectionView::of);
    }
}
