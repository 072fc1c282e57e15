package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Replacement is down in the tests, so programmes are missing and named, except where a test starts it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class OverviewTest {

    @Test
    void adminGetsEveryPartWithCaseDetailsAndTheMissingPartNamed() {
        given().auth().oauth2(token("admin-overview", "admin"))
                .when().get("/api/overview")
                .then().statusCode(200).contentType("application/json")
                .body("inventory.byStatus.IN_SERVICE", equalTo(12),
                        "inventory.byRiskLevel.HIGH", equalTo(4),
                        "cases.items.id", contains("case-1", "case-2"),
                        "cases.total", equalTo(2),
                        "deadlines.items[0].due", equalTo("2030-01-31"),
                        "$", not(hasKey("programmes")),
                        "degraded", hasSize(1),
                        "degraded[0].part", equalTo("programmes"),
                        "degraded[0].backend", equalTo("replacement-service"),
                        "degraded[0].reason", equalTo("unreachable"));
    }

    @Test
    void aQueryParameterIsATypoToldAs400() {
        given().auth().oauth2(token("typo-overview", "admin")).queryParam("widthinDays", 7)
                .when().get("/api/overview")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("widthinDays"));
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), FakeBackends.callsBy("typo-overview"), "nothing fetched");
    }

    @Test
    void openCasesAreEveryCaseThatIsNotClosed() {
        // supplier holds case-1 OPEN, case-2 FILED, case-3 CLOSED; FILED is open as supplier-service counts it
        given().auth().oauth2(token("auditor-cases", "auditor"))
                .when().get("/api/overview")
                .then().statusCode(200)
                .body("cases.items.id", contains("case-1", "case-2"),
                        "cases.items.status", contains("OPEN", "FILED"),
                        "cases.total", equalTo(2));
    }

    @Test
    void programmeManagerGetsCaseAndDeadlineCountsOnly() {
        given().auth().oauth2(token("pm-overview", "program-manager"))
                .when().get("/api/overview")
                .then().statusCode(200)
                // from supplier's case summary, every status but CLOSED (OPEN 3, INVESTIGATING 1, FILED 2), never
                // from the case list (2 items); the deadlines due from its deadline summary (4), never the list
                .body("cases", equalTo(java.util.Map.of("count", 6)),
                        "deadlines", equalTo(java.util.Map.of("count", 4)),
                        "degraded.part", not(org.hamcrest.Matchers.hasItem("deadlines")),
                        "inventory.byStatus.REMOVED", equalTo(3));
        assertFalse(FakeBackends.callsBy("pm-overview").stream()
                .anyMatch(path -> path.equals("/api/supplier/cases") || path.equals("/api/supplier/deadlines")),
                "calls: " + FakeBackends.callsBy("pm-overview"));
        assertTrue(FakeBackends.callsBy("pm-overview").contains("/api/supplier/deadlines/summary"),
                "calls: " + FakeBackends.callsBy("pm-overview"));
    }

    @Test
    void partsARoleMayNotReadAreLeftOutUnfetchedAndNotCalledDegraded() {
        // replacement-service admits program-manager, auditor and admin to programmes; supplier-service does not
        // admit a security officer to cases or deadlines
        given().auth().oauth2(token("security-overview", "security-officer"))
                .when().get("/api/overview")
                .then().statusCode(200)
                .body("inventory.byStatus.IN_SERVICE", equalTo(12),
                        "$", not(hasKey("programmes")),
                        "$", not(hasKey("cases")),
                        "$", not(hasKey("deadlines")),
                        "degraded", hasSize(0));
        assertEquals(List.of("/api/inventory/stats"), FakeBackends.callsBy("security-overview"));

        given().auth().oauth2(token("legal-overview", "legal-counsel"))
                .when().get("/api/overview")
                .then().statusCode(200)
                .body("inventory.byStatus.IN_SERVICE", equalTo(12),
                        "cases.items.id", contains("case-1", "case-2"),
                        "deadlines.items[0].due", equalTo("2030-01-31"),
                        "$", not(hasKey("programmes")),
                        "degraded", hasSize(0));
    }

    @Test
    void aPartThatTimesOutIsLeftOutAndNamed() {
        // the fake supplier answers deadlines after 3 s for this user; each part gets 1 s in the tests
        given().auth().oauth2(token("sleepy", "auditor"))
                .when().get("/api/overview")
                .then().statusCode(200)
                .body("cases.total", equalTo(2),
                        "$", not(hasKey("deadlines")),
                        "degraded.part", containsInAnyOrder("programmes", "deadlines"),
                        "degraded.find { it.part == 'deadlines' }.reason", equalTo("timeout"));
    }

    @Test
    void activeProgrammesCarryTheirProgressAndAMissingOneIsNamed() throws Exception {
        FakeBackends.startReplacement();
        try {
            // earlier tests may have left replacement's breaker open (2 s in the tests): wait until it lets calls through
            Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).until(() -> given()
                    .auth().oauth2(token("pm-progress", "program-manager")).when().get("/api/overview").then().extract()
                    .jsonPath().get("programmes") != null);
            given().auth().oauth2(token("pm-progress", "program-manager"))
                    .when().get("/api/overview")
                    .then().statusCode(200)
                    .body("programmes.items.id", contains("prog-1", "prog-2", "prog-3"),
                            "programmes.items[0].progress.percentComplete", equalTo(60.0f),
                            "programmes.items[0].progress.projectedCompletion", equalTo("2027-03-17"),
                            "programmes.items[0].progress.onTarget", equalTo(true),
                            "programmes.items[0].progress.remaining", equalTo(2),
                            "programmes.items[0].progress", not(hasKey("projectionReason")),
                            "programmes.items[1].progress.percentComplete", equalTo(0.0f),
                            "programmes.items[1].progress.projectedCompletion", nullValue(),
                            "programmes.items[1].progress", hasKey("projectedCompletion"),
                            "programmes.items[1].progress.projectionReason", containsString("no pace"),
                            "programmes.items[2]", not(hasKey("progress")),
                            "degraded", hasSize(1),
                            "degraded[0].part", equalTo("progress"),
                            "degraded[0].programmeId", equalTo("prog-3"),
                            "degraded[0].backend", equalTo("replacement-service"),
                            "degraded[0].reason", equalTo("answered 500"));
            // with replacement up, a role it does not admit is still not sent there (it would answer 403)
            given().auth().oauth2(token("legal-progress", "legal-counsel"))
                    .when().get("/api/overview")
                    .then().statusCode(200)
                    .body("$", not(hasKey("programmes")), "cases.total", equalTo(2), "degraded", hasSize(0));
            assertFalse(FakeBackends.callsBy("legal-progress").stream().anyMatch(path -> path.startsWith("/api/replacement")),
                    "calls: " + FakeBackends.callsBy("legal-progress"));
        } finally {
            FakeBackends.stopReplacement();
        }
    }

    @Test
    void vendorsAndAnonymousCallersGetNoOverview() {
        given().auth().oauth2(vendorToken("vendor1", "v-1")).when().get("/api/overview")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/overview")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
