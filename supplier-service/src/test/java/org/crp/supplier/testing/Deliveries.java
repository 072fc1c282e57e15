package org.crp.supplier.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Request bodies for deliveries and certificates, with values no other test uses. */
public final class Deliveries {

    private Deliveries() {
    }

    public static final String HASH = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    public static Map<String, Object> certificate(String number, String claimedOrigin) {
        Map<String, Object> cert = new HashMap<>();
        cert.put("issuer", "Korea Chamber of Commerce");
        cert.put("number", number);
        cert.put("issueDate", "2025-03-02");
        if (claimedOrigin != null) {
            cert.put("claimedOrigin", claimedOrigin);
        }
        cert.put("documentSha256", HASH);
        return cert;
    }

    public static Map<String, Object> delivery(List<String> serials, List<Map<String, Object>> certificates) {
        Map<String, Object> body = new HashMap<>();
        body.put("contractNumber", "MOIS-2025-CCTV-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("deliveryDate", "2025-03-10");
        body.put("declaredOrigin", "KR");
        body.put("serials", serials);
        body.put("certificates", certificates);
        return body;
    }

    public static List<String> serials(int n) {
        String prefix = "SN-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<String> serials = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            serials.add(prefix + i);
        }
        return serials;
    }
}
