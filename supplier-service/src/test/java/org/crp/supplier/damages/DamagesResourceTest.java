package org.crp.supplier.damages;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
@QuarkusTestResource(ReplacementStub.class)
class DamagesResourceTest {

    @Inject
    DataSource dataSource;

    static Map<String, Object> cost(Object amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("description", "forensic teardown");
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("incurredOn", "2025-02-14");
        return body;
    }

    static String caseWithClaim(String supplier) {
        Map<String, Object> body = Fixtures.caseBody(supplier);
        body.put("claimedAmount", 50000000);
        body.put("currency", "KRW");
        return given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases").then().statusCode(201).extract().path("id");
    }

    long snapshots(String caseId) {
        return Db.count(dataSource, "select count(*) from supplier.damages_snapshot where case_id = ?::uuid", caseId);
    }

    @Test
    void recomputeCombinesReplacementCostsInvestigationCostsAndTheClaim() {
        String supplier = Fixtures.createSupplier();
        String caseId = caseWithClaim(supplier);
        given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/damages", caseId)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("recompute"));

        var entered = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(cost(1500000.5, "KRW"))
                .when().post("/api/supplier/cases/{id}/damages/costs", caseId)
                .then().statusCode(201).body("amount", equalTo(1500000.5f), "enteredBy", equalTo("legal")).extract();
        given().auth().oauth2(AUDITOR).when().get(entered.header("Location")).then().statusCode(200)
                .body("id", equalTo(entered.path("id")));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(cost(0, "EUR"))
                .when().post("/api/supplier/cases/{id}/damages/costs", caseId).then().statusCode(201);
        given().auth().oauth2(SERVICE).queryParam("total", true).when().get("/api/supplier/cases/{id}/damages/costs", caseId)
                .then().statusCode(200).body("total", equalTo(2), "items.currency", contains("KRW", "EUR"));

        StubMapping stub = ReplacementStub.costs("[{\"supplierId\":\"" + supplier + "\",\"currency\":\"KRW\",\"orders\":4,"
                + "\"completed\":2,\"plannedCost\":8000000.00,\"completedCost\":4000000.00},"
                + "{\"supplierId\":\"" + UUID.randomUUID() + "\",\"currency\":\"KRW\",\"orders\":1,\"completed\":1,"
                + "\"plannedCost\":999.00,\"completedCost\":999.00}]");
        try {
            given().auth().oauth2(LEGAL).when().post("/api/supplier/cases/{id}/damages/recompute", caseId)
                    .then().statusCode(200)
                    .body("computedBy", equalTo("legal"), "breakdown.supplierId", equalTo(supplier),
                            "breakdown.claim.amount", equalTo(50000000.00f), "breakdown.claim.currency", equalTo("KRW"),
                            "breakdown.totals.currency", contains("EUR", "KRW"),
                            "breakdown.totals[1].replacementPlanned", equalTo(8000000.00f),
                            "breakdown.totals[1].replacementCompleted", equalTo(4000000.00f),
                            "breakdown.totals[1].investigation", equalTo(1500000.50f),
                            "breakdown.totals[1].total", equalTo(9500000.50f),
                            "breakdown.totals[1].claimed", equalTo(50000000.00f),
                            "breakdown.totals[0].total", equalTo(0.00f), "breakdown.totals[0].claimed", nullValue(),
                            "breakdown.replacement", hasSize(1), "breakdown.investigationCosts", hasSize(2));
        } finally {
            ReplacementStub.server().removeStub(stub);
        }
        given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/damages", caseId)
                .then().statusCode(200).body("computedBy", equalTo("legal"), "breakdown.totals[1].total", equalTo(9500000.50f));

        // a later recompute (replacement now reports nothing) becomes the latest snapshot
        given().auth().oauth2(ADMIN).when().post("/api/supplier/cases/{id}/damages/recompute", caseId)
                .then().statusCode(200).body("computedBy", equalTo("admin"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/damages", caseId)
                .then().statusCode(200).body("computedBy", equalTo("admin"), "breakdown.replacement", hasSize(0),
                        "breakdown.totals.find { it.currency == 'KRW' }.total", equalTo(1500000.50f));
        assertEquals(2, snapshots(caseId));
    }

    @Test
    void replacementDownIs503AndNoSnapshotIsStored() {
        String caseId = caseWithClaim(Fixtures.createSupplier());
        given().auth().oauth2(LEGAL).when().post("/api/supplier/cases/{id}/damages/recompute", caseId).then().statusCode(200);
        StubMapping stub = ReplacementStub.down();
        try {
            given().auth().oauth2(LEGAL).when().post("/api/supplier/cases/{id}/damages/recompute", caseId)
                    .then().statusCode(503).contentType("application/problem+json")
                    .body("type", containsString("replacement-service-unavailable"));
        } finally {
            ReplacementStub.server().removeStub(stub);
        }
        assertEquals(1, snapshots(caseId));
    }

    @Test
    void negativeAmountsAndUnknownCurrenciesAre400AndNothingIsStored() {
        String caseId = Fixtures.openCase();
        Map<Map<String, Object>, String> bad = new java.util.LinkedHashMap<>();
        bad.put(cost(-0.01, "KRW"), "amount");
        bad.put(cost(10, "XYZ"), "currency");
        bad.put(cost(10, "krw"), "currency");
        bad.put(cost(10, null), "currency");
        bad.put(cost(null, "KRW"), "amount");
        bad.put(cost(1.234, "KRW"), "amount");
        Map<String, Object> blank = cost(10, "KRW");
        blank.put("description", "");
        bad.put(blank, "description");
        Map<String, Object> future = cost(10, "KRW");
        future.put("incurredOn", java.time.LocalDate.now().plusDays(10).toString());
        bad.put(future, "incurredOn");
        bad.forEach((body, field) -> given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/damages/costs", caseId)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field)));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(cost(-5, "KRW"))
                .when().post("/api/supplier/cases/{id}/damages/costs", caseId)
                .then().statusCode(400).body("errors.message", hasItem(containsString("must not be negative")));
        assertEquals(0, Db.count(dataSource, "select count(*) from supplier.investigation_cost where case_id = ?::uuid", caseId));
    }

    @Test
    void unknownCaseIs404AndAClosedCaseTakesNoCosts() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/damages", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).when().post("/api/supplier/cases/{id}/damages/recompute", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(cost(1, "KRW"))
                .when().post("/api/supplier/cases/{id}/damages/costs", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/damages/costs", unknown).then().statusCode(404);

        String caseId = Fixtures.openCase();
        for (String status : List.of("INVESTIGATING", "FILED", "IN_LITIGATION", "DISMISSED", "CLOSED")) {
            Fixtures.moveCase(caseId, status);
        }
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(cost(1, "KRW"))
                .when().post("/api/supplier/cases/{id}/damages/costs", caseId)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("CLOSED"));
    }

    @Test
    void auditorsReadAndOnlyCounselAndAdminsWrite() {
        String caseId = Fixtures.openCase();
        for (String wrong : List.of(AUDITOR, PM, SECURITY, SERVICE)) {
            given().auth().oauth2(wrong).contentType(ContentType.JSON).body(cost(1, "KRW"))
                    .when().post("/api/supplier/cases/{id}/damages/costs", caseId).then().statusCode(403);
            given().auth().oauth2(wrong).when().post("/api/supplier/cases/{id}/damages/recompute", caseId).then().statusCode(403);
        }
        for (String wrong : List.of(PM, SECURITY)) {
            given().auth().oauth2(wrong).when().get("/api/supplier/cases/{id}/damages", caseId).then().statusCode(403);
            given().auth().oauth2(wrong).when().get("/api/supplier/cases/{id}/damages/costs", caseId).then().statusCode(403);
        }
        given().auth().oauth2(AUDITOR).when().get("/api/supplier/cases/{id}/damages/costs", caseId).then().statusCode(200);
        given().when().get("/api/supplier/cases/{id}/damages", caseId).then().statusCode(401);
    }
}
