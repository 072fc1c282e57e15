package org.crp.inventory;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.common.testing.RawHttp;
import org.crp.common.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The bad inputs the issue lists that no feature test covered yet: each is a 4xx problem+json
 * naming the field (and the row for CSV), and nothing is written.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BadInputTest {

    static final String SECURITY = TestTokens.token("security", "security-officer");
    static final String HEADER = "serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,ip_address,"
            + "firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n";

    String siteId;
    String siteCode;

    @BeforeEach
    void site() {
        siteId = Fixtures.site();
        siteCode = given().auth().oauth2(PM).when().get("/api/inventory/sites/{id}", siteId).then().extract().path("code");
    }

    long devicesAtSite() {
        return given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("total", true)
                .when().get("/api/inventory/devices").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Quarkus' own check would answer these with a bare 400; the service says what is wrong, as problem+json. */
    @Test
    void malformedUrisAre400ProblemsThatSayWhatIsWrong() throws Exception {
        int port = RestAssured.port;
        for (String target : RawHttp.MALFORMED_TARGETS) {
            String answer = RawHttp.get(port, "/api/inventory/devices" + target, PM);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), target + ": " + answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"),
                    target + ": " + answer);
            assertTrue(answer.contains("\"type\":\"/problems/malformed-uri\""), target + ": " + answer);
            assertTrue(answer.contains("\"detail\":\"The request URI is malformed ("), target + ": " + answer);
        }
        // a well-formed URI with the same characters escaped is served
        given().auth().oauth2(PM).queryParam("q", "a|b%zz").when().get("/api/inventory/devices").then().statusCode(200);
    }

    @Test
    void aMethodTheResourceDoesNotServeIs405WithTheAllowedMethods() {
        given().auth().oauth2(PM).when().patch("/api/inventory/sites").then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", allOf(containsString("GET"), containsString("POST"), not(containsString("PATCH"))))
                .body("detail", allOf(containsString("PATCH is not allowed on /api/inventory/sites"),
                        containsString("GET"), containsString("POST")));
        given().auth().oauth2(PM).when().post("/api/inventory/sites/{id}", siteId).then().statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PUT"));
        // OPTIONS names the same methods, for the path asked about (not every method of the resource class)
        given().auth().oauth2(PM).when().options("/api/inventory/sites").then().statusCode(200)
                .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        given().auth().oauth2(PM).when().options("/api/inventory/sites/{id}", siteId).then().statusCode(200)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PUT"));
    }

    /** 415 and 406 name the media types the operation itself takes and answers, and what the request sent. */
    @Test
    void unsupportedAndUnacceptableMediaTypesNameTheOperationsOwn() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body("{}")
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", equalTo("Send the body as text/csv, not application/json"));
        given().auth().oauth2(PM).contentType("text/plain").body("x")
                .when().post("/api/inventory/sites").then().statusCode(415)
                .body("detail", equalTo("Send the body as application/json, not text/plain"));
        given().auth().oauth2(SECURITY).contentType("text/plain").body("x")
                .when().post("/api/inventory/observations").then().statusCode(415)
                .body("detail", equalTo("Send the body as application/json or text/csv, not text/plain"));
        given().auth().oauth2(PM).accept("application/xml")
                .when().get("/api/inventory/devices/bulk/export").then().statusCode(406)
                .contentType("application/problem+json")
                .body("detail", equalTo("This resource answers text/csv; send an Accept header that takes it"));
    }

    @Test
    void anIdThatIsNotAUuidIsA404SayingSo() {
        given().auth().oauth2(PM).when().get("/api/inventory/devices/abc").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("ids are UUIDs"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json").body("detail", not(containsString("ids are UUIDs")));
    }

    @Test
    void queryParametersWithControlCharactersOrThatAreNotTrueOrFalseAre400NamingThem() {
        for (Map.Entry<String, String> bad : Map.of("q", "cam\u0000era", "maker", "Hik\u0007vision", "held", "yes",
                "total", "1", "limit", "99999999999").entrySet()) {
            given().auth().oauth2(PM).queryParam(bad.getKey(), bad.getValue()).when().get("/api/inventory/devices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad.getKey()));
        }
        given().auth().oauth2(PM).queryParam("q", "cam\u0000").when().get("/api/inventory/devices/bulk/export")
                .then().statusCode(400).contentType("application/problem+json");
    }

    /** A C1 control (CSI, which starts a terminal escape sequence) is refused wherever text arrives, as C0 ones are. */
    @Test
    void oneRuleOnControlCharactersInABodyAQueryAndACsvField() {
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "C1-" + System.nanoTime(), "name", "Depot\u009b31m", "region", "R"))
                .when().post("/api/inventory/sites").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"), "detail", containsString("the control character \\u009b (at character 6)"));
        // free text in a body may hold tabs and line breaks
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "C1-" + System.nanoTime(), "name", "Depot\tnorth\r\ngate", "region", "R"))
                .when().post("/api/inventory/sites").then().statusCode(201);
        given().auth().oauth2(PM).queryParam("q", "cam\u009bera").when().get("/api/inventory/devices").then().statusCode(400)
                .body("errors[0].field", equalTo("q"), "detail", containsString("the control character \\u009b (at character 4)"));
        given().auth().oauth2(PM).queryParam("q", "cam\tera").when().get("/api/inventory/devices").then().statusCode(400)
                .body("detail", containsString("the control character \\u0009 (at character 4)"));
        String csv = HEADER + "BC" + UUID.randomUUID().toString().substring(0, 8) + "-1,,M\u009b1,Maker,KR,02:DD:12:00:00:01,,," + siteCode + ",,,,\n";
        given().auth().oauth2(PM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(400)
                .body("errors[0].field", equalTo("rows[1].model"),
                        "errors[0].message", equalTo("holds the control character \\u009b (at character 2)"));
        // a header naming a column twice, once with spaces around it, is refused rather than read by its first
        given().auth().oauth2(PM).contentType("text/csv").body(HEADER.replace("model,", "model, model ,") + "x\n")
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("header"), "detail", containsString("[model] more than once"));
        // at the end of a field too, where a trim would have dropped it unseen; spaces around a field are dropped
        String trailing = HEADER + "BC" + UUID.randomUUID().toString().substring(0, 8) + "-1,, M1 \u0001,Maker,KR,02:DD:12:00:00:01,,,"
                + siteCode + ",,,,\n";
        given().auth().oauth2(PM).contentType("text/csv").body(trailing.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(400)
                .body("errors[0].field", equalTo("rows[1].model"),
                        "errors[0].message", equalTo("holds the control character \\u0001 (at character 4)"));
        assertEquals(0, devicesAtSite());
    }

    /**
     * The one-line fields of a camera refuse tabs and line breaks at the JSON API as the CSV import does, so that
     * whatever is registered exports and imports back.
     */
    @Test
    void aTabOrLineBreakInAOneLineDeviceFieldIs400NamingItAsTheImportRefusesIt() {
        Map<String, String> bad = Map.of("model", "XNO\t6080R", "declaredManufacturer", "Hanseong\nOptics",
                "assetTag", "AT-1\r", "firmwareVersion", "1.0\r\n2.0", "contractReference", "C-1\tC-2");
        for (var field : bad.entrySet()) {
            Map<String, Object> body = Fixtures.device(siteId, null, "02:DD:31");
            body.put(field.getKey(), field.getValue());
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(body).when().post("/api/inventory/devices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of(field.getKey())), "errors[0].message", containsString("holds the control character \\u00"));
        }
        String id = Fixtures.register(Fixtures.device(siteId, null, "02:DD:32"));
        Map<String, Object> update = Fixtures.device(siteId, null, "02:DD:33");
        update.put("model", "XNO-6080R\n");
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put("/api/inventory/devices/{id}", id).then().statusCode(400)
                .body("errors[0].field", equalTo("model"), "errors[0].message", containsString("\\u000a (at character 10)"));
        Map<String, Object> camera = new HashMap<>(Map.of("serial", "NEW" + System.nanoTime(), "model", "XNO\t6080R",
                "manufacturer", "Hanwha Vision", "country", "KR", "macAddress", "02:DD:34:00:00:01"));
        given().auth().oauth2(TestTokens.token("replacement-service", "service")).contentType(ContentType.JSON)
                .body(Map.of("workOrderId", UUID.randomUUID().toString(), "oldDeviceId", id, "newDevice", camera))
                .when().post("/api/inventory/replacements").then().statusCode(400)
                .body("errors[0].field", equalTo("newDevice.model"));
        // the same value in the import is refused by the same rule
        String csv = HEADER + "BT" + UUID.randomUUID().toString().substring(0, 8) + ",,\"XNO\t6080R\",Maker,KR,02:DD:35:00:00:01,,,"
                + siteCode + ",,,,\n";
        given().auth().oauth2(PM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(400)
                .body("errors[0].field", equalTo("rows[1].model"), "errors[0].message", containsString("\\u0009"));
        assertEquals(1, devicesAtSite());
    }

    /** A typo in a filter would otherwise answer every camera, unfiltered; a second limit would be dropped unseen. */
    @Test
    void anUnknownQueryParameterOrAScalarGivenTwiceIs400NamingIt() {
        given().auth().oauth2(PM).queryParam("siteID", siteId).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("siteID"), "detail", containsString("it takes "),
                        "detail", containsString("siteId"), "detail", containsString("limit"));
        given().auth().oauth2(PM).queryParam("limit", 5).queryParam("limit", 10).when().get("/api/inventory/devices")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"), "detail", containsString("2 times"));
        given().auth().oauth2(PM).queryParam("verbose", "true").when().get("/api/inventory/devices/{id}", UUID.randomUUID())
                .then().statusCode(400).body("detail", containsString("takes no query parameters"));
        // list filters repeat (OR)
        given().auth().oauth2(PM).queryParam("status", "IN_SERVICE").queryParam("status", "FLAGGED").queryParam("limit", 1)
                .when().get("/api/inventory/devices").then().statusCode(200);
    }

    @Test
    void bodiesWithANumberForTextADateNotYyyyMmDdAFractionForAWholeNumberOrTrailingTextAre400AndNothingIsWritten() {
        Map<String, Object> numberForText = Fixtures.device(siteId, null, "02:DD:21");
        numberForText.put("model", 12345);
        Map<String, Object> epochInstall = Fixtures.device(siteId, null, "02:DD:22");
        epochInstall.put("installDate", 1700000000);
        Map<String, Object> expandedYear = Fixtures.device(siteId, null, "02:DD:24");
        expandedYear.put("installDate", "+100000-01-01");
        Map<String, Object> negativeYear = Fixtures.device(siteId, null, "02:DD:25");
        negativeYear.put("installDate", "-0001-01-01");
        Map<String, Object> yearZero = Fixtures.device(siteId, null, "02:DD:26");
        yearZero.put("installDate", "0000-01-01");
        for (Map<String, Object> body : List.of(numberForText, epochInstall, expandedYear, negativeYear, yearZero)) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(body).when().post("/api/inventory/devices")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        // year 1 is storable but a typing slip: refused with the window named
        Map<String, Object> yearOne = Fixtures.device(siteId, null, "02:DD:27");
        yearOne.put("installDate", "0001-01-01");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(yearOne).when().post("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("installDate"),
                        "errors[0].message", equalTo("'0001-01-01' is not a date in the form 2024-12-31, from year 1900 to 2199"));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body("{\"siteId\":\"" + siteId + "\",\"code\":\"Z1\",\"name\":\"Fence\",\"kind\":\"PERIMETER\","
                        + "\"criticality\":1.5,\"maxOutOfServiceFraction\":0.5}")
                .when().post("/api/inventory/zones").then().statusCode(400).contentType("application/problem+json");
        String device = new io.vertx.core.json.JsonObject(Fixtures.device(siteId, null, "02:DD:23")).encode();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(device + " {\"more\": 1}")
                .when().post("/api/inventory/devices").then().statusCode(400).contentType("application/problem+json");
        // a body of the wrong shape as a whole is told so, without the name of a Java class
        for (String wrongShape : List.of("[]", "\"device\"", device + " {\"more\": 1}")) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(wrongShape).when().post("/api/inventory/devices")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("a single JSON object"), "detail", not(containsString("org.crp")));
        }
        org.junit.jupiter.api.Assertions.assertEquals(0, devicesAtSite());
    }

    @Test
    void halfASurrogatePairInTextIs400NamingTheFieldAndNothingIsWritten() {
        String device = new io.vertx.core.json.JsonObject(Fixtures.device(siteId, null, "02:DD:27")).put("assetTag", "LONE")
                .encode().replace("\"LONE\"", "\"A\\ud800B\"");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(device).when().post("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("assetTag"));
        org.junit.jupiter.api.Assertions.assertEquals(0, devicesAtSite());
    }

    @Test
    void aZoneFractionWithMoreThanThreeDecimalsIs400NamingItNotAConstraintName() {
        for (String fraction : List.of("1e-400", "0.1234")) {
            given().auth().oauth2(PM).contentType(ContentType.JSON)
                    .body("{\"siteId\":\"" + siteId + "\",\"code\":\"Z9\",\"name\":\"Fence\",\"kind\":\"PERIMETER\","
                            + "\"criticality\":3,\"maxOutOfServiceFraction\":" + fraction + "}")
                    .when().post("/api/inventory/zones").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem("maxOutOfServiceFraction"));
        }
    }

    @Test
    void aCsvDateInYearZeroIs400NamingTheRowAndNothingIsWritten() {
        String prefix = "BZ" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER + prefix + "-1,,M1,Maker,KR,02:DD:11:00:00:01,,," + siteCode + ",,,,2024-01-01\n"
                + prefix + "-2,,M1,Maker,KR,02:DD:11:00:00:02,,," + siteCode + ",,,,0000-01-01\n";
        given().auth().oauth2(PM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("rows[2].install_date"));
        org.junit.jupiter.api.Assertions.assertEquals(0, devicesAtSite());
    }

    @Test
    void anUnknownZoneOrAZoneOfAnotherSiteIs422NamingZoneId() {
        Map<String, Object> unknownZone = Fixtures.device(siteId, null, "02:DD:01");
        unknownZone.put("zoneId", UUID.randomUUID().toString());
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(unknownZone).when().post("/api/inventory/devices")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("zoneId"));
        String otherSite = Fixtures.site();
        Map<String, Object> foreignZone = Fixtures.device(siteId, Fixtures.zone(otherSite, 3), "02:DD:02");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(foreignZone).when().post("/api/inventory/devices")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("zoneId"), "detail", containsString("another site"));
        org.junit.jupiter.api.Assertions.assertEquals(0, devicesAtSite());
    }

    @Test
    void csvRowsWithAnUnknownZoneOrAMacRepeatedInTheFileAreNamedAndNothingIsWritten() {
        String prefix = "BI" + UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + prefix + "-1,,M1,Maker,KR,02:DD:10:00:00:01,,,"
                + siteCode + ",NO-SUCH-ZONE,,,\n"
                + prefix + "-2,,M1,Maker,KR,02:DD:10:00:00:02,,," + siteCode + ",,,,\n"
                + prefix + "-3,,M1,Maker,KR,02-dd-10-00-00-02,,," + siteCode + ",,,,\n";
        given().auth().oauth2(PM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("rows[1].zone_code"),
                        "errors.find { it.field == 'rows[3].mac_address' }.message", containsString("repeats row 2"));
        org.junit.jupiter.api.Assertions.assertEquals(0, devicesAtSite());
    }

    @Test
    void unknownEnumValuesAre400NamingTheField() {
        String id = Fixtures.register(Fixtures.device(siteId, null, "02:DD:20"));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "BROKEN"))
                .when().post("/api/inventory/devices/{id}/status", id)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("status"));
        // a number is not an enum value, though Jackson would read 1 as the second constant
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", 1))
                .when().post("/api/inventory/devices/{id}/status", id)
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("status"));
        given().auth().oauth2(PM).queryParam("riskLevel", "EXTREME").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("riskLevel"), "detail", containsString("CRITICAL"));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("siteId", List.of(siteId), "target", "VAPORISED"))
                .when().post("/api/inventory/devices/bulk/status")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("target"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id)
                .then().body("status", equalTo("IN_SERVICE"), "version", equalTo(0));
    }

    @Test
    void negativeOrHugeNumbersAre400NamingTheField() {
        for (String minScore : List.of("-1", "101")) {
            given().auth().oauth2(PM).queryParam("minScore", minScore).when().get("/api/inventory/devices")
                    .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("minScore"));
        }
        for (String limit : List.of("0", "-5", "1001")) {
            given().auth().oauth2(PM).queryParam("limit", limit).when().get("/api/inventory/devices")
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        }
        given().auth().oauth2(PM).queryParam("limit", "99999999999").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> zone = new HashMap<>(Map.of("siteId", siteId, "code", "NEG", "name", "Zone", "kind", "BORDER",
                "criticality", -1, "maxOutOfServiceFraction", 1.5));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(zone).when().post("/api/inventory/zones")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("criticality"), "errors.field", hasItem("maxOutOfServiceFraction"));
        zone.put("criticality", 99999999999L);
        zone.put("maxOutOfServiceFraction", 0.5);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(zone).when().post("/api/inventory/zones")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("criticality"));

        Map<String, Object> device = Fixtures.device(siteId, null, "02:DD:30");
        String id = Fixtures.register(device);
        Map<String, Object> flow = new HashMap<>();
        flow.put("time", "2026-04-01T02:03:04Z");
        flow.put("sourceMac", device.get("macAddress"));
        flow.put("destination", "203.0.113.9");
        flow.put("port", -1);
        flow.put("protocol", "TCP");
        flow.put("destinationCountry", "CN");
        flow.put("bytes", -100);
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of(flow))
                .when().post("/api/inventory/observations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("port")), "errors.field", hasItem(containsString("bytes")));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/observations", id)
                .then().statusCode(200).body("items.size()", equalTo(0));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().body("riskScore", equalTo(0));
    }

    @Test
    void anObservationTimeGivenAsANumberOrBeyondTheYears0001To9999Is400NamingTimeAndNothingIsRecorded() {
        Map<String, Object> device = Fixtures.device(siteId, null, "02:DD:31");
        String id = Fixtures.register(device);
        for (Object time : List.of(1700000000, "+999999-01-01T00:00:00Z", "-4800-01-01T00:00:00Z")) {
            Map<String, Object> flow = new HashMap<>();
            flow.put("time", time);
            flow.put("sourceMac", device.get("macAddress"));
            flow.put("destination", "203.0.113.9");
            flow.put("port", 443);
            flow.put("protocol", "TCP");
            flow.put("destinationCountry", "CN");
            flow.put("bytes", 100);
            given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(List.of(flow))
                    .when().post("/api/inventory/observations").then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(containsString("time")));
        }
        String csv = "time,source_ip,source_mac,destination,port,protocol,destination_country,bytes\n"
                + "+999999-01-01T00:00:00Z,," + device.get("macAddress") + ",203.0.113.9,443,TCP,CN,100\n";
        given().auth().oauth2(SECURITY).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/observations").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[1].time"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/observations", id)
                .then().statusCode(200).body("items.size()", equalTo(0));
    }
}
