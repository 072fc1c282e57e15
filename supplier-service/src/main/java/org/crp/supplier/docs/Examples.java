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

    public static final String SUPPLIER_REQUEST = "{\"name\": \"Shenzhen Optics Ltd\", \"registrationNumber\": \"BRN-4411\", \"country\": \"CN\"}";

    public static final String SUPPLIER_STATUS_CHANGE = "{\"status\": \"UNDER_INVESTIGATION\", \"reason\": \"Certificates of origin contradict the devices' verified origin\"}";

    public static final String SUPPLIER = "{\"id\": \"" + SUPPLIER_ID + "\", \"name\": \"Shenzhen Optics Ltd\", \"registrationNumber\": \"BRN-4411\", \"country\": \"CN\", \"status\": \"UNDER_INVESTIGATION\", \"statusReason\": \"Certificates of origin contradict the devices' verified origin\", \"statusChangedAt\": \"2026-02-10T08:00:00Z\", \"createdAt\": \"2026-01-05T10:00:00Z\", \"updatedAt\": \"2026-02-10T08:00:00Z\", \"version\": 1}";

    public static final String CASE_REQUEST = "{\"supplierId\": \"" + SUPPLIER_ID + "\", \"type\": \"FALSE_CERTIFICATION\", \"counsel\": \"counsel.lee\", \"court\": \"District Court\", \"courtReference\": \"DC-2026-118\", \"claimedAmount\": 1250000.00, \"currency\": \"EUR\"}";

    public static final String CASE_UPDATE = "{\"type\": \"FRAUD\", \"counsel\": \"counsel.lee\", \"court\": \"District Court\", \"courtReference\": \"DC-2026-118\", \"claimedAmount\": 1400000.00, \"awardedAmount\": null, \"currency\": \"EUR\"}";

    public static final String CASE_STATUS_CHANGE = "{\"status\": \"FILED\", \"reason\": \"Complaint filed with the district court\"}";

    public static final String CASE = "{\"id\": \"" + CASE_ID + "\", \"number\": \"LC-2026-00001\", \"supplierId\": \"" + SUPPLIER_ID + "\", \"type\": \"FALSE_CERTIFICATION\", \"status\": \"FILED\", \"counsel\": \"counsel.lee\", \"court\": \"District Court\", \"courtReference\": \"DC-2026-118\", \"claimedAmount\": 1250000.00, \"awardedAmount\": null, \"currency\": \"EUR\", \"statusChangedAt\": \"2026-04-01T09:00:00Z\", \"createdAt\": \"2026-03-01T09:00:00Z\", \"updatedAt\": \"2026-04-01T09:00:00Z\", \"version\": 3}";

    public static final String CASE_SUMMARY = "{\"byStatus\": {\"OPEN\": 4, \"INVESTIGATING\": 2, \"FILED\": 1, \"IN_LITIGATION\": 1, \"SETTLED\": 0, \"JUDGMENT\": 0, \"DISMISSED\": 0, \"CLOSED\": 3}, \"total\": 11}";

    public static final String EVENT_REQUEST = "{\"kind\": \"HEARING\", \"occurredAt\": \"2026-05-12T09:30:00Z\", \"text\": \"First hearing; the court set a schedule for discovery\"}";

    public static final String EVENT = "{\"id\": \"0190f5a5-4444-7abc-8def-0123456789ab\", \"caseId\": \"" + CASE_ID + "\", \"kind\": \"HEARING\", \"occurredAt\": \"2026-05-12T09:30:00Z\", \"text\": \"First hearing; the court set a schedule for discovery\", \"author\": \"counsel.lee\", \"requestId\": \"6f1c0c1e-2d1b-4f2e-9b8a-0a1b2c3d4e5f\", \"createdAt\": \"2026-05-12T11:02:00Z\"}";

    public static final String DEADLINE_REQUEST = "{\"kind\": \"FILING\", \"dueDate\": \"2026-06-30\", \"description\": \"File the expert report on device origin\"}";

    public static final String DEADLINE = "{\"id\": \"0190f5a6-5555-7abc-8def-0123456789ab\", \"caseId\": \"" + CASE_ID + "\", \"kind\": \"FILING\", \"dueDate\": \"2026-06-30\", \"status\": \"OPEN\", \"description\": \"File the expert report on device origin\", \"metAt\": null, \"missedAt\": null, \"vacatedAt\": null, \"createdAt\": \"2026-05-12T11:05:00Z\", \"updatedAt\": \"2026-05-12T11:05:00Z\", \"version\": 0}";
    public static final String DEADLINE_SUMMARY = "{\"withinDays\": 30, \"from\": \"2026-05-12\", \"until\": \"2026-06-11\", \"total\": 4}";

    public static final String EVIDENCE_REQUEST = "{\"kind\": \"DEVICE\", \"description\": \"Lobby camera seized at site HQ\", \"reference\": \"" + DEVICE_ID + "\"}";

    public static final String EVIDENCE = "{\"id\": \"" + EVIDENCE_ID + "\", \"caseId\": \"" + CASE_ID + "\", \"kind\": \"DEVICE\", \"description\": \"Lobby camera seized at site HQ\", \"reference\": \"" + DEVICE_ID + "\", \"createdAt\": \"2026-03-02T09:00:00Z\"}";

    public static final String CUSTODY_REQUEST = "{\"action\": \"TRANSFERRED\", \"location\": \"Forensic lab, room 2\", \"note\": \"Sealed bag 4471\"}";

    public static final String CUSTODY = "{\"id\": \"0190f5a7-6666-7abc-8def-0123456789ab\", \"evidenceId\": \"" + EVIDENCE_ID + "\", \"position\": 2, \"actor\": \"counsel.lee\", \"at\": \"2026-03-03T14:00:00Z\", \"action\": \"TRANSFERRED\", \"location\": \"Forensic lab, room 2\", \"note\": \"Sealed bag 4471\", \"requestId\": \"6f1c0c1e-2d1b-4f2e-9b8a-0a1b2c3d4e5f\", \"previousHash\": \"3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b\", \"hash\": \"b5bb9d8014a0f9b1d61e21e796d78dccdf1352f23cd32812f4850b878ae4944c\"}";

    public static final String VERIFICATION = "{\"intact\": false, \"entries\": 3, \"brokenEntryId\": \"0190f5a7-6666-7abc-8def-0123456789ab\", \"brokenPosition\": 2, \"reason\": \"its fields do not match its hash: the entry was changed after it was written\"}";
}
