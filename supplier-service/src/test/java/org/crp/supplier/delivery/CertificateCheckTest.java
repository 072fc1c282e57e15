package org.crp.supplier.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.delivery.CertificateCheck.Evaluation;
import org.crp.supplier.delivery.DeliveryDtos.CertificateView;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.crp.supplier.finding.FindingType;
import org.junit.jupiter.api.Test;

class CertificateCheckTest {

    static final UUID DELIVERY = UUID.randomUUID();

    static CertificateView certificate(String number, String origin) {
        return new CertificateView(UUID.randomUUID(), DELIVERY, "Chamber", number, LocalDate.of(2025, 3, 1), origin,
                "0".repeat(64), Instant.now());
    }

    static DeliveryView delivery(List<String> serials, List<CertificateView> certificates) {
        return new DeliveryView(DELIVERY, UUID.randomUUID(), "C-1", LocalDate.of(2025, 3, 10), "KR", serials, certificates,
                null, Instant.now(), 0);
    }

    static InventoryDevice device(String serial, String verified) {
        return new InventoryDevice(UUID.randomUUID(), serial, null, "Hanbit", "KR", null, verified, "ACTIVE", 0, "LOW", null);
    }

    @Test
    void onlyVerifiedDevicesThatDifferFromTheClaimContradictIt() {
        CertificateView korean = certificate("K-1", "KR");
        Evaluation evaluation = CertificateCheck.evaluate(delivery(List.of("A", "B", "C", "D"), List.of(korean)),
                List.of(device("A", "cn"), device("B", "KR"), device("C", null), device("Z", "CN")));
        assertEquals(3, evaluation.devicesFound(), "a device that was not delivered is ignored for the serial lists");
        assertEquals(2, evaluation.devicesVerified());
        assertEquals(List.of("D"), evaluation.unknownSerials());
        assertEquals(List.of("C"), evaluation.unverifiedSerials());
        assertEquals(1, evaluation.contradictions().size());
        assertEquals("A", evaluation.contradictions().get(0).serial());
        assertEquals(1, evaluation.candidates().size());
        var candidate = evaluation.candidates().get(0);
        assertEquals(FindingType.FALSIFIED_DOCUMENT, candidate.type());
        assertEquals("certificate:" + korean.id(), candidate.subjectKey());
        assertEquals(korean.id(), candidate.certificateId());
        assertTrue(candidate.summary().contains("K-1") && candidate.summary().contains("claims origin KR"));
    }

    @Test
    void matchingCertificatesAndUninspectedDevicesMakeNoFinding() {
        Evaluation evaluation = CertificateCheck.evaluate(delivery(List.of("A", "B"), List.of(certificate("K-2", "KR"))),
                List.of(device("A", "KR"), device("B", null)));
        assertTrue(evaluation.contradictions().isEmpty());
        assertTrue(evaluation.candidates().isEmpty());
        assertTrue(CertificateCheck.evaluate(delivery(List.of("A"), List.of()), List.of(device("A", "CN"))).candidates().isEmpty(),
                "a delivery without certificates has nothing to falsify");
    }
}
