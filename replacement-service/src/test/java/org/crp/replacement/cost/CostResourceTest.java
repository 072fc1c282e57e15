package org.crp.replacement.cost;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class CostResourceTest {

    @Test
    void costsAreGroupedByOriginalSupplierAndLeaveOutCancelledOrders() {
        World world = Fixtures.world(3, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        List<String> orders = given().auth().oauth2(PM).queryParam("programmeId", programme)
                .when().get("/api/replacement/work-orders").then().extract().path("items.id");
        given().auth().oauth2(PM).contentType("application/json").body(Map.of("status", "CANCELLED"))
                .when().post("/api/replacement/work-orders/{id}/status", orders.get(0)).then().statusCode(200);
        for (String role : List.of("legal-counsel", "service", "auditor", "program-manager")) {
            given().auth().oauth2(token(role, role)).queryParam("programmeId", programme)
                    .when().get("/api/replacement/costs/by-supplier").then().statusCode(200)
                    .body("", hasSize(1), "[0].currency", is("KRW"), "[0].orders", is(2), "[0].completed", is(0),
                            "[0].plannedCost", is(1000.0f), "[0].completedCost", is(0.0f));
        }
        given().auth().oauth2(vendorToken("v", UUID.randomUUID().toString())).when().get("/api/replacement/costs/by-supplier")
                .then().statusCode(403);
        given().auth().oauth2(PM).queryParam("programmeId", "x").when().get("/api/replacement/costs/by-supplier")
                .then().statusCode(400).body("errors[0].field", is("programmeId"));
    }

    /** As for the programme itself, its plan and its progress: an id no programme has is a 404, not an empty list. */
    @Test
    void anUnknownProgrammeIs404() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(PM).queryParam("programmeId", unknown).when().get("/api/replacement/costs/by-supplier")
                .then().statusCode(404).contentType("application/problem+json")
                .body("status", is(404), "detail", containsString(unknown));
        // a programme with no orders yet is there: its costs are an empty list
        String programme = Fixtures.programme(UUID.randomUUID(), 100000);
        given().auth().oauth2(PM).queryParam("programmeId", programme).when().get("/api/replacement/costs/by-supplier")
                .then().statusCode(200).body("", hasSize(0));
    }
}
