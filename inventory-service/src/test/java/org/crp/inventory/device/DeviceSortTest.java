package org.crp.inventory.device;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeviceSortTest {

    static final List<String> SORTS = List.of("riskScore,desc", "riskScore", "serial", "serial,desc", "installDate",
            "installDate,desc", "createdAt", "createdAt,desc");

    String siteId;

    /** Eight devices with ties on score and install date, some without an install date, serials in both cases. */
    @BeforeEach
    void devices() {
        siteId = Fixtures.site();
        String zone = Fixtures.zone(siteId, 3);
        String[] blocks = { "02:5A:01", "44:19:B6", "02:5A:02", "44:19:B6", "02:5A:03", "44:19:B6", "02:5A:04", "02:5A:05" };
        String[] dates = { "2021-01-01", null, "2020-06-30", "2021-01-01", null, "2019-02-03", "2021-01-01", "2020-06-30" };
        // upper and lower case: serials sort byte by byte (as Java compares them), where a linguistic collation interleaves
        String[] serials = { "S-M", "s-c", "S-X", "S-A", "s-q", "S-B", "S-Z", "S-K" };
        for (int i = 0; i < blocks.length; i++) {
            Map<String, Object> body = Fixtures.device(siteId, zone, blocks[i]);
            body.put("serial", serials[i] + body.get("serial"));
            if (dates[i] != null) {
                body.put("installDate", dates[i]);
            }
            if (i == 5) {
                body.put("declaredManufacturer", "Hikvision");
            }
            Fixtures.register(body);
        }
    }

    List<Map<String, Object>> page(String sort, int limit, String cursor, List<String> cursors) {
        var request = given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("limit", limit);
        if (sort != null) {
            request.queryParam("sort", sort);
        }
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        JsonPath json = request.when().get("/api/inventory/devices").then().statusCode(200).extract().jsonPath();
        cursors.add(json.getString("nextCursor"));
        return json.getList("items");
    }

    List<Map<String, Object>> all(String sort, int limit) {
        List<Map<String, Object>> seen = new ArrayList<>();
        List<String> cursors = new ArrayList<>();
        String cursor = null;
        do {
            seen.addAll(page(sort, limit, cursor, cursors));
            cursor = cursors.get(cursors.size() - 1);
        } while (cursor != null);
        return seen;
    }

    /** PostgreSQL's order: key then id (compared as text, as uuid bytes compare), nulls after every value. */
    static Comparator<Map<String, Object>> expected(String sort) {
        String[] parts = sort.split(",");
        boolean desc = parts.length == 2 && parts[1].equals("desc");
        Function<Map<String, Object>, Comparable<Object>> key = m -> {
            @SuppressWarnings("unchecked")
            Comparable<Object> value = (Comparable<Object>) m.get(parts[0]);
            return value;
        };
        Comparator<Map<String, Object>> byKey = Comparator.comparing(key, Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<Map<String, Object>> order = byKey.thenComparing(m -> (String) m.get("id"));
        return desc ? order.reversed() : order;
    }

    @Test
    void pagesConcatenatedEqualTheFullSortedListForEverySort() {
        List<Map<String, Object>> everything = all(null, 1000);
        assertEquals(8, everything.size());
        assertTrue(everything.stream().map(m -> m.get("riskScore")).distinct().count() >= 3,
                "the fixture needs several scores: " + everything.stream().map(m -> m.get("riskScore")).toList());
        for (String sort : SORTS) {
            List<Map<String, Object>> sorted = new ArrayList<>(everything);
            sorted.sort(expected(sort));
            List<Object> want = sorted.stream().map(m -> m.get("id")).toList();
            assertEquals(want, all(sort, 1000).stream().map(m -> m.get("id")).toList(), "one page, sort=" + sort);
            for (int limit : List.of(1, 2, 3)) {
                assertEquals(want, all(sort, limit).stream().map(m -> m.get("id")).toList(),
                        "pages of " + limit + ", sort=" + sort);
            }
        }
    }

    @Test
    void tiesOnTheKeyAreBrokenById() {
        List<Map<String, Object>> byDate = all("installDate", 2);
        List<String> sameDay = byDate.stream().filter(m -> "2021-01-01".equals(m.get("installDate")))
                .map(m -> (String) m.get("id")).toList();
        assertEquals(3, sameDay.size());
        assertEquals(sameDay.stream().sorted().toList(), sameDay);
        List<Map<String, Object>> byScoreDesc = all("riskScore,desc", 1);
        List<String> zeros = byScoreDesc.stream().filter(m -> ((Integer) m.get("riskScore")) == 0)
                .map(m -> (String) m.get("id")).toList();
        assertEquals(zeros.stream().sorted(Comparator.reverseOrder()).toList(), zeros);
        // devices without an install date come last in ascending order and first in descending
        assertEquals(null, byDate.get(byDate.size() - 1).get("installDate"));
        assertEquals(null, all("installDate,desc", 3).get(0).get("installDate"));
    }

    @Test
    void defaultOrderIsCreationOrder() {
        List<Object> ids = all(null, 3).stream().map(m -> m.get("id")).toList();
        assertEquals(ids.stream().map(String.class::cast).sorted().toList(), ids);
        assertEquals(ids, all("createdAt", 3).stream().map(m -> m.get("id")).toList());
    }

    @Test
    void aCursorOnlyContinuesTheSortItWasMadeIn() {
        List<String> cursors = new ArrayList<>();
        page("riskScore,desc", 2, null, cursors);
        String scoreCursor = cursors.get(0);
        page(null, 2, null, cursors);
        String defaultCursor = cursors.get(1);
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("sort", "serial")
                .queryParam("cursor", scoreCursor).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"), "detail", containsString("sort=riskScore,desc"));
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("sort", "riskScore")
                .queryParam("cursor", scoreCursor).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("cursor", scoreCursor)
                .when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("default order"));
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("sort", "serial")
                .queryParam("cursor", defaultCursor).when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json");
        // a forged cursor whose key does not parse is refused, not a 500
        String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("k1\nriskScore,desc\n" + java.util.UUID.randomUUID() + "\n+high").getBytes());
        given().auth().oauth2(PM).queryParam("sort", "riskScore,desc").queryParam("cursor", forged)
                .when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void anUnknownSortFieldOrDirectionIs400NamingTheAllowedOnes() {
        given().auth().oauth2(PM).queryParam("sort", "macAddress").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"), "detail", allOf(containsString("riskScore"),
                        containsString("serial"), containsString("installDate"), containsString("createdAt")));
        given().auth().oauth2(PM).queryParam("sort", "serial,sideways").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("asc"));
        given().auth().oauth2(PM).queryParam("sort", "serial,asc,desc").when().get("/api/inventory/devices")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void exportFollowsTheSort() {
        String csv = given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("sort", "serial,desc")
                .when().get("/api/inventory/devices/bulk/export").then().statusCode(200).extract().asString();
        List<String> serials = csv.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList();
        assertEquals(serials.stream().sorted(Comparator.reverseOrder()).toList(), serials);
        assertEquals(8, serials.size());
    }
}
