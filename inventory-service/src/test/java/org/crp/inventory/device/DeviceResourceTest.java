package org.crp.inventory.device;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeviceResourceTest {

    static final String PM = token("pm", "program-manager");
    static final String SECURITY = token("security", "security-officer");

    String siteId;

    @BeforeEach
    void createSite() {
        siteId = given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "D-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "name", "Depot",
                        "region", "Busan"))
                .when().post("/api/inventory/sites").then().statusCode(201).extract().path("id");
    }

    static String randomMacDashed() {
        // 02-... is a locally administered block: no IEEE owner, so no provenance rule fires
        StringBuilder mac = new StringBuilder("02-19-B6");
        for (int i = 0; i < 3; i++) {
            mac.append(String.format("-%02x", ThreadLocalRandom.current().nextInt(256)));
        }
        return mac.toString();
    }

    Map<String, Object> device(String serial, String mac) {
        Map<String, Object> body = new HashMap<>();
        body.put("serial", serial);
        body.put("model", "DS-2CD2143G2");
        body.put("declaredManufacturer", "Hanwha Local");
        body.put("declaredCountry", "KR");
        body.put("macAddress", mac);
        body.put("ipAddress", "10.20.30.40");
        body.put("siteId", siteId);
        body.put("installDate", "2021-03-04");
        return body;
    }

    static String serial() {
        return "SN" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void registersADeviceWithItsMacNormalised() {
        String mac = randomMacDashed();
        String id = given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(device(serial(), mac))
                .when().post("/api/inventory/devices")
                .then().statusCode(201)
                .header("Location", containsString("/api/inventory/devices/"))
                .body("macAddress", equalTo(mac.replace('-', ':').toUpperCase()), "status", equalTo("IN_SERVICE"),
                        "siteId", equalTo(siteId))
                .extract().path("id");
        given().auth().oauth2(token("legal", "legal-counsel")).when().get("/api/inventory/devices/{id}", id)
                .then().statusCode(200).body("declaredCountry", equalTo("KR"), "installDate", equalTo("2021-03-04"));
    }

    @Test
    void acceptsCiscoDottedMacAndIpv6() {
        Map<String, Object> body = device(serial(), "0219.b6" + String.format("%02x", ThreadLocalRandom.current().nextInt(256))
                + "." + String.format("%04x", ThreadLocalRandom.current().nextInt(65536)));
        body.put("ipAddress", "2001:DB8:0:0:0:0:0:1");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/inventory/devices")
                .then().statusCode(201).body("macAddress", containsString("02:19:B6:"), "ipAddress", equalTo("2001:db8:0:0:0:0:0:1"));
    }

    @Test
    void rejectsBadMacIpAndCountryWithFieldErrors() {
        Map<String, Object> badMac = device(serial(), "44:19:B6:12:34");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(badMac).when().post("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("macAddress"));

        Map<String, Object> badIp = device(serial(), randomMacDashed());
        badIp.put("ipAddress", "999.1.1.1");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(badIp).when().post("/api/inventory/devices")
                .then().statusCode(400).body("errors[0].field", equalTo("ipAddress"));

        Map<String, Object> badCountry = device(serial(), randomMacDashed());
        badCountry.put("declaredCountry", "XX");
        badCountry.remove("model");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(badCountry).when().post("/api/inventory/devices")
                .then().statusCode(400)
                .body("errors.field", hasItem("declaredCountry"), "errors.field", hasItem("model"),
                        "errors.find { it.field == 'declaredCountry' }.message", containsString("ISO 3166-1"));
    }

    @Test
    void unknownSiteIs422() {
        Map<String, Object> body = device(serial(), randomMacDashed());
        body.put("siteId", UUID.randomUUID().toString());
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body).when().post("/api/inventory/devices")
                .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("siteId"));
    }

    @Test
    void duplicateSerialOrMacIs409AndWritesNothing() {
        String serial = serial();
        String mac = randomMacDashed();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(device(serial, mac)).when().post("/api/inventory/devices")
                .then().statusCode(201);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(device(serial, randomMacDashed()))
                .when().post("/api/inventory/devices").then().statusCode(409).body("detail", containsString(serial));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(device(serial(), mac.toLowerCase().replace('-', ':')))
                .when().post("/api/inventory/devices").then().statusCode(409).body("detail", containsString("MAC"));
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("total", true).when().get("/api/inventory/devices")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void malformedJsonAndWrongTypesAre400() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body("{\"serial\": ")
                .when().post("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("JSON"));
        Map<String, Object> wrongType = device(serial(), randomMacDashed());
        wrongType.put("installDate", "yesterday");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(wrongType).when().post("/api/inventory/devices")
                .then().statusCode(400).body("errors[0].field", equalTo("installDate"));
        Map<String, Object> unknownField = device(serial(), randomMacDashed());
        unknownField.put("colour", "red");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(unknownField).when().post("/api/inventory/devices")
                .then().statusCode(400).body("detail", containsString("colour"));
        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body("{\"serial\":\"A1\",\"serial\":\"A2\"}").when().post("/api/inventory/devices")
                .then().statusCode(400).body("detail", containsString("serial"));
        given().auth().oauth2(PM).contentType(ContentType.TEXT).body("serial=1").when().post("/api/inventory/devices")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void auditorMayReadButNotRegister() {
        given().auth().oauth2(token("auditor", "auditor")).contentType(ContentType.JSON).body(device(serial(), randomMacDashed()))
                .when().post("/api/inventory/devices").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/inventory/devices").then().statusCode(200);
        given().when().get("/api/inventory/devices").then().statusCode(401);
    }

    @Test
    void unknownDeviceIs404() {
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsBySiteAndStatusWithCursor() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(given().auth().oauth2(PM).contentType(ContentType.JSON).body(device(serial(), randomMacDashed()))
                    .when().post("/api/inventory/devices").then().statusCode(201).extract().path("id"));
        }
        var first = given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("status", "IN_SERVICE")
                .queryParam("limit", 2).when().get("/api/inventory/devices")
                .then().statusCode(200).body("items", hasSize(2), "nextCursor", notNullValue()).extract().jsonPath();
        List<String> seen = new ArrayList<>(first.getList("items.id"));
        seen.addAll(given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("status", "IN_SERVICE")
                .queryParam("limit", 2).queryParam("cursor", first.getString("nextCursor"))
                .when().get("/api/inventory/devices").then().statusCode(200).body("items", hasSize(1))
                .extract().jsonPath().getList("items.id"));
        assertEquals(created, seen);
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("status", "REMOVED")
                .when().get("/api/inventory/devices").then().statusCode(200).body("items", hasSize(0));
    }

    /** Bulk imports may be 16 MB in tests (1 GB in production; BulkResourceTest sends 11 MB); every other route keeps the common 10 MB. */
    @Test
    void anOversizedBodyIs413ProblemJsonBeforeItIsSent() throws Exception {
        assertTrue(declaringLength("/api/inventory/devices/bulk/import", "text/csv", 17_000_000).startsWith("HTTP/1.1 413"));
        assertTrue(declaringLength("/api/inventory/observations", "text/csv", 10 * 1024 * 1024 + 1).startsWith("HTTP/1.1 413"));
    }

    /** Sends only the headers, declaring a body of this length: the 413 must come from the declared length alone. */
    static String declaringLength(String path, String contentType, long length) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + PM
                    + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            StringBuilder received = new StringBuilder();
            java.io.InputStream in = socket.getInputStream();
            int b;
            while (received.indexOf("}") < 0 && (b = in.read()) >= 0) {
                received.append((char) b); // the answer is ASCII: headers, then a small JSON object
            }
            String response = received.toString();
            assertTrue(response.contains("application/problem+json"), response);
            assertTrue(response.contains("\"status\":413"), response);
            return response;
        }
    }

    @Test
    void unknownStatusFilterIs400() {
        given().auth().oauth2(PM).queryParam("status", "BROKEN").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("status"));
    }

    @Test
    void filtersByExactSerialsRepeatedForOr() {
        String a = serial();
        String b = serial();
        String c = serial();
        for (String s : List.of(a, b, c)) {
            given().auth().oauth2(PM).contentType(ContentType.JSON).body(device(s, randomMacDashed()))
                    .when().post("/api/inventory/devices").then().statusCode(201);
        }
        var found = given().auth().oauth2(PM).queryParam("serial", a, c).queryParam("total", true)
                .when().get("/api/inventory/devices").then().statusCode(200)
                .body("items", hasSize(2), "total", equalTo(2)).extract().jsonPath().<String>getList("items.serial");
        assertEquals(List.of(a, c), found);
        // exact, not a substring, and combined with the other filters by AND
        given().auth().oauth2(PM).queryParam("serial", a.substring(0, 8)).when().get("/api/inventory/devices")
                .then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(PM).queryParam("serial", a).queryParam("status", "REMOVED")
                .when().get("/api/inventory/devices").then().statusCode(200).body("items", hasSize(0));
        given().auth().oauth2(PM).queryParam("serial", a, a).when().get("/api/inventory/devices")
                .then().statusCode(200).body("items.serial", equalTo(List.of(a)));
    }

    @Test
    void takesAThousandSerialsAndRefusesMoreWithAProblem() {
        String a = serial();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(device(a, randomMacDashed()))
                .when().post("/api/inventory/devices").then().statusCode(201);
        List<String> serials = new ArrayList<>(List.of(a));
        while (serials.size() < 1000) {
            serials.add(serial());
        }
        given().auth().oauth2(PM).queryParam("serial", serials).when().get("/api/inventory/devices")
                .then().statusCode(200).body("items.serial", equalTo(List.of(a)));
        serials.add(serial());
        given().auth().oauth2(PM).queryParam("serial", serials).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("serial"), "detail", containsString("at most 1000"));
    }

    @Test
    void blankOrOverlongSerialFilterIs400() {
        given().auth().oauth2(PM).queryParam("serial", " ").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("serial"));
        given().auth().oauth2(PM).queryParam("serial", "X".repeat(65)).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("1 to 64"));
    }
}
