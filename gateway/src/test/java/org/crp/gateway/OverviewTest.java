package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Replacement is down in the tests, so programmes are always missing and named. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class OverviewTest {

    @Test
    void legalCounselGetsWhatIsThereWithCaseDetailsAndTheMissingPartNamed() {
        given().auth().oauth2(token("legal", "legal-counsel"))
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
    void programmeManagerGetsCaseAndDeadlineCountsOnly() {
        given().auth().oauth2(token("pm-overview", "program-manager"))
                .when().get("/api/overview")
                .then().statusCode(200)
                // the count comes from supplier's case summary (OPEN: 3), never from the case list (2 items)
                .body("cases", equalTo(java.util.Map.of("count", 3)),
                        "deadlines", equalTo(java.util.Map.of("count", 1)),
                        "inventory.byStatus.REMOVED", equalTo(3));
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
    void vendorsAndAnonymousCallersGetNoOverview() {
        given().auth().oauth2(vendorToken("vendor1", "v-1")).when().get("/api/overview")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/overview")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
