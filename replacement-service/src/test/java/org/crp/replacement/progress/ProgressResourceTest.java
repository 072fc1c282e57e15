package org.crp.replacement.progress;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.inject.Inject;

import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.crp.replacement.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class ProgressResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static void move(String id, String... statuses) {
        for (String status : statuses) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", status))
                    .when().post("/api/replacement/work-orders/{id}/status", id).then().statusCode(200);
        }
    }

    void completeOn(String day, String id) {
        clock.set(Instant.parse(day + "T15:30:00Z"));
        move(id, "DISPATCHED", "IN_PROGRESS");
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("serial", "NEW-" + id.substring(0, 8), "macAddress", "00:1A:2B:3C:4D:5E"))
                .when().post("/api/replacement/work-orders/{id}/completion", id).then().statusCode(200);
    }

    static String programmeOf(String order) {
        return given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", order).then().extract()
                .path("programmeId");
    }

    /** A failed camera planned again is in work, not failed: a site's completed, in work and failed add up to its cameras. */
    @Test
    void aFailedCameraPlannedAgainIsInWorkNotFailed() {
        World world = Fixtures.world(2, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        String programme = programmeOf(orders.get(0));
        move(orders.get(0), "DISPATCHED", "IN_PROGRESS", "FAILED");
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", programme)
                .then().statusCode(200).body("sites[0].devices", is(2), "sites[0].inWork", is(1), "sites[0].failed", is(1));
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", programme)
                .then().statusCode(200).body("sites[0].devices", is(2), "sites[0].inWork", is(2), "sites[0].failed", is(0));
    }

    @Test
    void aProgrammeWhoseOrdersWereAllCancelledSaysSo() {
        World world = Fixtures.world(1, "HQ", 1.0);
        String order = Fixtures.plannedOrders(world).get(0);
        move(order, "CANCELLED");
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", programmeOf(order))
                .then().statusCode(200).body("devices", is(0), "projection.reason", containsString("cancelled"));
    }

    @Test
    void countsBurnDownVelocityProjectionAndCostOnAFixedDay() {
        World world = Fixtures.world(6, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        assertEquals(6, orders.size());
        String programme = programmeOf(orders.get(0));
        completeOn("2027-03-03", orders.get(0));
        completeOn("2027-03-08", orders.get(1));
        completeOn("2027-03-08", orders.get(2));
        move(orders.get(3), "CANCELLED");
        move(orders.get(4), "DISPATCHED", "IN_PROGRESS", "FAILED");
        clock.set(Instant.parse("2027-03-10T09:00:00Z"));

        // what the plan's dates say: the orders of the current plan (not the cancelled or failed one) by day
        TreeMap<LocalDate, Integer> planned = new TreeMap<>();
        for (String id : List.of(orders.get(0), orders.get(1), orders.get(2), orders.get(5))) {
            String day = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", id).then().extract()
                    .path("scheduledDate");
            planned.merge(LocalDate.parse(day), 1, Integer::sum);
        }
        LocalDate last = planned.lastKey().isAfter(LocalDate.parse("2027-03-10")) ? planned.lastKey()
                : LocalDate.parse("2027-03-10");
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse("2027-03-01"), last) + 1;

        JsonPath progress = given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", programme)
                .then().statusCode(200).contentType("application/json")
                .body("today", is("2027-03-10"), "status", is("PLANNED"),
                        "byStatus.PLANNED", is(1), "byStatus.COMPLETED", is(3), "byStatus.CANCELLED", is(1),
                        "byStatus.FAILED", is(1), "byStatus.DISPATCHED", is(0),
                        // six cameras, one cancelled out of the programme; the failed one still needs a swap
                        "devices", is(5), "completed", is(3), "remaining", is(2), "percentComplete", is(60.0f),
                        "sites", hasSize(1), "sites[0].siteId", is(world.site().toString()), "sites[0].devices", is(5),
                        "sites[0].completed", is(3), "sites[0].inWork", is(1), "sites[0].failed", is(1),
                        "sites[0].percentComplete", is(60.0f),
                        "velocity.from", is("2027-03-04"), "velocity.to", is("2027-03-10"), "velocity.completed", is(2),
                        "velocity.perDay", is(0.29f),
                        // 2 left at 2 per 7 days: 7 days from today
                        "projection.completionDate", is("2027-03-17"), "projection.onTarget", is(true),
                        "projection.reason", nullValue(),
                        "cost.currency", is("KRW"), "cost.budget", is(100000.0f), "cost.toDate", is(1500.0f),
                        "cost.committed", is(2000.0f), "cost.remainingBudget", is(98500.0f),
                        "cost.percentOfBudgetSpent", is(1.5f),
                        "burnDown", hasSize(days), "burnDown[0].date", is("2027-03-01"))
                .extract().jsonPath();
        Map<String, Integer> remaining = new TreeMap<>();
        for (Map<String, Object> day : progress.<Map<String, Object>>getList("burnDown")) {
            remaining.put((String) day.get("date"), (Integer) day.get("remaining"));
        }
        assertEquals(5, remaining.get("2027-03-01"));
        assertEquals(5, remaining.get("2027-03-02"));
        assertEquals(4, remaining.get("2027-03-03"));
        assertEquals(4, remaining.get("2027-03-07"));
        assertEquals(2, remaining.get("2027-03-08"));
        assertEquals(2, remaining.get("2027-03-10"));
        if (days > 10) {
            assertEquals(null, remaining.get("2027-03-11"), "no actual figures after today");
        }
        // the planned line: 5 cameras less what the plan's dates have swapped by each day; the failed camera
        // is in no plan until the programme is planned again, so the line ends at 1
        int plannedBy = 0;
        for (int i = 0; i < days; i++) {
            LocalDate day = LocalDate.parse("2027-03-01").plusDays(i);
            plannedBy += planned.getOrDefault(day, 0);
            assertEquals(5 - plannedBy, progress.getInt("burnDown[" + i + "].planned"), "planned on " + day);
        }
        assertEquals(1, progress.getInt("burnDown[-1].planned"));

        // a week with no completion: no pace, no projection, and a reason
        clock.set(Instant.parse("2027-03-16T09:00:00Z"));
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/replacement/programmes/{id}/progress", programme)
                .then().statusCode(200).body("velocity.completed", is(0), "velocity.perDay", is(0.0f),
                        "projection.completionDate", nullValue(), "projection.onTarget", nullValue(),
                        "projection.reason", containsString("no work order was completed in the last 7 days"),
                        "remaining", is(2));
    }

    @Test
    void anUnplannedProgrammeHasNothingToProjectAndABehindScheduleOneSaysSo() {
        World world = Fixtures.world(2, "HQ", 1.0);
        String draft = Fixtures.programme(world.site(), 5000);
        clock.set(Instant.parse("2027-02-20T09:00:00Z"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", draft)
                .then().statusCode(200).body("status", is("DRAFT"), "devices", is(0), "percentComplete", is(0.0f),
                        "burnDown", hasSize(0), "projection.completionDate", nullValue(),
                        "projection.reason", containsString("plan it first"), "cost.toDate", is(0.0f),
                        "cost.committed", is(0.0f), "cost.budget", is(5000.0f));

        List<String> orders = Fixtures.plannedOrders(world);
        String programme = programmeOf(orders.get(0));
        completeOn("2027-06-25", orders.get(0));
        // one of two done in the week up to 2027-06-29: the other is 7 days away, after the target of 2027-06-30
        clock.set(Instant.parse("2027-06-29T09:00:00Z"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", programme)
                .then().statusCode(200).body("percentComplete", is(50.0f), "projection.completionDate", is("2027-07-06"),
                        "projection.onTarget", is(false));
        completeOn("2027-06-29", orders.get(1));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", programme)
                .then().statusCode(200).body("percentComplete", is(100.0f), "remaining", is(0),
                        "projection.completionDate", is("2027-06-29"), "projection.onTarget", is(true),
                        "projection.reason", containsString("every camera"));
    }

    @Test
    void unknownProgrammesAndOtherRolesAreRefused() {
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/progress", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("Programme"));
        given().auth().oauth2(vendorToken("v", UUID.randomUUID().toString()))
                .when().get("/api/replacement/programmes/{id}/progress", UUID.randomUUID())
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("legal", "legal-counsel"))
                .when().get("/api/replacement/programmes/{id}/progress", UUID.randomUUID()).then().statusCode(403);
        given().when().get("/api/replacement/programmes/{id}/progress", UUID.randomUUID()).then().statusCode(401);
    }
}
