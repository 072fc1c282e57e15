package org.crp.replacement.planner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.replacement.testing.Fixtures.PM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;

import org.crp.replacement.testing.Fixtures;
import org.crp.replacement.testing.Fixtures.World;
import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class PlanningResourceTest {

    @Test
    void planningStoresOrdersInWavesAndSchedulesCamerasInInventory() {
        World world = Fixtures.world(6, "PERIMETER", 0.5);
        String programme = Fixtures.programme(world.site(), 2000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(200)
                .body("figures.devices", is(6), "figures.scheduled", is(6), "figures.hardViolations", is(0),
                        // 3 a day in a 6-camera perimeter zone at 50%, 2 March is a blackout
                        "figures.makespanDays", is(3), "figures.lowerBoundDays", is(3),
                        "figures.cost", is(3000.0f), "figures.overBudgetBy", is(1000.0f), "figures.meetsTargetDate", is(true),
                        "waves", hasSize(1), "waves[0].orders", is(6), "waves[0].from", is("2027-03-01"),
                        "waves[0].to", is("2027-03-03"), "scheduledInInventory", is(6), "inventoryFailures", hasSize(0));
        // one atomic bulk change names all six cameras by serial, only from the statuses they may leave
        List<LoggedRequest> bulk = InventoryStub.server().findAll(postRequestedFor(urlPathEqualTo(InventoryStub.BULK_STATUS))
                .withRequestBody(containing(Fixtures.serial(world.devices().get(0)))));
        assertEquals(1, bulk.size());
        JsonPath call = JsonPath.from(bulk.get(0).getBodyAsString());
        assertEquals(world.devices().stream().map(Fixtures::serial).sorted().toList(), call.getList("serial"));
        assertEquals(List.of("IN_SERVICE", "FLAGGED", "QUARANTINED"), call.getList("status"));
        assertEquals("SCHEDULED", call.getString("target"));
        InventoryStub.server().verify(postRequestedFor(urlPathEqualTo(InventoryStub.BULK_STATUS))
                .withRequestBody(containing(Fixtures.serial(world.devices().get(0))))
                .withHeader("Authorization", matching("Bearer .+")));
        InventoryStub.server().verify(0, postRequestedFor(urlPathMatching("/api/inventory/devices/[0-9a-f-]{36}/status")));
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/replacement/programmes/{id}", programme)
                .then().statusCode(200).body("status", is("PLANNED"), "plan.scheduled", is(6));
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(200).body("figures.makespanDays", is(3), "waves[0].orders", is(6));

        // planning again is deterministic and replaces the PLANNED orders instead of adding to them
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(200).body("figures.scheduled", is(6), "waves[0].orders", is(6));
    }

    @Test
    void noApprovedVendorInTheRegionIs422NamingIt() {
        World world = Fixtures.world(2, "DEPOT", 1.0);
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "SUSPENDED"))
                .when().post("/api/replacement/vendors/{id}/status", world.vendorId()).then().statusCode(200);
        String programme = Fixtures.programme(world.site(), 2000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("No approved vendor serves region " + world.region()),
                        "detail", containsString("suspended"), "errors[0].field", is("vendor-region"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", programme)
                .then().body("status", is("DRAFT"), "plan", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/plan", programme).then().statusCode(404);
    }

    /** A model added before its country joined inventory's countries of concern is left out of new plans. */
    @Test
    void aModelMadeInACountryOfConcernIsNotPlanned() {
        World world = Fixtures.world(3, "DEPOT", 1.0);
        java.util.Map<String, Object> cheaper = new java.util.HashMap<>(java.util.Map.of("manufacturer", "Lowcost Optics",
                "model", "LC-" + UUID.randomUUID().toString().substring(0, 8), "countryOfOrigin", "VN", "unitCost", 50,
                "installCost", 10, "leadTimeDays", 0));
        String vietnamese = given().auth().oauth2(PM).contentType("application/json").body(cheaper)
                .when().post("/api/replacement/vendors/{v}/models", world.vendorId()).then().statusCode(201)
                .extract().path("id");
        StubMapping listed = InventoryStub.server().stubFor(
                com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/risk/lists/countries-of-concern"))
                        .atPriority(1).willReturn(Fixtures.json("{\"name\":\"countries-of-concern\",\"entries\":[\"CN\",\"VN\"]}")));
        try {
            String programme = Fixtures.programme(world.site(), 100000);
            given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
            List<String> models = given().auth().oauth2(PM).queryParam("programmeId", programme).queryParam("limit", 1000)
                    .when().get("/api/replacement/work-orders").then().statusCode(200).extract().path("items.modelId");
            assertEquals(List.of(world.modelId(), world.modelId(), world.modelId()), models,
                    "every order gets the dearer Korean model, none the listed country's " + vietnamese);
        } finally {
            InventoryStub.server().removeStub(listed);
        }
    }

    @Test
    void aPerimeterOfOneCameraCannotBeSwappedWithoutGoingDark() {
        World world = Fixtures.world(1, "BORDER", 1.0);
        String programme = Fixtures.programme(world.site(), 2000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(422).body("errors[0].field", is("coverage"), "detail", containsString("dark"));
    }

    /** 0.1 of 5 cameras is half a camera: the perimeter may never have one out, so it cannot be replaced. */
    @Test
    void aPerimeterWhoseFractionAllowsLessThanOneCameraIs422NamingTheZoneAndWhatWouldDo() {
        World world = Fixtures.world(5, "PERIMETER", 0.1);
        String programme = Fixtures.programme(world.site(), 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("coverage"),
                        "detail", containsString("Zone NORTH-FENCE (PERIMETER) has 5 cameras and a maxOutOfServiceFraction of 0.1"),
                        "detail", containsString("at least 0.2 (1 of 5 cameras)"));
        given().auth().oauth2(PM).queryParam("programmeId", programme).queryParam("total", true)
                .when().get("/api/replacement/work-orders").then().body("total", is(0));
    }

    /**
     * Two programmes over the same site, zones and vendor (each scoped to one original supplier's cameras): the second
     * plans around the first's live orders, so on no day do both together exceed the vendor's 4 installs or the
     * perimeter's 3 of 12 cameras out.
     */
    /** A site with a 12-camera perimeter (3 out a day) and a yard, half the cameras from each of two suppliers. */
    private record Shared(UUID site, UUID perimeter, UUID first, UUID second) {
    }

    private static Shared shared() {
        String region = "Region-" + UUID.randomUUID();
        Shared world = new Shared(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        UUID yard = UUID.randomUUID();
        Fixtures.stubSite(world.site(), region);
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/zones"))
                .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(world.site().toString()))
                .willReturn(Fixtures.json("{\"items\":[" + zone(world.site(), world.perimeter(), "PER", "PERIMETER", 5, "0.25")
                        + "," + zone(world.site(), yard, "YARD", "DEPOT", 1, "1.0") + "]}")));
        List<String> cameras = new java.util.ArrayList<>();
        for (UUID supplier : List.of(world.first(), world.second())) {
            for (int i = 0; i < 6; i++) {
                cameras.add(camera(world.site(), world.perimeter(), supplier));
            }
            for (int i = 0; i < 2; i++) {
                cameras.add(camera(world.site(), yard, supplier));
            }
        }
        devices = "{\"items\":[" + String.join(",", cameras) + "]}";
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/devices"))
                .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(world.site().toString()))
                .willReturn(Fixtures.json(devices)));
        String vendor = Fixtures.vendor(List.of(region), 4);
        Fixtures.model(vendor, 0);
        return world;
    }

    /** The last {@link #shared()} world's cameras as inventory lists them. */
    private static String devices;

    /** On no day do both programmes together exceed the vendor's 4 installs or the perimeter's 3 of 12 cameras out. */
    private static java.util.Map<Object, Long> assertShared(Shared world, String p1, String p2) {
        List<java.util.Map<String, Object>> orders = new java.util.ArrayList<>();
        for (String programme : List.of(p1, p2)) {
            orders.addAll(given().auth().oauth2(PM).queryParam("programmeId", programme).queryParam("limit", 1000)
                    .when().get("/api/replacement/work-orders").then().statusCode(200).extract().jsonPath().getList("items"));
        }
        assertEquals(16, orders.size());
        java.util.Map<Object, Long> perDay = orders.stream()
                .collect(java.util.stream.Collectors.groupingBy(o -> o.get("scheduledDate"), java.util.stream.Collectors.counting()));
        java.util.Map<Object, Long> perimeterPerDay = orders.stream().filter(o -> world.perimeter().toString().equals(o.get("zoneId")))
                .collect(java.util.stream.Collectors.groupingBy(o -> o.get("scheduledDate"), java.util.stream.Collectors.counting()));
        perDay.forEach((day, count) -> org.junit.jupiter.api.Assertions.assertTrue(count <= 4,
                "vendor has " + count + " installs on " + day + ": " + perDay));
        perimeterPerDay.forEach((day, count) -> org.junit.jupiter.api.Assertions.assertTrue(count <= 3,
                "perimeter has " + count + " out on " + day + ": " + perimeterPerDay));
        return new java.util.TreeMap<>(perDay);
    }

    /**
     * Two programmes over the same site, zones and vendor (each scoped to one original supplier's cameras): the second
     * plans around the first's live orders.
     */
    @Test
    void aSecondProgrammePlansAroundTheFirstsLiveOrders() {
        Shared world = shared();
        String p1 = programme(world.site(), world.first());
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", p1)
                .then().statusCode(200).body("figures.scheduled", is(8), "figures.hardViolations", is(0));
        String p2 = programme(world.site(), world.second());
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", p2)
                .then().statusCode(200).body("figures.scheduled", is(8), "figures.hardViolations", is(0),
                        "figures.keptOrders", is(0));
        // the first programme's days are full, so the second's come after them
        assertEquals(java.util.Map.of("2027-03-01", 4L, "2027-03-03", 4L, "2027-03-04", 4L, "2027-03-05", 4L),
                assertShared(world, p1, p2));
    }

    /**
     * The first programme reads the live orders, then waits for inventory's camera list while the second is planned and
     * stored: storing its plan as made would put both on the same days. It is made again instead, around the second's.
     */
    @Test
    void twoProgrammesPlannedAtTheSameMomentStillShareTheDays() throws Exception {
        Shared world = shared();
        String p1 = programme(world.site(), world.first());
        String p2 = programme(world.site(), world.second());
        // the first camera list inventory gives takes 3 s; every later one comes at once
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/devices"))
                .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(world.site().toString()))
                .atPriority(1).inScenario("slow-" + world.site()).whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willSetStateTo("answered").willReturn(Fixtures.json(devices).withFixedDelay(3000)));
        java.util.concurrent.ExecutorService other = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            java.util.concurrent.Future<io.restassured.response.Response> first = other.submit(() ->
                    given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", p1));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !InventoryStub.server()
                    .findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/api/inventory/devices"))
                            .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(world.site().toString())))
                    .isEmpty());
            given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", p2)
                    .then().statusCode(200).body("figures.scheduled", is(8), "figures.hardViolations", is(0));
            first.get(30, java.util.concurrent.TimeUnit.SECONDS).then().statusCode(200)
                    .body("figures.scheduled", is(8), "figures.hardViolations", is(0));
        } finally {
            other.shutdown();
        }
        // the second was stored first, so its days come first this time
        assertEquals(java.util.Map.of("2027-03-01", 4L, "2027-03-03", 4L, "2027-03-04", 4L, "2027-03-05", 4L),
                assertShared(world, p1, p2));
    }

    @jakarta.inject.Inject
    org.crp.replacement.testing.TestClock clock;

    /** A programme planned (again) under way starts from today: days gone by cannot be worked. Waves still count from its start. */
    @Test
    void aProgrammeUnderWayIsPlannedFromToday() {
        World world = Fixtures.world(6, "PERIMETER", 0.5);
        String programme = Fixtures.programme(world.site(), 100000);
        clock.set(java.time.Instant.parse("2027-04-01T08:00:00Z"));
        try {
            given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                    .then().statusCode(200).body("figures.scheduled", is(6), "figures.hardViolations", is(0),
                            // 3 a day from 1 April, the 31st day of a programme that started on 1 March: its fifth week
                            "waves", hasSize(1), "waves[0].wave", is(5), "waves[0].from", is("2027-04-01"),
                            "waves[0].to", is("2027-04-02"));
        } finally {
            clock.reset();
        }
    }

    /** A DRAFT programme whose scope, money or dates change loses its plan: PLANNED needs a plan made for them. */
    @Test
    void changingADraftProgrammeVoidsItsPlan() {
        World world = Fixtures.world(2, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        given().auth().oauth2(PM).contentType("application/json").header("If-Match", "\"1\"").body(java.util.Map.of("status", "DRAFT"))
                .when().post("/api/replacement/programmes/{id}/status", programme).then().statusCode(200).body("status", is("DRAFT"));
        java.util.Map<String, Object> changed = new java.util.HashMap<>();
        changed.put("name", "Smaller " + UUID.randomUUID());
        changed.put("scope", java.util.Map.of("siteIds", List.of(world.site().toString())));
        changed.put("budget", 500);
        changed.put("currency", "KRW");
        changed.put("startDate", "2027-05-01");
        changed.put("targetDate", "2027-06-30");
        changed.put("blackoutDates", List.of());
        given().auth().oauth2(PM).contentType("application/json").header("If-Match", "\"2\"").body(changed)
                .when().put("/api/replacement/programmes/{id}", programme).then().statusCode(200)
                .body("plan", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "PLANNED"))
                .when().post("/api/replacement/programmes/{id}/status", programme)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("has no plan yet"));
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(200).body("waves[0].from", is("2027-05-01"), "figures.overBudgetBy", is(500.0f));
    }

    /** A failed order is not in the plan: after a re-plan its camera's new order is counted, the failed one is not. */
    @Test
    void aPlansWavesCountTheCurrentOrdersOnly() {
        World world = Fixtures.world(2, "HQ", 1.0);
        List<String> orders = Fixtures.plannedOrders(world);
        for (String status : List.of("DISPATCHED", "IN_PROGRESS", "FAILED")) {
            status(PM, orders.get(0), status);
        }
        String programme = given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", orders.get(0))
                .then().extract().path("programmeId");
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200)
                .body("waves.orders.sum()", is(2), "waves.cost.sum()", is(1000.0f));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200)
                .body("waves.orders.sum()", is(2));
    }

    /** A camera planned while inventory still had it SCHEDULED (a release on its way) is named in the bulk change too. */
    @Test
    void everyPlannedCameraIsNamedInTheBulkChangeEvenOneReadAsScheduled() {
        UUID site = UUID.randomUUID();
        UUID zone = UUID.randomUUID();
        UUID camera = UUID.randomUUID();
        String region = "Region-" + UUID.randomUUID();
        Fixtures.stubSite(site, region);
        Fixtures.stubZone(site, zone, "HQ", 1.0);
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/devices"))
                .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(site.toString()))
                .willReturn(Fixtures.json("{\"items\":[{\"id\":\"" + camera + "\",\"siteId\":\"" + site + "\",\"zoneId\":\""
                        + zone + "\",\"status\":\"SCHEDULED\",\"riskScore\":80,\"riskLevel\":\"CRITICAL\",\"serial\":\""
                        + Fixtures.serial(camera) + "\",\"model\":\"X\"}]}")));
        Fixtures.model(Fixtures.vendor(List.of(region), 10), 0);
        String programme = Fixtures.programme(site, 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200)
                .body("figures.scheduled", is(1));
        assertEquals(1, InventoryStub.server().findAll(postRequestedFor(urlPathEqualTo(InventoryStub.BULK_STATUS))
                .withRequestBody(containing(Fixtures.serial(camera)))).size());
    }

    /** A maker put on inventory's watchlist after its model joined the catalogue: inventory would refuse every swap. */
    @Test
    void aModelWhoseMakerIsNowCoveredIsNotPlanned() {
        World world = Fixtures.world(2, "HQ", 1.0);
        String maker = "Maker-" + UUID.randomUUID().toString().substring(0, 8);
        java.util.Map<String, Object> cheap = new java.util.HashMap<>();
        cheap.put("manufacturer", maker);
        cheap.put("model", "CHEAP-1");
        cheap.put("countryOfOrigin", "KR");
        cheap.put("unitCost", 10);
        cheap.put("installCost", 10);
        cheap.put("leadTimeDays", 0);
        given().auth().oauth2(PM).contentType("application/json").body(cheap)
                .when().post("/api/replacement/vendors/{v}/models", world.vendorId()).then().statusCode(201);
        // the security officers cover the maker afterwards
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/watchlist/match"))
                .withQueryParam("name", com.github.tomakehurst.wiremock.client.WireMock.equalTo(maker)).atPriority(1)
                .willReturn(Fixtures.json("{\"name\":\"" + maker + "\",\"covered\":true}")));
        List<String> orders = Fixtures.plannedOrders(world);
        assertEquals(2, orders.size());
        for (String order : orders) {
            given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", order)
                    .then().body("modelId", is(world.modelId()));
        }
    }

    /** A re-plan's cost and overrun count the orders it keeps, as progress's committed cost does. */
    @Test
    void aReplansCostAndOverrunCountTheOrdersItKeeps() {
        World world = Fixtures.world(2, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 600);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200)
                .body("figures.cost", is(1000.0f), "figures.overBudgetBy", is(400.0f));
        String order = given().auth().oauth2(PM).queryParam("programmeId", programme)
                .when().get("/api/replacement/work-orders").then().extract().path("items[0].id");
        status(PM, order, "DISPATCHED");
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200)
                .body("figures.keptOrders", is(1), "figures.cost", is(1000.0f), "figures.overBudgetBy", is(400.0f),
                        "waves.cost.sum()", is(1000.0f));
    }

    /** A camera a programme installed is not swapped again unless it turned out HIGH or CRITICAL since. */
    @Test
    void aReplacementCameraIsSwappedOnlyWhenItTurnedOutHighRisk() {
        UUID site = UUID.randomUUID();
        UUID zone = UUID.randomUUID();
        String region = "Region-" + UUID.randomUUID();
        Fixtures.stubSite(site, region);
        Fixtures.stubZone(site, zone, "HQ", 1.0);
        UUID fresh = UUID.randomUUID();
        UUID coveredSince = UUID.randomUUID();
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/devices"))
                .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(site.toString()))
                .willReturn(Fixtures.json("{\"items\":[" + replacement(fresh, site, zone, "LOW", 0) + ","
                        + replacement(coveredSince, site, zone, "CRITICAL", 90) + "]}")));
        Fixtures.model(Fixtures.vendor(List.of(region), 10), 0);
        String programme = Fixtures.programme(site, 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200)
                .body("figures.scheduled", is(1));
        given().auth().oauth2(PM).queryParam("programmeId", programme).when().get("/api/replacement/work-orders")
                .then().body("items.deviceId", org.hamcrest.Matchers.contains(coveredSince.toString()));
    }

    private static String replacement(UUID id, UUID site, UUID zone, String level, int score) {
        return "{\"id\":\"" + id + "\",\"siteId\":\"" + site + "\",\"zoneId\":\"" + zone + "\",\"status\":\"IN_SERVICE\","
                + "\"riskScore\":" + score + ",\"riskLevel\":\"" + level + "\",\"serial\":\"" + Fixtures.serial(id)
                + "\",\"model\":\"X\",\"replacesDeviceId\":\"" + UUID.randomUUID() + "\"}";
    }

    private static String zone(UUID site, UUID zone, String code, String kind, int criticality, String fraction) {
        return "{\"id\":\"" + zone + "\",\"siteId\":\"" + site + "\",\"code\":\"" + code + "\",\"kind\":\"" + kind
                + "\",\"criticality\":" + criticality + ",\"maxOutOfServiceFraction\":" + fraction + "}";
    }

    private static String camera(UUID site, UUID zone, UUID supplier) {
        UUID id = UUID.randomUUID();
        return "{\"id\":\"" + id + "\",\"siteId\":\"" + site + "\",\"zoneId\":\"" + zone + "\",\"supplierId\":\""
                + supplier + "\",\"status\":\"FLAGGED\",\"riskScore\":80,\"riskLevel\":\"CRITICAL\",\"serial\":\""
                + Fixtures.serial(id) + "\",\"model\":\"X\"}";
    }

    private static String programme(UUID site, UUID supplier) {
        java.util.Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", "Programme " + UUID.randomUUID());
        body.put("scope", java.util.Map.of("siteIds", List.of(site.toString()), "supplierIds", List.of(supplier.toString())));
        body.put("budget", 100000);
        body.put("currency", "KRW");
        body.put("startDate", "2027-03-01");
        body.put("targetDate", "2027-06-30");
        body.put("blackoutDates", List.of("2027-03-02"));
        return given().auth().oauth2(PM).contentType("application/json").body(body)
                .when().post("/api/replacement/programmes").then().statusCode(201).extract().path("id");
    }

    @Test
    void onlyProgrammeManagersPlanAndUnknownProgrammeIs404() {
        given().auth().oauth2(token("auditor", "auditor")).when().post("/api/replacement/programmes/{id}/plan", UUID.randomUUID())
                .then().statusCode(403);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void plannedProgrammeMovesOnThroughTheTable() {
        World world = Fixtures.world(2, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 2000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "ACTIVE"))
                .when().post("/api/replacement/programmes/{id}/status", programme).then().statusCode(200)
                .body("status", is("ACTIVE"));
        List<String> orders = given().auth().oauth2(PM).queryParam("programmeId", programme)
                .when().get("/api/replacement/work-orders").then().extract().path("items.id");
        for (String order : orders) {
            given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "CANCELLED"))
                    .when().post("/api/replacement/work-orders/{id}/status", order).then().statusCode(200);
        }
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "COMPLETED"))
                .when().post("/api/replacement/programmes/{id}/status", programme).then().statusCode(200)
                .body("status", is("COMPLETED"));
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(409).body("detail", containsString("COMPLETED"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes").then().body("items.status", org.hamcrest.Matchers.hasItem("COMPLETED"));
    }

    /** A completed programme with live orders would keep their cameras SCHEDULED for good and its orders workable. */
    @Test
    void aProgrammeWithOpenOrdersCannotBeCompleted() {
        World world = Fixtures.world(3, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "ACTIVE"))
                .when().post("/api/replacement/programmes/{id}/status", programme).then().statusCode(200);
        List<String> orders = given().auth().oauth2(PM).queryParam("programmeId", programme)
                .when().get("/api/replacement/work-orders").then().extract().path("items.id");
        String engineer = org.crp.common.testing.TestTokens.vendorToken("engineer-" + UUID.randomUUID(), world.vendorId());
        status(PM, orders.get(0), "DISPATCHED");
        status(PM, orders.get(1), "DISPATCHED");
        status(engineer, orders.get(1), "IN_PROGRESS");

        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "COMPLETED"))
                .when().post("/api/replacement/programmes/{id}/status", programme)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("still has 3 open work orders (1 PLANNED, 1 DISPATCHED, 1 IN_PROGRESS)"),
                        "detail", containsString("cancel them"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", programme)
                .then().body("status", is("ACTIVE"));
        // the vendor may still work its orders meanwhile
        status(engineer, orders.get(0), "IN_PROGRESS");

        status(PM, orders.get(2), "CANCELLED");
        status(engineer, orders.get(0), "FAILED");
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "COMPLETED"))
                .when().post("/api/replacement/programmes/{id}/status", programme)
                .then().statusCode(409).body("detail", containsString("still has 1 open work order (1 IN_PROGRESS)"));
        given().auth().oauth2(engineer).contentType("application/json")
                .body(java.util.Map.of("serial", "NEW-" + UUID.randomUUID(), "macAddress", "00-1a-2b-3c-4d-5f"))
                .when().post("/api/replacement/work-orders/{id}/completion", orders.get(1)).then().statusCode(200);
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "COMPLETED"))
                .when().post("/api/replacement/programmes/{id}/status", programme)
                .then().statusCode(200).body("status", is("COMPLETED"));
    }

    private static void status(String token, String order, String status) {
        given().auth().oauth2(token).contentType("application/json").body(java.util.Map.of("status", status))
                .when().post("/api/replacement/work-orders/{id}/status", order).then().statusCode(200);
    }

    @Test
    void replanningKeepsDispatchedOrdersAndMovesTheRest() {
        World world = Fixtures.world(4, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        List<String> first = given().auth().oauth2(PM).queryParam("programmeId", programme)
                .when().get("/api/replacement/work-orders").then().extract().path("items.id");
        String kept = first.get(0);
        given().auth().oauth2(PM).contentType("application/json").body(java.util.Map.of("status", "DISPATCHED"))
                .when().post("/api/replacement/work-orders/{id}/status", kept).then().statusCode(200);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(200).body("figures.keptOrders", is(1), "figures.scheduled", is(3), "figures.devices", is(3));
        List<String> second = given().auth().oauth2(PM).queryParam("programmeId", programme).queryParam("total", true)
                .when().get("/api/replacement/work-orders").then().body("total", is(4)).extract().path("items.id");
        org.junit.jupiter.api.Assertions.assertTrue(second.contains(kept), "the dispatched order stays");
        org.junit.jupiter.api.Assertions.assertEquals(1, second.stream().filter(first::contains).count(),
                "the planned ones were moved (re-created)");
        given().auth().oauth2(PM).when().get("/api/replacement/work-orders/{id}", kept).then().body("status", is("DISPATCHED"));
    }

    @Test
    void aPageInventoryCannotTakeIsNamedAndThePlanStays() {
        World world = Fixtures.world(3, "HQ", 1.0);
        String programme = Fixtures.programme(world.site(), 100000);
        StubMapping down = InventoryStub.server().stubFor(post(urlPathEqualTo(InventoryStub.BULK_STATUS)).atPriority(1)
                .withRequestBody(containing(Fixtures.serial(world.devices().get(0))))
                .willReturn(aResponse().withStatus(409).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"status\":409,\"detail\":\"1 of 3 devices cannot go to SCHEDULED; nothing was changed\"}")));
        try {
            given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                    .then().statusCode(200).body("figures.scheduled", is(3), "scheduledInInventory", is(0),
                            "inventoryFailures", hasSize(1),
                            "inventoryFailures[0]", containsString("3 cameras"),
                            "inventoryFailures[0]", containsString("cannot go to SCHEDULED"));
        } finally {
            InventoryStub.server().removeStub(down);
        }
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", programme).then().body("status", is("PLANNED"));
        // planning again retries the page
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(200).body("scheduledInInventory", is(3), "inventoryFailures", hasSize(0));
    }

    @Test
    void serialsGoInSortedPagesOfAtMostTheBulkLimit() {
        List<String> serials = new java.util.ArrayList<>();
        for (int i = 2500; i > 0; i--) {
            serials.add(String.format("S-%05d", i));
        }
        serials.add("S-00001");
        List<List<String>> pages = PlanningService.pages(serials, 1000);
        assertEquals(List.of(1000, 1000, 500), pages.stream().map(List::size).toList());
        assertEquals("S-00001", pages.get(0).get(0));
        assertEquals("S-01000", pages.get(0).get(999));
        assertEquals("S-01001", pages.get(1).get(0));
        assertEquals("S-02500", pages.get(2).get(499));
        assertEquals(List.of(), PlanningService.pages(List.of(), 1000));
    }

    @Test
    void inventoryDownWhilePlanningIs503AndNothingIsStored() {
        UUID site = UUID.randomUUID();
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/api/inventory/devices"))
                .withQueryParam("siteId", com.github.tomakehurst.wiremock.client.WireMock.equalTo(site.toString()))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(503)));
        String programme = Fixtures.programme(site, 1000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme)
                .then().statusCode(503).contentType("application/problem+json").body("detail", containsString("inventory"));
        given().auth().oauth2(PM).when().get("/api/replacement/programmes/{id}", programme).then().body("status", is("DRAFT"));
    }
}
