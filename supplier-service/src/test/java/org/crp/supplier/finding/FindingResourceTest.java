package org.crp.supplier.finding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.supplier.Fixtures;
import org.crp.supplier.testing.Db;
import org.crp.supplier.testing.InventoryStub;
import org.crp.supplier.testing.ReplacementStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
@QuarkusTestResource(ReplacementStub.class)
class FindingResourceTest {

    @Inject
    DataSource dataSource;

    static String evidence(String caseId) {
        return given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_LOG", "description", "capture of port 443 traffic"))
                .when().post("/api/supplier/cases/{id}/evidence", caseId)
                .then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> finding(List<String> evidenceIds, UUID... devices) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "UNAUTHORIZED_DATA_TRANSFER");
        body.put("summary", "footage uploaded to an overseas address");
        body.put("devices", java.util.Arrays.stream(devices)
                .map(d -> Map.of("deviceId", d.toString(), "serial", "SN-" + d.toString().substring(0, 6), "detail", "203.0.113.9"))
                .toList());
        body.put("evidenceIds", evidenceIds);
        return body;
    }

    @Test
    void aSecurityOfficerRecordsAFindingWithDevicesAndEvidence() {
        String supplier = Fixtures.createSupplier();
        String evidence = evidence(Fixtures.openCase(supplier));
        UUID device = UUID.randomUUID();
        var created = given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(evidence), device))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(201)
                .body("type", equalTo("UNAUTHORIZED_DATA_TRANSFER"), "source", equalTo("MANUAL"),
                        "recordedBy", equalTo("security"), "devices[0].deviceId", equalTo(device.toString()),
                        "evidenceIds", contains(evidence), "subjectKey", containsString("manual:"))
                .extract();
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/supplier/findings/" + id));
        given().auth().oauth2(AUDITOR).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(id), "devices[0].detail", equalTo("203.0.113.9"));
        // a manual finding is a new one each time: two reports about the same device are two findings
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(finding(List.of(), device))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier).then().statusCode(201);
        given().auth().oauth2(SERVICE).queryParam("source", "MANUAL").queryParam("type", "UNAUTHORIZED_DATA_TRANSFER")
                .queryParam("total", true)
                .when().get("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(200).body("total", equalTo(2), "items[0].id", equalTo(id));
        given().auth().oauth2(LEGAL).queryParam("type", "COVERED_EQUIPMENT")
                .when().get("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(200).body("items", hasSize(0));
    }

    /** A manual finding's subject is the finding itself: the id in manual:<id> is the one GET /findings/<id> reads. */
    @Test
    void aManualFindingsSubjectKeyNamesItsOwnId() {
        String supplier = Fixtures.createSupplier();
        var created = given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(), UUID.randomUUID()))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(201).extract().jsonPath();
        String id = created.getString("id");
        assertEquals("manual:" + id, created.getString("subjectKey"));
        String subject = created.getString("subjectKey").substring("manual:".length());
        given().auth().oauth2(AUDITOR).when().get("/api/supplier/findings/{id}", subject)
                .then().statusCode(200).body("id", equalTo(id), "subjectKey", equalTo("manual:" + id));
    }

    @Test
    void evidenceOfAnotherSuppliersCaseIs422AndNothingIsWritten() {
        String supplier = Fixtures.createSupplier();
        String foreignEvidence = evidence(Fixtures.openCase());
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(foreignEvidence), UUID.randomUUID()))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("evidenceIds"), "detail", containsString(foreignEvidence));
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(unknown)))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(422).body("detail", containsString(unknown));
        assertEquals(0, Db.findings(dataSource, supplier));
    }

    /** As DEVICE evidence (and so a hold) must: a finding names cameras inventory has, each misfit by its place. */
    @Test
    void aDeviceInventoryDoesNotHaveIs422NamingItsPlaceAndNothingIsWritten() {
        String supplier = Fixtures.createSupplier();
        UUID known = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        UUID alsoUnknown = UUID.randomUUID();
        for (UUID missing : List.of(unknown, alsoUnknown)) {
            InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices/" + missing)).atPriority(1)
                    .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"status\":404,\"detail\":\"Device " + missing + " does not exist\"}")));
        }
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(), unknown))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("devices[0].deviceId"),
                        "detail", equalTo("devices[0].deviceId: inventory has no device " + unknown));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(), known, unknown, alsoUnknown))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(422)
                .body("errors.field", contains("devices[1].deviceId", "devices[2].deviceId"),
                        "detail", containsString("inventory has no device " + alsoUnknown));
        UUID away = UUID.randomUUID();
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices/" + away)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(), away))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(503).contentType("application/problem+json");
        assertEquals(0, Db.findings(dataSource, supplier));
        // the supplier is checked first: an unknown one is 404 whatever the devices
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(), unknown))
                .when().post("/api/supplier/suppliers/{id}/findings", UUID.randomUUID())
                .then().statusCode(404);
    }

    @Test
    void badFindingsAre400() {
        String supplier = Fixtures.createSupplier();
        Map<String, Object> unknownType = finding(List.of());
        unknownType.put("type", "BRIBERY");
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(unknownType)
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("type"));
        Map<String, Object> noSummary = finding(List.of());
        noSummary.put("summary", " ");
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(noSummary)
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(400).body("errors.field", hasItem("summary"));
        UUID device = UUID.randomUUID();
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of(), device, device))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(400).body("errors.field", hasItem("devices"), "detail", containsString(device.toString()));
        Map<String, Object> noDeviceId = finding(List.of());
        noDeviceId.put("devices", List.of(Map.of("serial", "X")));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(noDeviceId)
                .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(400).body("errors.field", hasItem(endsWith("deviceId")));
        assertEquals(0, Db.findings(dataSource, supplier));

        given().auth().oauth2(LEGAL).queryParam("type", "BRIBERY").when().get("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(400).body("errors[0].field", equalTo("type"), "detail", containsString("BRIBERY"));
        given().auth().oauth2(LEGAL).queryParam("deliveryId", "not-a-uuid")
                .when().get("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(400).body("errors[0].field", equalTo("deliveryId"));
    }

    @Test
    void unknownSupplierOrFindingIs404() {
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(finding(List.of()))
                .when().post("/api/supplier/suppliers/{id}/findings", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}/findings", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/findings/{id}", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void programManagersSeeNoFindingsAndOnlySecurityCounselAndAdminsRecordThem() {
        String supplier = Fixtures.createSupplier();
        for (String wrong : List.of(AUDITOR, PM, SERVICE)) {
            given().auth().oauth2(wrong).contentType(ContentType.JSON).body(finding(List.of()))
                    .when().post("/api/supplier/suppliers/{id}/findings", supplier)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(finding(List.of()))
                .when().post("/api/supplier/suppliers/{id}/findings", supplier).then().statusCode(201).extract().path("id");
        given().auth().oauth2(PM).when().get("/api/supplier/suppliers/{id}/findings", supplier).then().statusCode(403);
        given().auth().oauth2(PM).when().get("/api/supplier/findings/{id}", id).then().statusCode(403);
    }
}
