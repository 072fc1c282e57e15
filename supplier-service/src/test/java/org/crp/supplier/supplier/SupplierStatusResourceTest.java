package org.crp.supplier.supplier;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.Fixtures.createSupplier;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SupplierStatusResourceTest {

    static ValidatableResponse change(String token, String id, String status, String reason, String ifMatch) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        body.put("reason", reason);
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/supplier/suppliers/{id}/status", id).then();
    }

    @Test
    void counselPutsASupplierUnderInvestigationWithAReason() {
        String id = createSupplier();
        change(LEGAL, id, "UNDER_INVESTIGATION", "  certificates of origin do not match the devices  ", "\"0\"")
                .statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("UNDER_INVESTIGATION"),
                        "statusReason", equalTo("certificates of origin do not match the devices"),
                        "statusChangedAt", notNullValue(), "version", equalTo(1));
        given().auth().oauth2(AUDITOR).when().get("/api/supplier/suppliers/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("UNDER_INVESTIGATION"), "statusChangedAt", notNullValue());
    }

    @Test
    void escalatesStepByStepToDebarmentWhichIsFinal() {
        String id = createSupplier();
        change(LEGAL, id, "UNDER_INVESTIGATION", "opened", null).statusCode(200);
        change(ADMIN, id, "SUSPENDED", "evidence of relabelling", null).statusCode(200).body("status", equalTo("SUSPENDED"));
        change(LEGAL, id, "DEBARRED", "judgment", null).statusCode(200)
                .body("status", equalTo("DEBARRED"), "statusReason", equalTo("judgment"));
        for (String next : List.of("ACTIVE", "UNDER_INVESTIGATION", "SUSPENDED", "DEBARRED")) {
            change(LEGAL, id, next, "try again", null).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("from DEBARRED to " + next), "detail", containsString("final"));
        }
    }

    @Test
    void investigationAndSuspensionMayEndWithTheSupplierCleared() {
        String investigated = createSupplier();
        change(LEGAL, investigated, "UNDER_INVESTIGATION", "opened", null).statusCode(200);
        change(LEGAL, investigated, "ACTIVE", "cleared", null).statusCode(200)
                .body("status", equalTo("ACTIVE"), "statusReason", equalTo("cleared"));

        String suspended = createSupplier();
        change(LEGAL, suspended, "UNDER_INVESTIGATION", "opened", null).statusCode(200);
        change(LEGAL, suspended, "SUSPENDED", "suspended", null).statusCode(200);
        change(LEGAL, suspended, "ACTIVE", "suspension lifted", null).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void skippingOrRepeatingAStepIs409NamingTheAllowedOnes() {
        String id = createSupplier();
        for (String next : List.of("SUSPENDED", "DEBARRED", "ACTIVE")) {
            change(LEGAL, id, next, "skip", null).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("from ACTIVE to " + next), "detail", containsString("[UNDER_INVESTIGATION]"));
        }
        change(LEGAL, id, "UNDER_INVESTIGATION", "opened", null).statusCode(200);
        change(LEGAL, id, "DEBARRED", "skip", null).statusCode(409)
                .body("detail", containsString("[ACTIVE, SUSPENDED]"));
        change(LEGAL, id, "UNDER_INVESTIGATION", "again", null).statusCode(409);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}", id)
                .then().body("status", equalTo("UNDER_INVESTIGATION"), "statusReason", equalTo("opened"), "version", equalTo(1));
    }

    @Test
    void staleIfMatchIs412AndChangesNothing() {
        String id = createSupplier();
        change(LEGAL, id, "UNDER_INVESTIGATION", "opened", "\"0\"").statusCode(200);
        change(LEGAL, id, "SUSPENDED", "stale", "\"0\"").statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("current version 1"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}", id)
                .then().body("status", equalTo("UNDER_INVESTIGATION"), "version", equalTo(1));
        change(LEGAL, id, "SUSPENDED", "fresh", "W/\"1\"").statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void reasonAndStatusAreRequired() {
        String id = createSupplier();
        change(LEGAL, id, "UNDER_INVESTIGATION", "   ", null).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        change(LEGAL, id, null, null, null).statusCode(400)
                .body("errors.field", hasItem("reason"), "errors.field", hasItem("status"));
        change(LEGAL, id, "BLACKLISTED", "why", null).statusCode(400)
                .body("errors[0].field", equalTo("status"), "detail", containsString("BLACKLISTED"));
        change(LEGAL, id, "UNDER_INVESTIGATION", "x".repeat(1001), null).statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}", id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void onlyCounselAndAdminChangeStatus() {
        String id = createSupplier();
        for (String token : List.of(AUDITOR, PM, SECURITY, SERVICE)) {
            change(token, id, "UNDER_INVESTIGATION", "not mine to decide", null).statusCode(403)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}", id).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void unknownSupplierIs404() {
        change(LEGAL, UUID.randomUUID().toString(), "UNDER_INVESTIGATION", "who?", null).statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("does not exist"));
    }
}
