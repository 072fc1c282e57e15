package org.crp.inventory.network;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crp.common.testing.TestTokens;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class NetworkResourceTest {

    static final String SECURITY = TestTokens.token("security", "security-officer");

    static Map<String, Object> flow(String mac, String destination, String country) {
        Map<String, Object> flow = new HashMap<>();
        flow.put("time", "2026-04-01T02:03:04Z");
        flow.put("sourceMac", mac);
        flow.put("destination", destination);
        flow.put("port", 8000);
        flow.put("protocol", "TCP");
        flow.put("destinationCountry", country);
        flow.put("bytes", 123456);
        return flow;
    }

    @Test
    void callbacksAbroadAreStoredAndFlagTheCamera() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, Fixtures.zone(site, 5), "02:AB:01");
        String mac = (String) device.get("macAddress");
        String id = Fixtures.register(device);
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(List.of(flow(mac.toLowerCase(), "203.0.113.50", "CN"), flow("02:AB:FF:00:00:01", "10.0.0.1", "KR"),
                        flow(mac, "10.1.2.3", "KR")))
                .when().post("/api/inventory/observations")
                .then().statusCode(200)
                .body("received", equalTo(3), "matched", equalTo(2), "unmatched", hasSize(1), "unmatched[0].row", equalTo(1));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", hasItem("FOREIGN_CALLBACK"), "status", equalTo("FLAGGED"),
                        "riskReasons.find { it.code == 'FOREIGN_CALLBACK' }.detail", containsString("CN"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/observations", id)
                .then().statusCode(200).body("items", hasSize(2));
    }

    @Test
    void unlistedDestinationsCountLessThanCountriesOfConcern() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, Fixtures.zone(site, 3), "02:AB:02");
        String id = Fixtures.register(device);
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(List.of(flow((String) device.get("macAddress"), "updates.example.org", "US")))
                .when().post("/api/inventory/observations").then().statusCode(200).body("matched", equalTo(1));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().body("riskLevel", equalTo("MEDIUM"), "status", equalTo("IN_SERVICE"),
                        "riskReasons.find { it.code == 'FOREIGN_CALLBACK' }.points", equalTo(30));
    }

    @Test
    void aMalformedRowRejectsTheWholeBatch() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, null, "02:AB:03");
        String id = Fixtures.register(device);
        Map<String, Object> bad = flow("zz:zz", "203.0.113.1", "CN");
        Map<String, Object> badPort = flow((String) device.get("macAddress"), "203.0.113.1", "XX");
        badPort.put("port", 70000);
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(List.of(flow((String) device.get("macAddress"), "203.0.113.1", "CN"), bad))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("[1].sourceMac"));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of(badPort))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors.field", hasItem(containsString("port")),
                        "errors.field", hasItem(containsString("destinationCountry")));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of())
                .when().post("/api/inventory/observations").then().statusCode(400);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/observations", id).then().body("items", hasSize(0));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(List.of(flow("02:AB:03:00:00:01", "x", "CN")))
                .when().post("/api/inventory/observations").then().statusCode(403);
    }

    @Test
    void csvBatchesAreAcceptedWithTheSameRules() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, null, "02:AB:04");
        String id = Fixtures.register(device);
        String csv = "time,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n"
                + "2026-04-01T02:03:04Z,," + device.get("macAddress") + ",203.0.113.7,443,TCP,RU,900\n";
        given().auth().oauth2(SECURITY).contentType("text/csv").body(csv).when().post("/api/inventory/observations")
                .then().statusCode(200).body("matched", equalTo(1));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().body("riskReasons.code", hasItem("FOREIGN_CALLBACK"));
        given().auth().oauth2(SECURITY).contentType("text/csv")
                .body("time,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n"
                        + "yesterday,,02:AB:04:00:00:01,x,99999,SCTP,CN,-1\n")
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors.field", hasItem("rows[1].time"));
        given().auth().oauth2(SECURITY).contentType("text/csv").body("a,b\n1,2\n").when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("header"));
    }

    /**
     * A CSV batch names its rows as the file numbers them, from 1 after the header, in every error and in the report;
     * a JSON batch by array index from 0, as its own errors do.
     */
    @Test
    void aCsvBatchNamesItsRowsByTheirNumberInTheFileThroughout() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, null, "02:AB:06");
        String mac = (String) device.get("macAddress");
        Fixtures.register(device);
        String header = "time,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n";
        String good = "2026-04-01T02:03:04Z,," + mac + ",203.0.113.7,443,TCP,RU,900\n";
        given().auth().oauth2(SECURITY).contentType("text/csv").body(header + good + good.replace(mac, "zz:zz") + good)
                .when().post("/api/inventory/observations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("rows[2].sourceMac"));
        given().auth().oauth2(SECURITY).contentType("text/csv").body(header + good + good.replace("," + mac + ",", ",,"))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors.field", contains("rows[2]"));
        given().auth().oauth2(SECURITY).contentType("text/csv")
                .body(header + good + good.replace(mac, "02:AB:61:00:00:01"))
                .when().post("/api/inventory/observations")
                .then().statusCode(200).body("matched", equalTo(1), "unmatched", hasSize(1), "unmatched[0].row", equalTo(2));
        // the JSON array keeps its own numbering, from 0
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(List.of(flow(mac, "203.0.113.7", "RU"), flow("02:AB:61:00:00:02", "203.0.113.7", "RU")))
                .when().post("/api/inventory/observations")
                .then().statusCode(200).body("unmatched[0].row", equalTo(1));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of(flow(mac, "203.0.113.7", "RU"), flow("zz", "x", "RU")))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors.field", contains("[1].sourceMac"));
        Map<String, Object> badPort = flow(mac, "203.0.113.7", "RU");
        badPort.put("port", 70000);
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of(flow(mac, "203.0.113.7", "RU"), badPort))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors.field", contains("[1].port"));
        given().auth().oauth2(SECURITY).contentType("text/csv").body(header + good + good.replace(",443,", ",70000,"))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors.field", contains("rows[2].port"));
    }

    /** Spreadsheet programs save UTF-8 with a byte order mark before the header. */
    @Test
    void aCsvBatchSavedWithAByteOrderMarkIsRead() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, null, "02:AB:07");
        Fixtures.register(device);
        String csv = "\uFEFFtime,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n"
                + "2026-04-01T02:03:04Z,," + device.get("macAddress") + ",203.0.113.7,443,TCP,RU,900\n";
        given().auth().oauth2(SECURITY).contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/inventory/observations").then().statusCode(200).body("matched", equalTo(1));
    }

    @Test
    void unreadableCsvAndControlCharactersAreRefusedWithNothingStored() {
        String site = Fixtures.site();
        Map<String, Object> device = Fixtures.device(site, null, "02:AB:05");
        String id = Fixtures.register(device);
        String header = "time,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n";
        String row = "2026-04-01T02:03:04Z,," + device.get("macAddress") + ",203.0.113.7,443,TCP,RU,900\n";
        given().auth().oauth2(SECURITY).contentType("text/csv").body(header + row + "\"" + row)
                .when().post("/api/inventory/observations")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("body"),
                        "detail", containsString("is not readable CSV"), "detail", not(containsString("Exception")));
        given().auth().oauth2(SECURITY).contentType("text/csv").body(header + row.replace("203.0.113.7", "203.0.113.7\u0001"))
                .when().post("/api/inventory/observations")
                .then().statusCode(400).body("errors[0].field", equalTo("rows[1].destination"),
                        "errors[0].message", containsString("\\u0001"));
        // spaces around a field are still dropped
        given().auth().oauth2(SECURITY).contentType("text/csv").body(header + row.replace(",RU,", ", RU ,"))
                .when().post("/api/inventory/observations").then().statusCode(200).body("matched", equalTo(1));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/observations", id)
                .then().body("items", hasSize(1), "items[0].destinationCountry", equalTo("RU"));
    }

    @Test
    void theObservationsOfAnUnknownDeviceAre404() {
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/observations", java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void allowlistMatchesCidrBlocksAndHosts() {
        Destinations allowed = new Destinations(List.of("10.0.0.0/8", "fc00::/7", "ntp.example.kr"));
        org.junit.jupiter.api.Assertions.assertTrue(allowed.allows("10.200.3.4"));
        org.junit.jupiter.api.Assertions.assertFalse(allowed.allows("11.0.0.1"));
        org.junit.jupiter.api.Assertions.assertTrue(allowed.allows("fd12::1"));
        org.junit.jupiter.api.Assertions.assertFalse(allowed.allows("2001:db8::1"));
        org.junit.jupiter.api.Assertions.assertTrue(allowed.allows("NTP.example.kr"));
        org.junit.jupiter.api.Assertions.assertFalse(allowed.allows("ntp.example.cn"));
    }
}
