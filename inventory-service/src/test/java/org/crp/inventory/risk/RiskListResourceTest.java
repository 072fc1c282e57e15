package org.crp.inventory.risk;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.crp.common.testing.TestTokens;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RiskListResourceTest {

    static final String SECURITY = TestTokens.token("security", "security-officer");
    static final String ADMIN = TestTokens.token("admin", "admin");
    static final String AUDITOR = TestTokens.token("auditor", "auditor");
    static final List<String> COUNTRIES = List.of("CN", "HK", "IR", "KP", "MO", "RU");
    static final List<String> ALLOWLIST = List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7");
    static final String LISTS = "/api/inventory/risk/lists/{name}";

    static long version(String name) {
        return given().auth().oauth2(AUDITOR).when().get(LISTS, name).then().statusCode(200).extract().jsonPath()
                .getLong("version");
    }

    static ValidatableResponse put(String token, String name, Object ifMatch, List<String> entries) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        Map<String, Object> body = new HashMap<>();
        body.put("entries", entries);
        body.put("note", "test");
        return request.body(body).when().put(LISTS, name).then();
    }

    @AfterEach
    void restoreTheSeed() {
        for (var list : Map.of("countries-of-concern", COUNTRIES, "destination-allowlist", ALLOWLIST).entrySet()) {
            List<String> now = given().auth().oauth2(AUDITOR).when().get(LISTS, list.getKey()).then().extract()
                    .jsonPath().getList("entries");
            if (!now.equals(list.getValue())) {
                put(ADMIN, list.getKey(), version(list.getKey()), list.getValue()).statusCode(200);
            }
        }
    }

    /** A device in a zone of criticality 5 that was seen talking to an allowlisted address in {@code country}. */
    static String deviceTalkingTo(String destination, String country) {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, Fixtures.zone(site, 5), "02:7C:01");
        String id = Fixtures.register(device);
        Map<String, Object> flow = new HashMap<>();
        flow.put("time", "2026-04-01T02:03:04Z");
        flow.put("sourceMac", device.get("macAddress"));
        flow.put("destination", destination);
        flow.put("port", 443);
        flow.put("protocol", "TCP");
        flow.put("destinationCountry", country);
        flow.put("bytes", 1000);
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of(flow))
                .when().post("/api/inventory/observations").then().statusCode(200).body("matched", equalTo(1));
        return id;
    }

    @Test
    void addingAndRemovingACountryRescoresADeviceThatCalledIt() {
        String id = deviceTalkingTo("10.77.1.2", "BY");
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().body("riskScore", equalTo(0), "riskLevel", equalTo("LOW"));

        long v = version("countries-of-concern");
        List<String> withBelarus = new ArrayList<>(COUNTRIES);
        withBelarus.add("BY");
        put(SECURITY, "countries-of-concern", v, withBelarus).statusCode(200)
                .header("ETag", containsString(Long.toString(v + 1)))
                .body("entries", equalTo(List.of("BY", "CN", "HK", "IR", "KP", "MO", "RU")), "version", equalTo((int) v + 1));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PM)
                .when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", hasItem("FOREIGN_CALLBACK"), "riskLevel", equalTo("HIGH"),
                        "status", equalTo("FLAGGED"), "riskReasons.find { it.code == 'FOREIGN_CALLBACK' }.detail",
                        containsString("BY")));

        String requestId = put(SECURITY, "countries-of-concern", v + 1, COUNTRIES).statusCode(200).extract().header("X-Request-Id");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PM)
                .when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", not(hasItem("FOREIGN_CALLBACK")), "riskScore", equalTo(0),
                        "riskLevel", equalTo("LOW")));

        given().auth().oauth2(AUDITOR).when().get(LISTS + "/history", "countries-of-concern")
                .then().statusCode(200).body("items.changes.added", hasItem(List.of("BY")),
                        "items.changes.removed", hasItem(List.of("BY")), "items.subject", hasItem("security"),
                        "items.changes.note", hasItem("test"));
        // the re-score is recorded as the list change's doing: who changed it, under which request
        given().auth().oauth2(PM).queryParam("total", true).when().get("/api/inventory/devices/{id}/history", id)
                .then().body("items.findAll { it.action == 'RISK_ASSESSED' }.last().subject", equalTo("security"),
                        "items.findAll { it.action == 'RISK_ASSESSED' }.last().requestId", equalTo(requestId),
                        "total", greaterThan(1));
        given().auth().oauth2(AUDITOR).queryParam("total", true).when().get(LISTS + "/history", "countries-of-concern")
                .then().statusCode(200).body("total", greaterThan(1));
    }

    @Test
    void allowlistingAHostTakesItsCallbacksOutOfTheScore() {
        String id = deviceTalkingTo("firmware.vendor-example.com", "KR");
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.find { it.code == 'FOREIGN_CALLBACK' }.points", equalTo(30));
        List<String> entries = new ArrayList<>(ALLOWLIST);
        entries.add("Firmware.Vendor-Example.COM.");
        put(ADMIN, "destination-allowlist", version("destination-allowlist"), entries).statusCode(200)
                .body("entries", hasItem("firmware.vendor-example.com"), "entries", hasSize(5));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(PM)
                .when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", not(hasItem("FOREIGN_CALLBACK")), "riskScore", equalTo(0)));
    }

    @Test
    void badCountryCodesAre400NamingEachEntryAndChangeNothing() {
        long v = version("countries-of-concern");
        for (String bad : List.of("cn", "XX", "CHN", "", "C1")) {
            put(SECURITY, "countries-of-concern", v, List.of("RU", bad)).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("entries[1]"), "errors[0].message", containsString("alpha-2"));
        }
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body("{\"entries\": [\"RU\", null]}").when().put(LISTS, "countries-of-concern")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "\"" + v + "\"")
                .body("{\"note\": \"no entries\"}").when().put(LISTS, "countries-of-concern")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).when().get(LISTS, "countries-of-concern")
                .then().body("version", equalTo((int) v), "entries", equalTo(COUNTRIES));
    }

    @Test
    void badAllowlistEntriesAre400WithAnActionableMessage() {
        long v = version("destination-allowlist");
        Map<String, String> cases = Map.of(
                "10.1.2.3/8", "10.0.0.0/8",
                "10.0.0.0/33", "0 to 32",
                "fc00::/129", "0 to 128",
                "*.example.org", "wildcard",
                "bad host!", "host name",
                "999.1.1.1", "host name",
                "a..b", "host name",
                "10.0.0.0/x", "prefix length");
        for (var c : cases.entrySet()) {
            put(SECURITY, "destination-allowlist", v, Arrays.asList("10.0.0.0/8", c.getKey())).statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("entries[1]"), "errors[0].message", containsString(c.getValue()));
        }
        given().auth().oauth2(AUDITOR).when().get(LISTS, "destination-allowlist")
                .then().body("version", equalTo((int) v), "entries", equalTo(ALLOWLIST));
    }

    @Test
    void aStaleOrMissingIfMatchIsRefused() {
        long v = version("countries-of-concern");
        put(SECURITY, "countries-of-concern", v + 5, COUNTRIES.subList(0, 3)).statusCode(412)
                .contentType("application/problem+json");
        put(SECURITY, "countries-of-concern", null, COUNTRIES.subList(0, 3)).statusCode(428)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        // a malformed one: the advice is to send the ETag, never to leave out what this list requires
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "nope")
                .body(Map.of("entries", COUNTRIES.subList(0, 3))).when().put(LISTS, "countries-of-concern")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("send the ETag you read"), "detail", not(containsString("leave If-Match out")));
        given().auth().oauth2(AUDITOR).when().get(LISTS, "countries-of-concern")
                .then().body("version", equalTo((int) v), "entries", equalTo(COUNTRIES));
    }

    @Test
    void onlySecurityOfficersAndAdminsChangeTheListsAndUnknownListsAre404() {
        long v = version("countries-of-concern");
        put(PM, "countries-of-concern", v, COUNTRIES).statusCode(403);
        put(AUDITOR, "countries-of-concern", v, COUNTRIES).statusCode(403);
        given().auth().oauth2(AUDITOR).when().get(LISTS, "favourite-countries")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("countries-of-concern"));
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/risk/lists")
                .then().statusCode(200).body("name", equalTo(List.of("countries-of-concern", "destination-allowlist")));
        given().auth().oauth2(TestTokens.vendorToken("v", java.util.UUID.randomUUID().toString()))
                .when().get("/api/inventory/risk/lists").then().statusCode(403);
    }
}
