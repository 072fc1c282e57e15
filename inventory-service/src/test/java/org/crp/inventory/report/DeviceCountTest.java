package org.crp.inventory.report;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.common.testing.TestTokens;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The stats read device_count, which device's statement triggers keep (migration V23). After every
 * kind of write it must equal a fresh GROUP BY over device, compared in one statement (one snapshot).
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeviceCountTest {

    static final String SECURITY = TestTokens.token("security", "security-officer");
    static final String CSV_HEADER = "serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,ip_address,"
            + "firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n";

    /** Groups present on one side and not the other (multiset difference both ways). */
    static final String DRIFT = "with fresh as (select site_id, status, risk_level, count(*) as devices from device"
            + " group by 1, 2, 3), kept as (select site_id, status, risk_level, devices from device_count where devices > 0)"
            + " (select 'missing from device_count' as side, * from (select * from fresh except all select * from kept) m)"
            + " union all (select 'wrong in device_count', * from (select * from kept except all select * from fresh) w)";

    @Inject
    DataSource dataSource;

    @Test
    void theCountsStayExactThroughEveryKindOfWrite() {
        String site = Fixtures.site();
        String other = Fixtures.site();
        String zone = Fixtures.zone(site, 5);
        String maker = "Cnt" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        assertExact("sites only");

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(Fixtures.register(device(site, i % 2 == 0 ? zone : null, "02:77:0" + i, maker)));
        }
        Fixtures.register(device(site, zone, "44:19:B6", maker));
        assertExact("after creates, one of them flagged at once");
        assertSiteStats(site, 5);

        Map<String, Object> moved = device(other, null, "02:77:10", maker);
        given().auth().oauth2(PM).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(moved)
                .when().put("/api/inventory/devices/{id}", ids.get(1)).then().statusCode(200);
        assertExact("after an update that moves a device to another site");
        assertSiteStats(other, 1);

        given().auth().oauth2(PM).contentType(ContentType.JSON).body(Map.of("status", "QUARANTINED"))
                .when().post("/api/inventory/devices/{id}/status", ids.get(0)).then().statusCode(200);
        assertExact("after a status change");

        given().auth().oauth2(TestTokens.token("legal", "legal-counsel"))
                .when().put("/api/inventory/devices/{id}/holds/LC-CNT", ids.get(2)).then().statusCode(200);
        assertExact("after a hold, which changes no counted column");

        given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(Map.of("kind", "PHYSICAL", "inspector", "Kim Inspector", "inspectedOn", "2026-02-01",
                        "verifiedManufacturer", maker, "verifiedCountry", "CN", "reportSha256", "b".repeat(64)))
                .when().post("/api/inventory/devices/{id}/inspections", ids.get(3)).then().statusCode(201);
        assertExact("after an inspection re-scores one device");

        given().auth().oauth2(PM).contentType(ContentType.JSON)
                .body(Map.of("siteId", List.of(site), "status", List.of("IN_SERVICE", "FLAGGED"), "target", "SCHEDULED"))
                .when().post("/api/inventory/devices/bulk/status").then().statusCode(200);
        assertExact("after a bulk status change");

        String entry = given().auth().oauth2(SECURITY).contentType(ContentType.JSON)
                .body(Map.of("name", maker, "matchTerms", List.of(maker), "lists", List.of("NDAA_889")))
                .when().post("/api/inventory/watchlist").then().statusCode(201).extract().path("id");
        try {
            given().auth().oauth2(SECURITY).when().post("/api/inventory/risk/rescore").then().statusCode(200);
            assertExact("after a set-based re-score that raises the maker's devices");
            given().auth().oauth2(PM).queryParam("siteId", site).queryParam("reason", "COVERED_MANUFACTURER")
                    .queryParam("total", true).when().get("/api/inventory/devices").then().body("total", equalTo(4));
        } finally {
            given().auth().oauth2(SECURITY).when().delete("/api/inventory/watchlist/{id}", entry).then().statusCode(204);
        }
        given().auth().oauth2(SECURITY).when().post("/api/inventory/risk/rescore").then().statusCode(200);
        assertExact("after a set-based re-score that lowers them again");

        Map<String, Object> later = device(site, null, "02:77:20", maker);
        String deleted = Fixtures.register(later);
        given().auth().oauth2(PM).header("If-Match", "\"0\"").when().delete("/api/inventory/devices/{id}", deleted)
                .then().statusCode(204);
        assertExact("after a delete");

        String code = given().auth().oauth2(PM).when().get("/api/inventory/sites/{id}", site).then().extract().path("code");
        String prefix = "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        StringBuilder csv = new StringBuilder(CSV_HEADER);
        for (int i = 0; i < 6; i++) {
            csv.append(prefix).append('-').append(i).append(",,XNO-6080R,").append(maker).append(",KR,")
                    .append(Fixtures.mac(i == 5 ? "44:19:B6" : "02:77:3" + i)).append(",,,").append(code).append(",,,,\n");
        }
        importCsv(csv.toString(), 200);
        assertExact("after an import of new rows");
        assertSiteStats(site, 4 + 6);

        String serial = given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", ids.get(0)).then()
                .extract().path("serial");
        String upsert = CSV_HEADER + serial + ",,XNO-9000,Other Maker,KR," + Fixtures.mac("02:77:40") + ",,," + code + ",,,,\n"
                + prefix + "-9,,XNO-9000," + maker + ",KR," + Fixtures.mac("44:19:B6") + ",,," + code + ",,,,\n";
        importCsv(upsert, 200);
        assertExact("after an import that updates one row by serial and creates another");

        importCsv(CSV_HEADER + prefix + "-10,,XNO-9000," + maker + ",KR,not-a-mac,,," + code + ",,,,\n", 400);
        assertExact("after an import refused for a bad row");
        assertSiteStats(site, 4 + 6 + 1);
    }

    /** From a session of another tool (psql, a restore), whose search path does not name the service's schema. */
    @Test
    void aTruncateEmptiesTheCountsInItsOwnTransaction() throws SQLException {
        Fixtures.register(device(Fixtures.site(), null, "02:77:50", "Truncated Optics"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                String schema = connection.getSchema();
                statement.execute("set local search_path to public");
                statement.execute("truncate " + schema + ".device cascade");
                statement.execute("set local search_path to " + schema);
                assertEquals(List.of(), drift(statement));
                try (ResultSet rs = statement.executeQuery("select count(*) from device_count where devices > 0")) {
                    rs.next();
                    assertEquals(0, rs.getLong(1));
                }
            } finally {
                connection.rollback();
            }
        }
        assertExact("after the truncate was rolled back");
    }

    static Map<String, Object> device(String site, String zone, String macBlock, String maker) {
        Map<String, Object> body = new HashMap<>(Fixtures.device(site, zone, macBlock));
        body.put("declaredManufacturer", maker);
        return body;
    }

    static void importCsv(String csv, int status) {
        given().auth().oauth2(PM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then().statusCode(status);
    }

    /** The stats endpoint's groups for one site add up to the devices registered there. */
    static void assertSiteStats(String site, int devices) {
        given().auth().oauth2(TestTokens.token("auditor", "auditor")).when().get("/api/inventory/stats")
                .then().statusCode(200)
                .body("bySite.findAll { it.siteId == '" + site + "' }.devices.sum()", equalTo(devices));
    }

    void assertExact(String when) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertEquals(List.of(), drift(statement), "device_count drifted from a fresh GROUP BY " + when);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> drift(Statement statement) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(DRIFT)) {
            while (rs.next()) {
                rows.add(rs.getString(1) + ": " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4) + " = "
                        + rs.getLong(5));
            }
        }
        return rows;
    }
}
