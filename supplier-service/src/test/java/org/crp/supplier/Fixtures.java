package org.crp.supplier;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;

/** Creates what a test needs through the API, with values no other test uses. */
public final class Fixtures {

    public static final String LEGAL = token("legal", "legal-counsel");
    public static final String ADMIN = token("admin", "admin");
    public static final String AUDITOR = token("auditor", "auditor");
    public static final String SERVICE = token("supplier-service", "service");
    public static final String PM = token("pm", "program-manager");
    public static final String SECURITY = token("security", "security-officer");

    private Fixtures() {
    }

    public static String createSupplier() {
        Map<String, Object> body = new HashMap<>();
        String number = "BRN-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        body.put("name", "Camera Maker " + number);
        body.put("registrationNumber", number);
        body.put("country", "CN");
        return given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> caseBody(String supplierId) {
        Map<String, Object> body = new HashMap<>();
        body.put("supplierId", supplierId);
        body.put("type", "FALSE_CERTIFICATION");
        return body;
    }

    public static String openCase(String supplierId) {
        return given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(caseBody(supplierId))
                .when().post("/api/supplier/cases")
                .then().statusCode(201).extract().path("id");
    }

    public static String openCase() {
        return openCase(createSupplier());
    }

    public static void moveCase(String caseId, String status) {
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "moving to " + status))
                .when().post("/api/supplier/cases/{id}/status", caseId)
                .then().statusCode(200);
    }
}
