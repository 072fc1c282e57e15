package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The overview's deadlines are one page of supplier-service's upcoming list (soonest first); the overview asks for
 * the total too, so that a reader sees how many fall due beyond the page, as it does for cases.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class OverviewDeadlinesTest {

    @Test
    void theDeadlinesPartAsksForTheTotalAndCarriesIt() {
        given().auth().oauth2(token("legal-deadlines", "legal-counsel"))
                .when().get("/api/overview")
                .then().statusCode(200)
                .body("deadlines.items.id", contains("deadline-1"),
                        "deadlines.total", equalTo(FakeBackends.DEADLINES_TOTAL));
        List<String> deadlineCalls = FakeBackends.requestsBy("legal-deadlines").stream()
                .filter(call -> call.startsWith("/api/supplier/deadlines?")).toList();
        assertEquals(1, deadlineCalls.size(), "calls: " + FakeBackends.requestsBy("legal-deadlines"));
        Set<String> query = Set.copyOf(Arrays.asList(deadlineCalls.get(0).substring(deadlineCalls.get(0).indexOf('?') + 1)
                .split("&")));
        assertEquals(Set.of("withinDays=30", "total=true"), query, deadlineCalls.get(0));
    }

    @Test
    void aProgrammeManagersDeadlineCountStillComesFromTheSummary() {
        given().auth().oauth2(token("pm-deadlines", "program-manager"))
                .when().get("/api/overview")
                .then().statusCode(200)
                .body("deadlines", equalTo(java.util.Map.of("count", 4)));
        assertEquals(List.of("/api/supplier/deadlines/summary?withinDays=30"), FakeBackends.requestsBy("pm-deadlines")
                .stream().filter(call -> call.startsWith("/api/supplier/deadlines")).toList());
    }
}
