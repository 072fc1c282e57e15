package org.crp.supplier.evidence;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.Fixtures.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.supplier.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class EvidenceResourceTest {

    static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    @Inject
    DataSource dataSource;

    static Map<String, Object> item(String kind, String reference) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("description", "Certificate of origin for delivery 7");
        body.put("reference", reference);
        return body;
    }

    static ValidatableResponse create(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/evidence", caseId).then();
    }

    static ValidatableResponse append(String token, String caseId, String evidenceId, String action, String location, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("action", action);
        body.put("location", location);
        body.put("note", note);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/evidence/{e}/custody", caseId, evidenceId).then();
    }

    static JsonPath verify(String caseId, String evidenceId) {
        return given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/evidence/{e}/custody/verify", caseId, evidenceId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** A case, a document and a chain of three custody entries; returns case id, evidence id and the entry ids. */
    static List<String> chainOfThree() {
        String caseId = openCase();
        String evidenceId = create(LEGAL, caseId, item("DOCUMENT", SHA)).statusCode(201).extract().path("id");
        String first = append(LEGAL, caseId, evidenceId, "COLLECTED", "Supplier office, Busan", "seized under warrant 12")
                .statusCode(201).extract().path("id");
        String second = append(ADMIN, caseId, evidenceId, "TRANSFERRED", "Courier to Seoul", null)
                .statusCode(201).extract().path("id");
        String third = append(LEGAL, caseId, evidenceId, "STORED", "Evidence vault B2", "shelf 4")
                .statusCode(201).extract().path("id");
        return List.of(caseId, evidenceId, first, second, third);
    }

    @Test
    void counselRegistersEvidenceOfEachKind() {
        String caseId = openCase();
        String deviceId = UUID.randomUUID().toString();
        var created = create(LEGAL, caseId, item("DEVICE", deviceId.toUpperCase())).statusCode(201)
                .header("Location", containsString("/evidence/"))
                .body("kind", equalTo("DEVICE"), "reference", equalTo(deviceId), "caseId", equalTo(caseId))
                .extract();
        create(ADMIN, caseId, item("DOCUMENT", SHA)).statusCode(201).body("reference", equalTo(SHA.toLowerCase()));
        create(LEGAL, caseId, item("INSPECTION_REPORT", "INSP-2026-004")).statusCode(201);
        create(LEGAL, caseId, item("NETWORK_LOG", null)).statusCode(201).body("reference", nullValue());

        given().auth().oauth2(SERVICE).when().get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(created.path("id")));
        given().auth().oauth2(AUDITOR).queryParam("total", true).when().get("/api/supplier/cases/{id}/evidence", caseId)
                .then().statusCode(200).body("total", equalTo(4),
                        "items.kind", contains("DEVICE", "DOCUMENT", "INSPECTION_REPORT", "NETWORK_LOG"));
        given().auth().oauth2(AUDITOR).queryParam("kind", "DOCUMENT").when().get("/api/supplier/cases/{id}/evidence", caseId)
                .then().statusCode(200).body("items.kind", contains("DOCUMENT"));
    }

    /** A hold placed on such an item would fail later in inventory; the mistake is caught where it is made. */
    @Test
    void deviceEvidenceNamesADeviceInventoryHasElse422AndNothingIsStored() {
        String caseId = openCase();
        String unknown = UUID.randomUUID().toString();
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices/" + unknown)).atPriority(1)
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":404,\"detail\":\"Device " + unknown + " does not exist\"}")));
        create(LEGAL, caseId, item("DEVICE", unknown)).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("reference"), "detail", containsString("inventory has no device " + unknown));
        String away = UUID.randomUUID().toString();
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices/" + away)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        create(LEGAL, caseId, item("DEVICE", away)).statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("nothing was changed"));
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/cases/{id}/evidence", caseId)
                .then().body("total", equalTo(0));
        // the case is checked first: an unknown one is 404 whatever the device
        create(LEGAL, UUID.randomUUID().toString(), item("DEVICE", unknown)).statusCode(404)
                .body("detail", containsString("does not exist"));
    }

    @Test
    void badReferencesAndBodiesAre400NamingTheField() {
        String caseId = openCase();
        for (String bad : List.of(SHA.substring(1), SHA + "0", SHA.replace('F', 'G'))) {
            create(LEGAL, caseId, item("DOCUMENT", bad)).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("reference"), "detail", containsString("64 hexadecimal"));
        }
        create(LEGAL, caseId, item("DOCUMENT", null)).statusCode(400).body("errors[0].field", equalTo("reference"));
        create(LEGAL, caseId, item("DEVICE", "camera-7")).statusCode(400).body("errors[0].field", equalTo("reference"));
        create(LEGAL, caseId, item("DEVICE", null)).statusCode(400).body("errors[0].field", equalTo("reference"));
        create(LEGAL, caseId, item("PHOTO", null)).statusCode(400).body("errors[0].field", equalTo("kind"));
        create(LEGAL, caseId, new HashMap<>()).statusCode(400)
                .body("errors.field", hasItem("kind"), "errors.field", hasItem("description"));
        given().auth().oauth2(LEGAL).queryParam("kind", "PHOTO").when().get("/api/supplier/cases/{id}/evidence", caseId)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/cases/{id}/evidence", caseId)
                .then().body("total", equalTo(0));
    }

    @Test
    void custodyEntriesAreChainedAndVerifyIntact() {
        List<String> ids = chainOfThree();
        String caseId = ids.get(0);
        String evidenceId = ids.get(1);
        JsonPath chain = given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/evidence/{e}/custody", caseId, evidenceId)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(1, 2, 3), chain.getList("items.position"));
        assertEquals(List.of("legal", "admin", "legal"), chain.getList("items.actor"));
        assertEquals(List.of("COLLECTED", "TRANSFERRED", "STORED"), chain.getList("items.action"));
        assertEquals("0".repeat(64), chain.getString("items[0].previousHash"));
        assertEquals(chain.getString("items[0].hash"), chain.getString("items[1].previousHash"));
        assertEquals(chain.getString("items[1].hash"), chain.getString("items[2].previousHash"));
        assertTrue(chain.getString("items[2].hash").matches("[0-9a-f]{64}"));

        JsonPath result = verify(caseId, evidenceId);
        assertEquals(true, result.getBoolean("intact"));
        assertEquals(3, result.getInt("entries"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence/{e}/custody/verify", caseId, evidenceId)
                .then().body("$", not(hasKey("brokenEntryId")));

        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence/{e}/custody/{c}", caseId, evidenceId, ids.get(3))
                .then().statusCode(200).body("position", equalTo(2), "location", equalTo("Courier to Seoul"));
    }

    @Test
    void anEmptyChainIsIntact() {
        String caseId = openCase();
        String evidenceId = create(LEGAL, caseId, item("NETWORK_LOG", "pcap-17")).statusCode(201).extract().path("id");
        JsonPath result = verify(caseId, evidenceId);
        assertEquals(true, result.getBoolean("intact"));
        assertEquals(0, result.getInt("entries"));
    }

    @Test
    void aStoredEntryChangedBehindTheServicesBackIsReported() throws SQLException {
        List<String> ids = chainOfThree();
        String second = ids.get(3);
        withTriggerDisabled("update supplier.custody_entry set location = 'x' where id = ?", second);

        JsonPath result = verify(ids.get(0), ids.get(1));
        assertEquals(false, result.getBoolean("intact"));
        assertEquals(second, result.getString("brokenEntryId"));
        assertEquals(2, result.getInt("brokenPosition"));
        assertTrue(result.getString("reason").contains("changed"), result.getString("reason"));
    }

    @Test
    void aRemovedEntryIsReportedAtTheNextPosition() throws SQLException {
        List<String> ids = chainOfThree();
        withTriggerDisabled("delete from supplier.custody_entry where id = ?", ids.get(3));

        JsonPath result = verify(ids.get(0), ids.get(1));
        assertEquals(false, result.getBoolean("intact"));
        assertEquals(ids.get(4), result.getString("brokenEntryId"));
        assertEquals(3, result.getInt("brokenPosition"));
    }

    /** The links alone cannot show a chain cut short at its end; the length recorded on the item does. */
    @Test
    void aRemovedNewestEntryIsReportedAsMissing() throws SQLException {
        List<String> ids = chainOfThree();
        withTriggerDisabled("delete from supplier.custody_entry where id = ?", ids.get(4));

        JsonPath result = verify(ids.get(0), ids.get(1));
        assertEquals(false, result.getBoolean("intact"));
        assertEquals(2, result.getInt("entries"));
        assertEquals(3, result.getInt("brokenPosition"));
        assertNull(result.get("brokenEntryId"));
        assertTrue(result.getString("reason").contains("3 entries were recorded"), result.getString("reason"));
        assertTrue(result.getString("reason").contains("missing"), result.getString("reason"));
    }

    /**
     * A location is stored stripped, so one of Unicode spaces alone would be stored empty: @NotBlank refuses it, as
     * Hibernate Validator tests it with String.isBlank(), which counts the same spaces as strip() removes.
     */
    @Test
    void aLocationOfUnicodeSpacesAloneIsBlank() {
        String caseId = openCase();
        String evidenceId = create(LEGAL, caseId, item("NETWORK_LOG", "pcap-18")).statusCode(201).extract().path("id");
        for (String blank : List.of("\u3000", "\u2003 \u3000")) {
            append(LEGAL, caseId, evidenceId, "STORED", blank, null).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("location"), "errors[0].message", containsString("blank"));
        }
        assertEquals(0, verify(caseId, evidenceId).getInt("entries"));
        append(LEGAL, caseId, evidenceId, "STORED", "\u3000vault B2\u3000", null).statusCode(201)
                .body("location", equalTo("vault B2"));
    }

    @Test
    void theCustodyTableRefusesUpdateAndDelete() throws SQLException {
        List<String> ids = chainOfThree();
        try (Connection connection = dataSource.getConnection()) {
            for (String sql : List.of("update supplier.custody_entry set location = 'x' where id = ?",
                    "delete from supplier.custody_entry where id = ?")) {
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (PreparedStatement statement = connection.prepareStatement(sql)) {
                        statement.setObject(1, UUID.fromString(ids.get(2)));
                        statement.executeUpdate();
                    }
                });
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertEquals(true, verify(ids.get(0), ids.get(1)).getBoolean("intact"));
    }

    @Test
    void custodyEntriesNeedAnActionAndALocation() {
        String caseId = openCase();
        String evidenceId = create(LEGAL, caseId, item("DEVICE", UUID.randomUUID().toString())).statusCode(201)
                .extract().path("id");
        append(LEGAL, caseId, evidenceId, null, " ", null).statusCode(400)
                .body("errors.field", hasItem("action"), "errors.field", hasItem("location"));
        append(LEGAL, caseId, evidenceId, "LOST", "vault", null).statusCode(400).body("errors[0].field", equalTo("action"));
        append(LEGAL, caseId, evidenceId, "STORED", "vault", "x".repeat(2001)).statusCode(400)
                .body("errors.field", contains("note"));
        Map<String, Object> withActor = new HashMap<>(Map.of("action", "STORED", "location", "vault", "actor", "someone-else"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(withActor)
                .when().post("/api/supplier/cases/{id}/evidence/{e}/custody", caseId, evidenceId)
                .then().statusCode(400).body("detail", containsString("actor"));
        assertEquals(0, verify(caseId, evidenceId).getInt("entries"));
    }

    @Test
    void rolesAndUnknownIds() {
        List<String> ids = chainOfThree();
        String caseId = ids.get(0);
        String evidenceId = ids.get(1);
        for (String token : List.of(AUDITOR, PM, SECURITY, SERVICE)) {
            create(token, caseId, item("NETWORK_LOG", null)).statusCode(403);
            append(token, caseId, evidenceId, "ANALYSED", "lab", null).statusCode(403);
        }
        for (String token : List.of(PM, SECURITY)) {
            given().auth().oauth2(token).when().get("/api/supplier/cases/{id}/evidence", caseId).then().statusCode(403);
            given().auth().oauth2(token).when().get("/api/supplier/cases/{id}/evidence/{e}/custody/verify", caseId, evidenceId)
                    .then().statusCode(403);
        }
        String unknown = UUID.randomUUID().toString();
        create(LEGAL, unknown, item("NETWORK_LOG", null)).statusCode(404).contentType("application/problem+json");
        append(LEGAL, caseId, unknown, "STORED", "vault", null).statusCode(404);
        String otherCase = openCase();
        append(LEGAL, otherCase, evidenceId, "STORED", "vault", null).statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence/{e}", otherCase, evidenceId)
                .then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence/{e}/custody/verify", caseId, unknown)
                .then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence/{e}/custody/{c}", caseId, evidenceId, unknown)
                .then().statusCode(404);
        assertEquals(3, verify(caseId, evidenceId).getInt("entries"));
    }

    private void withTriggerDisabled(String sql, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement ddl = connection.createStatement(); PreparedStatement tamper = connection.prepareStatement(sql)) {
                ddl.execute("alter table supplier.custody_entry disable trigger custody_entry_append_only");
                tamper.setObject(1, UUID.fromString(id));
                assertEquals(1, tamper.executeUpdate());
                ddl.execute("alter table supplier.custody_entry enable trigger custody_entry_append_only");
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
