package org.crp.replacement.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.restassured.http.ContentType;

/** A small world: one site in a region of its own, one zone, a vendor serving it with one model, an inventory stub. */
public final class Fixtures {

    public static final String PM = token("pm", "program-manager");

    private Fixtures() {
    }

    public record World(String region, UUID site, UUID zone, List<UUID> devices, String vendorId, String modelId) {
    }

    public static World world(int devices, String zoneKind, double fraction) {
        String region = "Region-" + UUID.randomUUID();
        UUID site = UUID.randomUUID();
        UUID zone = UUID.randomUUID();
        List<UUID> ids = new java.util.ArrayList<>();
        for (int i = 0; i < devices; i++) {
            ids.add(UUID.randomUUID());
        }
        stubSite(site, region);
        stubZone(site, zone, zoneKind, fraction);
        stubDevices(site, zone, ids);
        String vendor = vendor(List.of(region), 10);
        String model = model(vendor, 0);
        return new World(region, site, zone, ids, vendor, model);
    }

    public static void stubSite(UUID site, String region) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/sites")).willReturn(json(
                "{\"items\":[{\"id\":\"" + site + "\",\"code\":\"S\",\"region\":\"" + region + "\"}]}")));
    }

    public static void stubZone(UUID site, UUID zone, String kind, double fraction) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/zones")).withQueryParam("siteId", equalTo(site.toString()))
                .willReturn(json("{\"items\":[{\"id\":\"" + zone + "\",\"siteId\":\"" + site + "\",\"code\":\"NORTH-FENCE\",\"kind\":\""
                        + kind + "\",\"criticality\":5,\"maxOutOfServiceFraction\":" + fraction + "}]}")));
    }

    public static void stubDevices(UUID site, UUID zone, List<UUID> ids) {
        String items = ids.stream().map(id -> "{\"id\":\"" + id + "\",\"siteId\":\"" + site + "\",\"zoneId\":\"" + zone
                + "\",\"status\":\"FLAGGED\",\"riskScore\":80,\"riskLevel\":\"CRITICAL\",\"serial\":\"" + serial(id)
                + "\",\"model\":\"X\"}")
                .collect(Collectors.joining(","));
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices")).withQueryParam("siteId", equalTo(site.toString()))
                .willReturn(json("{\"items\":[" + items + "]}")));
    }

    /** The serial the inventory stub gives a camera. */
    public static String serial(UUID device) {
        return "OLD-" + device;
    }

    public static String vendor(List<String> regions, int perDay) {
        Map<String, Object> body = new HashMap<>();
        String number = "REG-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        body.put("name", "Vendor " + number);
        body.put("registrationNumber", number);
        body.put("country", "KR");
        body.put("regions", regions);
        body.put("installsPerDay", perDay);
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors").then().statusCode(201).extract().path("id");
    }

    public static String model(String vendor, int leadTime) {
        Map<String, Object> body = new HashMap<>();
        body.put("manufacturer", "Hanwha Vision");
        body.put("model", "QNV-" + UUID.randomUUID().toString().substring(0, 8));
        body.put("countryOfOrigin", "KR");
        body.put("unitCost", 400);
        body.put("installCost", 100);
        body.put("leadTimeDays", leadTime);
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors/{v}/models", vendor).then().statusCode(201).extract().path("id");
    }

    public static String programme(UUID site, int budget) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Programme " + UUID.randomUUID());
        body.put("scope", Map.of("siteIds", List.of(site.toString())));
        body.put("budget", budget);
        body.put("currency", "KRW");
        body.put("startDate", "2027-03-01");
        body.put("targetDate", "2027-06-30");
        body.put("blackoutDates", List.of("2027-03-02"));
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/programmes").then().statusCode(201).extract().path("id");
    }

    /** Plans the world's programme and answers the ids of its work orders. */
    public static List<String> plannedOrders(World world) {
        String programme = programme(world.site(), 100000);
        given().auth().oauth2(PM).when().post("/api/replacement/programmes/{id}/plan", programme).then().statusCode(200);
        return given().auth().oauth2(PM).queryParam("programmeId", programme).queryParam("limit", 1000)
                .when().get("/api/replacement/work-orders").then().statusCode(200).extract().path("items.id");
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
