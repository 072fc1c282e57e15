package org.crp.supplier.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.client.InventoryDtos.RiskReason;
import org.crp.supplier.finding.FindingRecorder.Candidate;
import org.crp.supplier.finding.FindingRecorder.DeviceRef;

/**
 * Turns inventory's risk reasons on a supplier's devices into findings, one per device and type:
 * ORIGIN_MISMATCH and RELABEL_SUSPECTED are an ORIGIN_MISREPRESENTATION, COVERED_MANUFACTURER is
 * COVERED_EQUIPMENT, FOREIGN_CALLBACK is an UNAUTHORIZED_DATA_TRANSFER; other reasons make no finding.
 */
public final class ScanRules {

    private ScanRules() {
    }

    public static FindingType typeOf(String riskCode) {
        if (riskCode == null) {
            return null;
        }
        return switch (riskCode) {
            case "ORIGIN_MISMATCH", "RELABEL_SUSPECTED" -> FindingType.ORIGIN_MISREPRESENTATION;
            case "COVERED_MANUFACTURER" -> FindingType.COVERED_EQUIPMENT;
            case "FOREIGN_CALLBACK" -> FindingType.UNAUTHORIZED_DATA_TRANSFER;
            default -> null;
        };
    }

    public static String subjectKey(UUID deviceId) {
        return "device:" + deviceId;
    }

    public static List<Candidate> candidates(UUID supplierId, List<InventoryDevice> devices) {
        List<Candidate> candidates = new ArrayList<>();
        for (InventoryDevice device : devices) {
            Map<FindingType, List<RiskReason>> byType = new LinkedHashMap<>();
            for (RiskReason reason : device.reasons()) {
                FindingType type = typeOf(reason.code());
                if (type != null) {
                    byType.computeIfAbsent(type, t -> new ArrayList<>()).add(reason);
                }
            }
            byType.forEach((type, reasons) -> {
                String why = String.join("; ", reasons.stream().map(r -> r.code() + ": " + r.detail()).toList());
                candidates.add(new Candidate(supplierId, type, FindingSource.SCAN, subjectKey(device.id()),
                        "Device " + device.serial() + " (" + nullToDash(device.declaredManufacturer()) + ", declared "
                                + nullToDash(device.declaredCountry()) + ", verified " + nullToDash(device.verifiedCountry())
                                + "): " + why,
                        null, null, List.of(new DeviceRef(device.id(), device.serial(), why)), List.of()));
            });
        }
        return candidates;
    }

    private static String nullToDash(String value) {
        return value == null ? "-" : value;
    }
}
