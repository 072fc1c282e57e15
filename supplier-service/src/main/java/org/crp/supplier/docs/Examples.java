package org.crp.supplier.docs;

/** JSON examples for the OpenAPI document, kept in one place so the same ids tell one story. */
public final class Examples {
    private Examples() {
    }

    public static final String SUPPLIER_ID = "0190f59e-0000-7abc-8def-0123456789ab";
    public static final String CASE_ID = "0190f5a0-2222-7abc-8def-0123456789ab";
    public static final String DEVICE_ID = "0190f5b2-7c1e-7a3d-9f10-3b2c4d5e6f70";
    public static final String EVIDENCE_ID = "0190f5a9-3333-7abc-8def-0123456789ab";

    public static final String HOLD = "{\"id\": \"0190f5b4-1111-7abc-8def-0123456789ab\", \"caseId\": \"" + CASE_ID + "\", "
            + "\"caseNumber\": \"LC-2026-00001\", \"evidenceId\": \"" + EVIDENCE_ID + "\", \"deviceId\": \"" + DEVICE_ID + "\", "
            + "\"reason\": \"Preserve the camera for forensic examination\", \"status\": \"ACTIVE\", \"delivery\": \"DELIVERED\", "
            + "\"attempts\": 1, \"lastError\": null, \"deliveredAt\": \"2026-03-02T09:15:01Z\", "
            + "\"placedAt\": \"2026-03-02T09:15:00Z\", \"placedBy\": \"counsel.lee\", \"releasedAt\": null, "
            + "\"releasedBy\": null, \"version\": 1}";

    public static final String RELEASED_HOLD = "{\"id\": \"0190f5b4-1111-7abc-8def-0123456789ab\", \"caseId\": \"" + CASE_ID
            + "\", \"caseNumber\": \"LC-2026-00001\", \"evidenceId\": \"" + EVIDENCE_ID + "\", \"deviceId\": \"" + DEVICE_ID
            + "\", \"reason\": \"Preserve the camera for forensic examination\", \"status\": \"RELEASED\", "
            + "\"delivery\": \"PENDING\", \"attempts\": 0, \"lastError\": null, \"deliveredAt\": null, "
            + "\"placedAt\": \"2026-03-02T09:15:00Z\", \"placedBy\": \"counsel.lee\", "
            + "\"releasedAt\": \"2026-09-14T16:40:00Z\", \"releasedBy\": \"counsel.lee\", \"version\": 3}";
}
