package org.crp.inventory;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;

/** Creates sites, zones and devices through the API for tests that need them. */
public final class Fixtures {
    public static final String PM = token("pm", "program-manager");

    private Fixtures() {
    }

    public static String site() {
        return given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("code", "F-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "name", "Base",
                        "region", "Fixture"))
                .when().post("/api/inventory/sites").then().statusCode(201).extract().path("id");
    }

    public static String zone(String siteId, int criticality) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("siteId", siteId, "code", "Z" + ThreadLocalRandom.current().nextInt(1_000_000), "name", "Zone",
                        "kind", "PERIMETER", "criticality", criticality, "maxOutOfServiceFraction", 0.25))
                .when().post("/api/inventory/zones").then().statusCode(201).extract().path("id");
    }

    /** A MAC in the given 24-bit block with random low bytes. */
    public static String mac(String block) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return block + String.format(":%02X:%02X:%02X", r.nextInt(256), r.nextInt(256), r.nextInt(256));
    }

    public static Map<String, Object> device(String siteId, String zoneId, String macBlock) {
        Map<String, Object> body = new HashMap<>();
        body.put("serial", "FX" + UUID.randomUUID().toString().replace("-", "").substring(0, 14));
        body.put("model", "DS-2CD2143");
        body.put("declaredManufacturer", "Hanseong Optics");
        body.put("declaredCountry", "KR");
        body.put("macAddress", mac(macBlock));
        body.put("siteId", siteId);
        if (zoneId != null) {
            body.put("zoneId", zoneId);
        }
        return body;
    }

    public static String register(Map<String, Object> body) {
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/inventory/devices").then().statusCode(201).extract().path("id");
    }
}
