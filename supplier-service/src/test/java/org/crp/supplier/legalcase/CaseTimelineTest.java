package org.crp.supplier.legalcase;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.Fixtures.moveCase;
import static org.crp.supplier.Fixtures.openCase;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CaseTimelineTest {

    @Inject
    DataSource dataSource;

    static Map<String, Object> event(String kind, String occurredAt, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("occurredAt", occurredAt);
        body.put("text", text);
        return body;
    }

    static ValidatableResponse add(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/events", caseId).then();
    }

    @Test
    void counselAddsEntriesWithAuthorAndRequestId() {
        String caseId = openCase();
        String requestId = "timeline-" + UUID.randomUUID();
        var created = given().auth().oauth2(LEGAL).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(event("FILING", "2026-03-02T09:30:00Z", "  Complaint filed with the district court  "))
                .when().post("/api/supplier/cases/{id}/events", caseId)
                .then().statusCode(201).header("Location", containsString("/events/"))
                .body("kind", equalTo("FILING"), "occurredAt", equalTo("2026-03-02T09:30:00Z"),
                        "text", equalTo("Complaint filed with the district court"), "author", equalTo("legal"),
                        "requestId", equalTo(requestId), "caseId", equalTo(caseId))
                .extract();
        add(ADMIN, caseId, event("OFFER", "2026-03-05T10:00:00Z", "Supplier offers 10% refund")).statusCode(201)
                .body("author", equalTo("admin"));

        given().auth().oauth2(AUDITOR).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(created.path("id")), "kind", equalTo("FILING"));
        given().auth().oauth2(SERVICE).queryParam("total", true).when().get("/api/supplier/cases/{id}/events", caseId)
                .then().statusCode(200).body("total", equalTo(2), "items.kind", containsInAnyOrder("FILING", "OFFER"));
    }

    @Test
    void statusChangesAddAStatusChangeEntry() {
        String caseId = openCase();
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("status", "INVESTIGATING", "reason", "certificates look forged"))
                .when().post("/api/supplier/cases/{id}/status", caseId).then().statusCode(200);
        moveCase(caseId, "FILED");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId)
                .then().statusCode(200).body("items", hasSize(2),
                        "items.kind", contains("STATUS_CHANGE", "STATUS_CHANGE"),
                        "items.text", hasItem("OPEN -> INVESTIGATING: certificates look forged"),
                        "items.text", hasItem("INVESTIGATING -> FILED: moving to FILED"),
                        "items.author", contains("legal", "legal"), "items[0].occurredAt", notNullValue());
    }

    @Test
    void aRefusedStatusChangeAddsNoEntry() {
        String caseId = openCase();
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("status", "CLOSED", "reason", "done"))
                .when().post("/api/supplier/cases/{id}/status", caseId).then().statusCode(409);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void statusChangeEntriesCannotBeAddedByHand() {
        String caseId = openCase();
        add(LEGAL, caseId, event("STATUS_CHANGE", "2026-03-02T09:30:00Z", "OPEN -> CLOSED")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        add(LEGAL, caseId, event("DEADLINE_VACATED", "2026-03-02T09:30:00Z", "FILING deadline VACATED")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId).then().body("items", hasSize(0));
    }

    @Test
    void invalidEntriesAre400NamingTheField() {
        String caseId = openCase();
        add(LEGAL, caseId, new HashMap<>()).statusCode(400)
                .body("errors.field", hasItem("kind"), "errors.field", hasItem("occurredAt"), "errors.field", hasItem("text"));
        add(LEGAL, caseId, event("GOSSIP", "2026-03-02T09:30:00Z", "x")).statusCode(400).body("errors[0].field", equalTo("kind"));
        add(LEGAL, caseId, event("NOTE", "yesterday", "x")).statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", "x".repeat(4001))).statusCode(400)
                .body("errors.field", contains("text"));
        add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", " ")).statusCode(400).body("errors.field", contains("text"));
        add(LEGAL, caseId, event("NOTE", "+300000-01-01T00:00:00Z", "far future")).statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        add(LEGAL, caseId, event("NOTE", "0026-03-02T09:30:00Z", "typo in the year")).statusCode(400)
                .body("errors[0].field", equalTo("occurredAt"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId).then().body("items", hasSize(0));
    }

    @Test
    void aNulCharacterIsRefusedNamingTheField() {
        String caseId = openCase();
        add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", "a\u0000b")).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("text"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId).then().body("items", hasSize(0));
    }

    /** An escape sequence or a bell would reach whoever reads the record; tabs and line breaks are text. */
    @Test
    void controlCharactersOtherThanTabsAndLineBreaksAreRefusedNamingTheField() {
        String caseId = openCase();
        for (String bad : List.of("red \u001b[31malert", "ring\u0007", "del\u007f")) {
            add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", bad)).statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("text"),
                            "detail", containsString("control character"));
        }
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId).then().body("items", hasSize(0));
        add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", "line one\r\nline two\twith a tab")).statusCode(201);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId).then()
                .body("items[0].text", equalTo("line one\r\nline two\twith a tab"));
    }

    @Test
    void thereIsNoWayToChangeOrRemoveAnEntryOverHttp() {
        String caseId = openCase();
        String eventId = add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", "original")).statusCode(201)
                .extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(event("NOTE", "2026-03-02T09:30:00Z", "edited"))
                .when().put("/api/supplier/cases/{id}/events/{eventId}", caseId, eventId)
                .then().statusCode(anyOf(equalTo(404), equalTo(405))).contentType("application/problem+json");
        given().auth().oauth2(ADMIN).when().delete("/api/supplier/cases/{id}/events/{eventId}", caseId, eventId)
                .then().statusCode(anyOf(equalTo(404), equalTo(405))).contentType("application/problem+json");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events/{eventId}", caseId, eventId)
                .then().statusCode(200).body("text", equalTo("original"));
    }

    @Test
    void theTableRefusesUpdateAndDelete() throws SQLException {
        String caseId = openCase();
        String eventId = add(LEGAL, caseId, event("NOTE", "2026-03-02T09:30:00Z", "original")).statusCode(201)
                .extract().path("id");
        try (Connection connection = dataSource.getConnection()) {
            SQLException update = assertThrows(SQLException.class, () -> {
                try (PreparedStatement statement = connection.prepareStatement(
                        "update supplier.case_event set text = 'rewritten' where id = ?")) {
                    statement.setObject(1, UUID.fromString(eventId));
                    statement.executeUpdate();
                }
            });
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> {
                try (PreparedStatement statement = connection.prepareStatement("delete from supplier.case_event where id = ?")) {
                    statement.setObject(1, UUID.fromString(eventId));
                    statement.executeUpdate();
                }
            });
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            try (PreparedStatement statement = connection.prepareStatement("select text from supplier.case_event where id = ?")) {
                statement.setObject(1, UUID.fromString(eventId));
                try (ResultSet rows = statement.executeQuery()) {
                    assertTrue(rows.next());
                    assertEquals("original", rows.getString(1));
                }
            }
        }
    }

    @Test
    void rolesAndUnknownCases() {
        String caseId = openCase();
        for (String token : List.of(AUDITOR, PM, SECURITY, SERVICE)) {
            add(token, caseId, event("NOTE", "2026-03-02T09:30:00Z", "not allowed")).statusCode(403);
        }
        for (String token : List.of(PM, SECURITY)) {
            given().auth().oauth2(token).when().get("/api/supplier/cases/{id}/events", caseId).then().statusCode(403);
        }
        String unknown = UUID.randomUUID().toString();
        add(LEGAL, unknown, event("NOTE", "2026-03-02T09:30:00Z", "nobody home")).statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events/{e}", caseId, UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", caseId).then().body("items", hasSize(0));
    }
}
