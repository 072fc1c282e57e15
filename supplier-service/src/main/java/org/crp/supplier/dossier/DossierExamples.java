package org.crp.supplier.dossier;

import org.crp.supplier.docs.Examples;

final class DossierExamples {
    private DossierExamples() {
    }

    static final String DOSSIER = "{\"caseId\": \"" + Examples.CASE_ID + "\", \"caseNumber\": \"LC-2026-00001\", "
            + "\"generatedAt\": \"2026-09-20T10:00:00Z\", \"generatedBy\": \"counsel.lee\", \"sections\": {"
            + "\"summary\": {\"legalCase\": {\"id\": \"" + Examples.CASE_ID + "\", \"number\": \"LC-2026-00001\", "
            + "\"type\": \"FALSE_CERTIFICATION\", \"status\": \"FILED\"}, \"supplier\": {\"id\": \"" + Examples.SUPPLIER_ID
            + "\", \"name\": \"Shenzhen Optics Ltd\", \"registrationNumber\": \"BRN-4411\", \"country\": \"CN\"}}, "
            + "\"timeline\": [{\"kind\": \"FILING\", \"occurredAt\": \"2026-04-01T09:00:00Z\", \"text\": \"Complaint filed\"}], "
            + "\"deadlines\": [{\"kind\": \"HEARING\", \"dueDate\": \"2026-10-12\", \"status\": \"OPEN\"}], "
            + "\"evidence\": [{\"item\": {\"id\": \"" + Examples.EVIDENCE_ID + "\", \"kind\": \"DEVICE\", "
            + "\"description\": \"Lobby camera\", \"reference\": \"" + Examples.DEVICE_ID + "\"}, \"custody\": [{\"position\": 1, "
            + "\"action\": \"COLLECTED\", \"actor\": \"counsel.lee\", \"location\": \"Site HQ\"}], "
            + "\"verification\": {\"intact\": true, \"entries\": 1}}], "
            + "\"holds\": [" + Examples.HOLD + "]}}";
}
