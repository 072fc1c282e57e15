package org.crp.supplier.delivery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.delivery.DeliveryDtos.CertificateView;
import org.crp.supplier.delivery.DeliveryDtos.Contradiction;
import org.crp.supplier.delivery.DeliveryDtos.DeliveryView;
import org.crp.supplier.finding.FindingRecorder.Candidate;
import org.crp.supplier.finding.FindingRecorder.DeviceRef;
import org.crp.supplier.finding.FindingSource;
import org.crp.supplier.finding.FindingType;

/**
 * Compares a delivery's certificates of origin with inventory's verified origin of the delivered devices.
 * A certificate contradicts a device when inventory has verified the device's origin (an inspection) and it
 * differs from the origin the certificate claims; devices not verified yet contradict nothing. Each
 * contradicted certificate becomes one FALSIFIED_DOCUMENT finding keyed by the certificate, with the
 * contradicting devices behind it.
 */
public final class CertificateCheck {

    public record Evaluation(int devicesFound, int devicesVerified, List<String> unknownSerials,
            List<String> unverifiedSerials, List<Contradiction> contradictions, List<Candidate> candidates) {
    }

    private CertificateCheck() {
    }

    public static Evaluation evaluate(DeliveryView delivery, List<InventoryDevice> devices) {
        Map<String, InventoryDevice> bySerial = new HashMap<>();
        for (InventoryDevice device : devices) {
            if (device.serial() != null) {
                bySerial.putIfAbsent(device.serial(), device);
            }
        }
        List<String> unknown = new ArrayList<>();
        List<String> unverified = new ArrayList<>();
        List<InventoryDevice> verified = new ArrayList<>();
        int found = 0;
        for (String serial : delivery.serials()) {
            InventoryDevice device = bySerial.get(serial);
            if (device != null) {
                found++;
            }
            if (device == null) {
                unknown.add(serial);
            } else if (device.verifiedCountry() == null || device.verifiedCountry().isBlank()) {
                unverified.add(serial);
            } else {
                verified.add(device);
            }
        }
        List<Contradiction> contradictions = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (CertificateView certificate : delivery.certificates()) {
            List<InventoryDevice> against = verified.stream()
                    .filter(d -> !d.verifiedCountry().toUpperCase(Locale.ROOT).equals(certificate.claimedOrigin()))
                    .toList();
            if (against.isEmpty()) {
                continue;
            }
            against.forEach(d -> contradictions.add(new Contradiction(certificate.id(), certificate.number(),
                    certificate.claimedOrigin(), d.id(), d.serial(), d.verifiedCountry())));
            candidates.add(new Candidate(delivery.supplierId(), FindingType.FALSIFIED_DOCUMENT, FindingSource.DELIVERY_CHECK,
                    subjectKey(certificate.id()), summary(delivery, certificate, against, verified.size()), delivery.id(),
                    certificate.id(),
                    against.stream().map(d -> new DeviceRef(d.id(), d.serial(), "certificate " + certificate.number()
                            + " claims origin " + certificate.claimedOrigin() + "; inspection verified "
                            + d.verifiedCountry())).toList(),
                    List.of()));
        }
        return new Evaluation(found, verified.size(), unknown, unverified, contradictions, candidates);
    }

    public static String subjectKey(UUID certificateId) {
        return "certificate:" + certificateId;
    }

    private static String summary(DeliveryView delivery, CertificateView certificate, List<InventoryDevice> against,
            int verified) {
        Map<String, Long> origins = against.stream().collect(Collectors.groupingBy(d -> d.verifiedCountry().toUpperCase(Locale.ROOT),
                LinkedHashMap::new, Collectors.counting()));
        return "Certificate of origin " + certificate.number() + " issued by " + certificate.issuer() + " on "
                + certificate.issueDate() + " claims origin " + certificate.claimedOrigin() + " for the delivery of "
                + delivery.deliveryDate() + " under contract " + delivery.contractNumber() + "; inspection verified another "
                + "origin for " + against.size() + " of the " + verified + " verified devices: " + origins;
    }
}
