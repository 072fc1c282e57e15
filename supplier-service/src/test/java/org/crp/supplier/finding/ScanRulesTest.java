package org.crp.supplier.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.client.InventoryDtos.RiskReason;
import org.crp.supplier.finding.FindingRecorder.Candidate;
import org.junit.jupiter.api.Test;

class ScanRulesTest {

    static InventoryDevice device(UUID id, String... codes) {
        return new InventoryDevice(id, "SN-1", null, "Hanbit", "KR", "Shenzhen", "CN", "FLAGGED", 80, "HIGH",
                java.util.Arrays.stream(codes).map(c -> new RiskReason(c, 10, "because " + c)).toList());
    }

    @Test
    void riskCodesMapToFindingTypes() {
        assertEquals(FindingType.ORIGIN_MISREPRESENTATION, ScanRules.typeOf("ORIGIN_MISMATCH"));
        assertEquals(FindingType.ORIGIN_MISREPRESENTATION, ScanRules.typeOf("RELABEL_SUSPECTED"));
        assertEquals(FindingType.COVERED_EQUIPMENT, ScanRules.typeOf("COVERED_MANUFACTURER"));
        assertEquals(FindingType.UNAUTHORIZED_DATA_TRANSFER, ScanRules.typeOf("FOREIGN_CALLBACK"));
        assertNull(ScanRules.typeOf("WEAK_PASSWORD"));
        assertNull(ScanRules.typeOf(null));
    }

    @Test
    void oneFindingPerDeviceAndTypeWithEveryReasonInIt() {
        UUID supplier = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        List<Candidate> candidates = ScanRules.candidates(supplier,
                List.of(device(id, "ORIGIN_MISMATCH", "RELABEL_SUSPECTED", "FOREIGN_CALLBACK", "UNKNOWN")));
        assertEquals(2, candidates.size());
        Candidate origin = candidates.get(0);
        assertEquals(FindingType.ORIGIN_MISREPRESENTATION, origin.type());
        assertEquals("device:" + id, origin.subjectKey());
        assertEquals(FindingSource.SCAN, origin.source());
        assertTrue(origin.summary().contains("ORIGIN_MISMATCH") && origin.summary().contains("RELABEL_SUSPECTED"));
        assertEquals(id, origin.devices().get(0).deviceId());
        assertEquals(FindingType.UNAUTHORIZED_DATA_TRANSFER, candidates.get(1).type());
        assertTrue(ScanRules.candidates(supplier, List.of(device(id))).isEmpty(), "no reasons, no finding");
    }
}
