package org.crp.inventory.bulk;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class BulkResourceTest {

    static final String HEADER = "serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,ip_address,"
            + "firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n";

    @Inject
    DataSource dataSource;

    /** Each first-load file's MACs come from its own block: two files of one test never collide. */
    static final java.util.concurrent.atomic.AtomicInteger MAC_BLOCKS = new java.util.concurrent.atomic.AtomicInteger(
            java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 16));

    String siteId;
    String siteCode;
    String prefix;

    @BeforeEach
    void site() {
        siteId = Fixtures.site();
        siteCode = given().auth().oauth2(PM).when().get("/api/inventory/sites/{id}", siteId).then().extract().path("code");
        prefix = "B" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    String row(int i, String mac) {
        return prefix + "-" + i + ",AT" + i + ",XNO-6080R,Hanseong Optics,KR," + mac + ",10.0.0." + i + ",1.0," + siteCode
                + ",,,C-1,2021-05-0" + (1 + i % 9) + "\n";
    }

    static String mac(int i) {
        // 32 random bits: two calls for the same row number in one run must not collide (a 1-in-256 chance did)
        int r = java.util.concurrent.ThreadLocalRandom.current().nextInt();
        return String.format("02:%02X:%02X:%02X:%02X:%02X", (r >>> 24) & 0xFF, (r >>> 16) & 0xFF, (r >>> 8) & 0xFF, r & 0xFF,
                i % 256);
    }

    io.restassured.response.ValidatableResponse post(String csv, boolean dryRun) {
        return given().auth().oauth2(PM).contentType("text/csv").queryParam("dryRun", dryRun)
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then();
    }

    long count() {
        return given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("total", true)
                .when().get("/api/inventory/devices").then().extract().jsonPath().getLong("total");
    }

    /** Spreadsheet programs save UTF-8 CSV with a byte order mark, which is not part of the first column's name. */
    @Test
    void aFileSavedWithAByteOrderMarkImports() {
        post("\uFEFF" + HEADER + row(1, mac(1)), false).statusCode(200).body("created", equalTo(1));
        assertEquals(1, count());
    }

    @Test
    void aListPageIsAnsweredWholeWhileALargerPageStillStreams() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 120; i++) {
            csv.append(row(i, mac(i)));
        }
        post(csv.toString(), false).statusCode(200).body("created", equalTo(120));
        // a page of 50 cameras (about 30 KB) is one write with its length, not a series of 8 KB chunks
        var page = given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("limit", 50)
                .when().get("/api/inventory/devices").then().statusCode(200).body("items.size()", equalTo(50))
                .extract();
        int pageBytes = page.body().asByteArray().length;
        assertTrue(pageBytes > 16_384, "the page must outgrow the old 8 KB buffer");
        assertEquals(String.valueOf(pageBytes), page.header("Content-Length"));
        assertEquals(null, page.header("Transfer-Encoding"));
        // a page of 120 is larger than the 64 KB buffer: streamed in chunks, never held whole
        var large = given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("limit", 120)
                .when().get("/api/inventory/devices").then().statusCode(200).body("items.size()", equalTo(120))
                .extract();
        assertTrue(large.body().asByteArray().length > 65_536, "the large page must outgrow the 64 KB buffer");
        assertEquals("chunked", large.header("Transfer-Encoding"));
    }

    @Test
    void importsThenUpdatesBySerialAndScoresTheRows() {
        StringBuilder csv = new StringBuilder(HEADER);
        List<String> macs = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            macs.add(i == 5 ? "44:19:B6" + mac(0).substring(8) : mac(i));
            csv.append(row(i, macs.get(i - 1)));
        }
        post(csv.toString(), true).statusCode(200).body("dryRun", equalTo(true), "created", equalTo(5));
        assertEquals(0, count(), "a dry run writes nothing");
        post(csv.toString(), false).statusCode(200).body("created", equalTo(5), "updated", equalTo(0), "flagged", equalTo(1));
        assertEquals(5, count());
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("status", "FLAGGED")
                .when().get("/api/inventory/devices").then().body("items[0].serial", equalTo(prefix + "-5"),
                        "items[0].riskReasons.code", hasItem("RELABEL_SUSPECTED"));
        String again = HEADER + row(1, macs.get(0)).replace("XNO-6080R", "XNO-9000").replace(",1.0,", ",1.1,")
                + row(2, macs.get(1));
        post(again, false).statusCode(200).body("created", equalTo(0), "updated", equalTo(1), "unchanged", equalTo(1));
        String id = given().auth().oauth2(PM).queryParam("q", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].model", equalTo("XNO-9000"), "items[0].version", equalTo(1))
                .extract().path("items[0].id");
        // the update's entry names the row and each field it changed, as an edit's entry does
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("IMPORTED", "IMPORTED"),
                        "items[1].changes.keySet()", containsInAnyOrder("row", "serial", "model", "firmwareVersion"),
                        "items[1].changes.row", equalTo(1), "items[1].changes.serial", equalTo(prefix + "-1"),
                        "items[1].changes.model.from", equalTo("XNO-6080R"), "items[1].changes.model.to", equalTo("XNO-9000"),
                        "items[1].changes.firmwareVersion.from", equalTo("1.0"),
                        "items[1].changes.firmwareVersion.to", equalTo("1.1"));
        // an unchanged row writes nothing: no new version, no history entry
        String unchangedId = given().auth().oauth2(PM).queryParam("q", prefix + "-2").when().get("/api/inventory/devices")
                .then().body("items[0].version", equalTo(0)).extract().path("items[0].id");
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", unchangedId).then()
                .body("items.action", contains("IMPORTED"));
        post(again, false).statusCode(200).body("created", equalTo(0), "updated", equalTo(0), "unchanged", equalTo(2));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", id).then()
                .body("items.action", contains("IMPORTED", "IMPORTED"));
        // the first file again: row 1 is changed back; the flagged row 5, unchanged, is not counted as flagged anew
        post(csv.toString(), false).statusCode(200).body("created", equalTo(0), "updated", equalTo(1),
                "unchanged", equalTo(4), "flagged", equalTo(0));
    }

    /**
     * An edit or a deletion that commits while the import waits to update the same device: the import matched the
     * version before it and refuses the whole file instead of overwriting the edit or losing the row.
     */
    @Test
    void aDeviceEditedOrDeletedWhileTheImportRunsRefusesTheFile() throws Exception {
        String edited = mac(1);
        String deleted = mac(2);
        post(HEADER + row(1, edited) + row(2, deleted), false).statusCode(200).body("created", equalTo(2));
        // no new row: its insert would wait for the deletion's device counts before the update is reached
        String changedFile = HEADER + row(1, edited).replace("XNO-6080R", "XNO-9000")
                + row(2, deleted).replace("XNO-6080R", "XNO-9000");
        refusedMeanwhile("update device set model = 'EDITED', version = version + 1 where serial = ?", prefix + "-1",
                changedFile);
        given().auth().oauth2(PM).queryParam("q", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].model", equalTo("EDITED"), "items[0].version", equalTo(1));
        refusedMeanwhile("delete from device where serial = ?", prefix + "-2", changedFile);
        given().auth().oauth2(PM).queryParam("q", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].model", equalTo("EDITED"), "items[0].version", equalTo(1));
        assertEquals(1, count());
    }

    /** Runs {@code sql} on the serial in a transaction that commits once the import waits for its row lock. */
    private void refusedMeanwhile(String sql, String serial, String file) throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (var statement = other.prepareStatement(sql)) {
                statement.setString(1, serial);
                assertEquals(1, statement.executeUpdate());
            }
            var importing = java.util.concurrent.CompletableFuture.supplyAsync(() -> post(file, false).extract());
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .pollInterval(java.time.Duration.ofMillis(20)).until(() -> importing.isDone() || importWaitsForALock());
            assertTrue(!importing.isDone(), "the import never waited for the row");
            other.commit();
            var answer = importing.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(409, answer.statusCode(), answer.asString());
            assertEquals("application/problem+json", answer.contentType());
            assertTrue(answer.path("detail").toString().contains("changed or deleted, by another request meanwhile"),
                    answer.asString());
        }
    }

    /** Whether this database has the import's update waiting for a lock. */
    private boolean importWaitsForALock() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database() and query like 'update device d set%device_import_match%'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /** A dry run reports what a real import would create, update and leave unchanged, and writes nothing. */
    @Test
    void aDryRunCountsChangesWithoutWritingThem() {
        String first = mac(1);
        String second = mac(2);
        post(HEADER + row(1, first) + row(2, second), false).statusCode(200);
        String file = HEADER + row(1, first).replace("XNO-6080R", "XNO-9000") + row(2, second) + row(3, mac(3));
        post(file, true).statusCode(200).body("dryRun", equalTo(true), "created", equalTo(1), "updated", equalTo(1),
                "unchanged", equalTo(1));
        assertEquals(2, count());
        given().auth().oauth2(PM).queryParam("q", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].model", equalTo("XNO-6080R"), "items[0].version", equalTo(0));
    }

    /**
     * A device the file moves into a zone: the history names the zone and date as an edit's does, and the device is
     * re-scored with the zone's criticality.
     */
    @Test
    void aDeviceMovedIntoAZoneIsRecordedAndReScored() {
        String mac = "44:19:B6" + mac(1).substring(8);
        post(HEADER + row(1, mac), false).statusCode(200).body("created", equalTo(1));
        Map<String, Object> before = given().auth().oauth2(PM).queryParam("q", prefix + "-1")
                .when().get("/api/inventory/devices").then().extract().jsonPath().getMap("items[0]");
        String zoneId = Fixtures.zone(siteId, 5);
        String zoneCode = given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", zoneId).then().extract()
                .path("code");
        String moved = row(1, mac).replace(siteCode + ",,", siteCode + "," + zoneCode + ",")
                .replace("2021-05-0", "2022-06-0");
        post(HEADER + moved, false).statusCode(200).body("updated", equalTo(1));
        Map<String, Object> after = given().auth().oauth2(PM).queryParam("q", prefix + "-1")
                .when().get("/api/inventory/devices").then().extract().jsonPath().getMap("items[0]");
        assertEquals(zoneId, after.get("zoneId"));
        assertTrue((Integer) after.get("riskScore") > (Integer) before.get("riskScore"), before + " -> " + after);
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", after.get("id")).then()
                .body("items.action", contains("IMPORTED", "IMPORTED", "RISK_ASSESSED"),
                        "items[1].changes.keySet()", containsInAnyOrder("row", "serial", "zoneId", "installDate"),
                        "items[1].changes.zoneId.from", equalTo(null), "items[1].changes.zoneId.to", equalTo(zoneId),
                        "items[1].changes.installDate.to", startsWith("2022-06-0"),
                        "items[2].changes.riskScore.to", equalTo(after.get("riskScore")));
    }

    /** A field the file empties is cleared, and its history entry says so (to null). */
    @Test
    void anEmptiedFieldIsClearedAndRecorded() {
        String mac = mac(1);
        post(HEADER + row(1, mac), false).statusCode(200).body("created", equalTo(1));
        post(HEADER + row(1, mac).replace(",AT1,", ",,"), false).statusCode(200).body("updated", equalTo(1));
        String id = given().auth().oauth2(PM).queryParam("q", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].assetTag", equalTo(null)).extract().path("items[0].id");
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", id).then()
                .body("items[1].changes.assetTag.from", equalTo("AT1"), "items[1].changes.assetTag.to", equalTo(null),
                        "items[1].changes.assetTag.keySet()", containsInAnyOrder("from", "to"));
    }

    /** Rows with distinct serials, MACs and addresses, in the test's site and a zone of it (the file uses both keys). */
    String firstLoad(String serialPrefix, int rows) {
        String zoneCode = given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", Fixtures.zone(siteId, 3))
                .then().extract().path("code");
        int block = MAC_BLOCKS.getAndIncrement() & 0xFFFF;
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            csv.append(serialPrefix).append(i).append(",AT").append(i).append(",XNO-6080R,Hanseong Optics,KR,")
                    .append(String.format("02:%02X:%02X:00:%02X:%02X", block >>> 8, block & 0xFF, i >>> 8, i & 0xFF))
                    .append(",10.1.").append(i >>> 8).append('.').append(i & 0xFF).append(",1.0,").append(siteCode)
                    .append(',').append(zoneCode).append(",,C-1,2021-05-01\n");
        }
        return csv.toString();
    }

    /** The device table's indexes and keys but its primary key, by name, with their object ids. */
    Map<String, Long> deviceIndexesAndKeys() throws SQLException {
        Map<String, Long> found = new java.util.TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select 'index ' || c.relname, c.oid::bigint from pg_index i"
                        + " join pg_class c on c.oid = i.indexrelid where i.indrelid = 'device'::regclass"
                        + " and not i.indisprimary union all select 'key ' || conname, oid::bigint from pg_constraint"
                        + " where conrelid = 'device'::regclass and contype in ('u', 'f') and convalidated")) {
            while (rs.next()) {
                found.put(rs.getString(1), rs.getLong(2));
            }
        }
        return found;
    }

    /**
     * Empties the register and what refers to devices (holds, inspections, evidence): every test makes its own
     * devices, and the test classes run one after another, so no other test loses data it still needs.
     */
    void emptyRegister() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("truncate device cascade");
        }
    }

    @Test
    void aLargeFirstLoadOfAnEmptyRegisterBuildsTheIndexesAndKeysAfterTheRows() throws SQLException {
        emptyRegister();
        try {
            firstLoadThenMore();
        } finally {
            emptyRegister(); // the other tests' re-scores need not walk these
        }
    }

    void firstLoadThenMore() throws SQLException {
        Map<String, Long> before = deviceIndexesAndKeys();
        assertTrue(before.keySet().containsAll(List.of("index device_site_idx", "index device_risk_codes_idx",
                "index device_held_idx", "index device_serial_uk", "key device_serial_uk", "key device_mac_uk",
                "key device_site_id_fkey", "key device_zone_id_fkey")), before.toString());
        int rows = (int) DeferredIndexes.MIN_ROWS;
        post(firstLoad(prefix + "-", rows), false).statusCode(200).body("created", equalTo(rows));
        Map<String, Long> after = deviceIndexesAndKeys();
        assertEquals(before.keySet(), after.keySet(), "every index and key is there again, its key checked");
        before.forEach((name, oid) -> assertTrue(!oid.equals(after.get(name)), name + " was built again"));
        assertEquals(rows, count());
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("q", prefix + "-9999")
                .when().get("/api/inventory/devices").then().body("items.serial", contains(prefix + "-9999"));
        // the register is no longer empty: the next large file is inserted into the indexes as they are
        String more = firstLoad(prefix + "-M", rows);
        post(more, false).statusCode(200).body("created", equalTo(rows));
        assertEquals(after, deviceIndexesAndKeys());
        // every device of that file declared by a covered maker: all re-scored (in batches) and flagged
        post(more.replace("Hanseong Optics", "Hangzhou Hikvision Digital Technology"), false).statusCode(200)
                .body("updated", equalTo(rows), "unchanged", equalTo(0), "flagged", equalTo(rows));
    }

    @Test
    void aFirstLoadThatCannotLockItsTablesInTimeInsertsIntoTheIndexesAsTheyAre() throws SQLException {
        emptyRegister();
        try {
            Map<String, Long> before = deviceIndexesAndKeys();
            int rows = (int) DeferredIndexes.MIN_ROWS;
            String csv = firstLoad(prefix + "-", rows);
            try (Connection reader = dataSource.getConnection()) {
                reader.setAutoCommit(false);
                try (Statement statement = reader.createStatement()) {
                    // a transaction that read the zones and is still open: the import cannot lock them within 5 s
                    statement.execute("select count(*) from zone");
                    post(csv, false).statusCode(200).body("created", equalTo(rows));
                } finally {
                    reader.rollback();
                }
            }
            assertEquals(before, deviceIndexesAndKeys(), "the indexes and keys were kept, not built again");
            assertEquals(rows, count());
        } finally {
            emptyRegister();
        }
    }

    @Test
    void aRefusedFirstLoadLeavesTheIndexesAndKeysAsTheyWere() throws SQLException {
        emptyRegister();
        Map<String, Long> before = deviceIndexesAndKeys();
        String csv = firstLoad(prefix + "-", (int) DeferredIndexes.MIN_ROWS);
        // the last row repeats the first serial: the unique key's build finds it, after the insert
        String repeated = csv + csv.lines().skip(1).findFirst().orElseThrow().replace(":00:00:01", ":FF:FF:FF") + "\n";
        for (boolean dryRun : new boolean[] { true, false }) {
            post(repeated, dryRun).statusCode(400).body("errors.field", contains("rows[10001].serial"));
            assertEquals(before, deviceIndexesAndKeys());
        }
        post(csv, true).statusCode(200).body("dryRun", equalTo(true), "created", equalTo(10_000));
        assertEquals(before, deviceIndexesAndKeys(), "a dry run leaves the indexes and keys in place");
        assertEquals(0, count());
    }

    @Test
    void everyBadRowIsReportedAndNothingIsWritten() {
        String csv = HEADER + row(1, mac(1))
                + prefix + "-2,,M,Maker,XX,not-a-mac,999.1.1.1,,NOPE,,not-a-uuid,,2021-13-01\n"
                + row(1, mac(3))
                + prefix + "-4,too,few\n";
        post(csv, false).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rows[2].declared_country"), "errors.field", hasItem("rows[2].mac_address"),
                        "errors.field", hasItem("rows[2].ip_address"), "errors.field", hasItem("rows[2].site_code"),
                        "errors.field", hasItem("rows[2].supplier_id"), "errors.field", hasItem("rows[2].install_date"),
                        "errors.find { it.field == 'rows[3].serial' }.message", containsString("repeats row 1"),
                        "errors.field", hasItem("rows[4]"), "detail", containsString("nothing was written"));
        assertEquals(0, count());
    }

    @Test
    void aMacAlreadyRegisteredToAnotherSerialIsRefused() {
        Map<String, Object> existing = Fixtures.device(siteId, null, "02:BC:01");
        Fixtures.register(existing);
        post(HEADER + row(1, (String) existing.get("macAddress")), false).statusCode(400)
                .body("errors[0].field", equalTo("rows[1].mac_address"), "errors[0].message", containsString("already belongs"));
        assertEquals(1, count());
    }

    @Test
    void repeatsInAnOtherwiseCleanFileAreReportedAndNothingIsWritten() {
        String first = mac(1);
        String csv = HEADER + row(1, first) + row(1, mac(2)) + row(3, first.toLowerCase()) + row(4, mac(4));
        for (boolean dryRun : new boolean[] { true, false }) {
            post(csv, dryRun).statusCode(400).contentType("application/problem+json")
                    .body("errors.field", contains("rows[2].serial", "rows[3].mac_address"),
                            "errors[0].message", equalTo("repeats row 1"),
                            "errors[1].message", equalTo(first + " repeats row 1"));
        }
        assertEquals(0, count());
        post(HEADER + row(1, first), false).statusCode(200).body("created", equalTo(1));
        // a registered serial twice: the upsert would update the device twice
        post(HEADER + row(1, first) + row(1, first.replace("02:", "06:")), false).statusCode(400)
                .body("errors.field", contains("rows[2].serial"), "errors[0].message", equalTo("repeats row 1"));
        given().auth().oauth2(PM).queryParam("q", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].macAddress", equalTo(first), "items[0].version", equalTo(0));
    }

    @Test
    void anImportedDeviceIsScoredAndRecordedAsOneRegisteredOnItsOwn() {
        String zoneId = Fixtures.zone(siteId, 5);
        String zoneCode = given().auth().oauth2(PM).when().get("/api/inventory/zones/{id}", zoneId).then().extract().path("code");
        // 44:19:B6 is a Hikvision block: the Korean paperwork makes the camera a relabel suspect
        String single = Fixtures.register(Fixtures.device(siteId, zoneId, "44:19:B6"));
        Map<String, Object> registered = given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", single)
                .then().extract().jsonPath().getMap("");
        Map<String, Object> assessed = given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", single)
                .then().extract().jsonPath().getMap("items.find { it.action == 'RISK_ASSESSED' }.changes");

        String relabelled = prefix + "-1,AT1,DS-2CD2143,Hanseong Optics,KR," + Fixtures.mac("44:19:B6") + ",,," + siteCode
                + "," + zoneCode + ",,,\n";
        String csv = HEADER + relabelled + row(2, mac(2));
        given().auth().oauth2(PM).header("X-Request-Id", "import-req-000001").contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8)).when().post("/api/inventory/devices/bulk/import")
                .then().statusCode(200).body("created", equalTo(2), "flagged", equalTo(1));

        Map<String, Object> imported = given().auth().oauth2(PM).queryParam("serial", prefix + "-1")
                .when().get("/api/inventory/devices").then().extract().jsonPath().getMap("items[0]");
        for (String field : List.of("status", "riskScore", "riskLevel", "riskReasons", "zoneId")) {
            assertEquals(registered.get(field), imported.get(field), field);
        }
        assertEquals("FLAGGED", imported.get("status"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", imported.get("id"))
                .then().statusCode(200).body("items.action", contains("IMPORTED"),
                        "items[0].subject", equalTo("pm"), "items[0].requestId", equalTo("import-req-000001"),
                        "items[0].changes.row", equalTo(1), "items[0].changes.serial", equalTo(prefix + "-1"),
                        "items[0].changes.riskScore", equalTo(assessed.get("riskScore")),
                        "items[0].changes.riskLevel", equalTo(assessed.get("riskLevel")),
                        "items[0].changes.riskReasons", equalTo(assessed.get("riskReasons")),
                        "items[0].changes.status", equalTo(assessed.get("status")));

        Map<String, Object> plain = given().auth().oauth2(PM).queryParam("serial", prefix + "-2")
                .when().get("/api/inventory/devices").then().extract().jsonPath().getMap("items[0]");
        assertEquals("IN_SERVICE", plain.get("status"));
        assertEquals(0, plain.get("riskScore"));
        given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}/history", plain.get("id"))
                .then().body("items.action", contains("IMPORTED"), "items[0].changes.keySet()", containsInAnyOrder("row", "serial"));
    }

    @Test
    void anUpdatedDeviceIsReScored() {
        String csv = HEADER + row(1, mac(1));
        post(csv, false).statusCode(200).body("created", equalTo(1), "flagged", equalTo(0));
        post(csv.replace("Hanseong Optics", "Hangzhou Hikvision Digital Technology"), false).statusCode(200)
                .body("created", equalTo(0), "updated", equalTo(1), "flagged", equalTo(1));
        given().auth().oauth2(PM).queryParam("serial", prefix + "-1").when().get("/api/inventory/devices")
                .then().body("items[0].status", equalTo("FLAGGED"), "items[0].riskReasons.code",
                        contains("COVERED_MANUFACTURER"));
    }

    @Test
    void malformedFilesAre400() {
        post("", false).statusCode(400).body("detail", containsString("header"));
        post("serial,model\nA,B\n", false).statusCode(400).body("detail", containsString("missing"));
        post(HEADER, false).statusCode(400).body("detail", containsString("no rows"));
        byte[] latin1 = (HEADER + row(1, mac(1)).replace("Hanseong", "Hans\u00e9ong")).getBytes(StandardCharsets.ISO_8859_1);
        given().auth().oauth2(PM).contentType("text/csv").body(latin1).when().post("/api/inventory/devices/bulk/import")
                .then().statusCode(400).body("detail", containsString("UTF-8"));
        given().auth().oauth2(PM).contentType("application/json").body("{}").when().post("/api/inventory/devices/bulk/import")
                .then().statusCode(415);
        given().auth().oauth2(org.crp.common.testing.TestTokens.token("auditor", "auditor")).contentType("text/csv")
                .body(HEADER + row(1, mac(1))).when().post("/api/inventory/devices/bulk/import").then().statusCode(403);
    }

    /** A row is read whole into memory; an endless one (no line break, or an unclosed quote) must not take the heap. */
    @Test
    void aRowPastTheLengthLimitIs400NamingItAndNothingIsWritten() {
        long before = count();
        post(HEADER + "A".repeat(300_000) + "\n", false).statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("body"), "detail", containsString("row 1 runs past 65536 characters"));
        post("serial" + ",x".repeat(150_000) + "\n" + row(1, mac(1)), false).statusCode(400)
                .body("detail", containsString("the header runs past 65536 characters"));
        // an unclosed quote: short lines, but one endless field
        post(HEADER + row(1, mac(1)) + "\"" + "a\n".repeat(100_000), false).statusCode(400)
                .body("detail", containsString("row 2 runs past 65536 characters"));
        // ordinary rows still pass
        post(HEADER + row(1, mac(1)) + row(2, mac(2)), true).statusCode(200);
        assertEquals(before, count());
    }

    /** The import's body limit is its own (16 MB in tests, 1 GB in production), above every other route's 10 MB. */
    @Test
    void anImportPastTheCommonBodyLimitIsReadWhole() {
        post(HEADER + ("x".repeat(1000) + "\n").repeat(11_000), false).statusCode(400)
                .body("type", equalTo("/problems/invalid-rows"), "detail", startsWith("11000 of 11000 rows are invalid"));
    }

    @Test
    void exportStreamsTheFilteredDevicesAndImportsBackUnchanged() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 3; i++) {
            csv.append(row(i, mac(i)));
        }
        post(csv.toString(), false).statusCode(200);
        String exported = given().auth().oauth2(org.crp.common.testing.TestTokens.token("auditor", "auditor"))
                .queryParam("siteId", siteId).when().get("/api/inventory/devices/bulk/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = exported.lines().toList();
        assertEquals(4, lines.size(), exported);
        assertTrue(lines.get(0).startsWith("serial,asset_tag,model"), lines.get(0));
        assertTrue(lines.get(1).startsWith(prefix + "-1,AT1,XNO-6080R"), lines.get(1));
        // the register imported back as exported is left as it was
        post(exported, false).statusCode(200).body("created", equalTo(0), "updated", equalTo(0), "unchanged", equalTo(3));
    }

    @Test
    void exportHonoursTheSerialFilter() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 3; i++) {
            csv.append(row(i, mac(i)));
        }
        post(csv.toString(), false).statusCode(200);
        String exported = given().auth().oauth2(PM).queryParam("serial", prefix + "-1", prefix + "-3")
                .when().get("/api/inventory/devices/bulk/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        List<String> lines = exported.lines().toList();
        assertEquals(3, lines.size(), exported);
        assertTrue(lines.get(1).startsWith(prefix + "-1,"), lines.get(1));
        assertTrue(lines.get(2).startsWith(prefix + "-3,"), lines.get(2));
        given().auth().oauth2(PM).queryParam("serial", java.util.Collections.nCopies(1001, prefix + "-1"))
                .when().get("/api/inventory/devices/bulk/export")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("serial"));
    }

    @Test
    void bulkStatusChangeIsAllOrNothing() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 3; i++) {
            csv.append(row(i, mac(i)));
        }
        post(csv.toString(), false).statusCode(200);
        given().auth().oauth2(PM).contentType("application/json")
                .body(Map.of("siteId", List.of(siteId), "target", "SCHEDULED", "note", "wave 1"))
                .when().post("/api/inventory/devices/bulk/status")
                .then().statusCode(200).body("devices", equalTo(3));
        given().auth().oauth2(PM).contentType("application/json")
                .body(Map.of("siteId", List.of(siteId), "q", prefix + "-1", "target", "REMOVED"))
                .when().post("/api/inventory/devices/bulk/status").then().statusCode(200);
        // one of three is already REMOVED and cannot be SCHEDULED: nothing changes
        given().auth().oauth2(PM).contentType("application/json")
                .body(Map.of("siteId", List.of(siteId), "target", "IN_SERVICE"))
                .when().post("/api/inventory/devices/bulk/status")
                .then().statusCode(409).body("detail", containsString(prefix + "-1"));
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("status", "SCHEDULED").queryParam("total", true)
                .when().get("/api/inventory/devices").then().body("total", equalTo(2));
        given().auth().oauth2(PM).contentType("application/json")
                .body(Map.of("siteId", List.of(UUID.randomUUID().toString()), "target", "SCHEDULED"))
                .when().post("/api/inventory/devices/bulk/status").then().statusCode(422);
    }

    /** A JSON body can put null into a filter's list, which a query string cannot: a 400 naming the filter. */
    @Test
    void aNullInAFilterListIsABadRequest() {
        post(HEADER + row(1, mac(1)), false).statusCode(200);
        for (String filter : List.of("siteId", "zoneId", "status", "riskLevel", "supplierId", "reason")) {
            Map<String, Object> body = new java.util.HashMap<>(Map.of("serial", List.of(prefix + "-1"), "target", "SCHEDULED"));
            body.put(filter, java.util.Collections.singletonList(null));
            given().auth().oauth2(PM).contentType("application/json").body(body)
                    .when().post("/api/inventory/devices/bulk/status")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(filter), "detail", containsString("null"));
        }
        given().auth().oauth2(PM).queryParam("siteId", siteId).queryParam("status", "IN_SERVICE").queryParam("total", true)
                .when().get("/api/inventory/devices").then().body("total", equalTo(1));
    }

    /** An import whose body is on its way: the headers and the first part written, the rest held back. */
    Socket importUnderway(byte[] head, int length) throws IOException {
        Socket socket = new Socket("localhost", RestAssured.port);
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/inventory/devices/bulk/import HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + PM
                + "\r\nContent-Type: text/csv\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(head);
        out.flush();
        return socket;
    }

    /** Exports this test's site until the answer has the given status (an export that gets in first ends quickly). */
    io.restassured.response.ValidatableResponse exportUntil(int status) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            var answer = given().auth().oauth2(PM).queryParam("siteId", siteId)
                    .when().get("/api/inventory/devices/bulk/export").then();
            if (answer.extract().statusCode() == status || System.nanoTime() > deadline) {
                return answer.statusCode(status);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void oneImportOrExportAtATimeTheNextIs429WithRetryAfterUntilTheFirstEnds() throws Exception {
        byte[] head = (HEADER + row(1, mac(1))).getBytes(StandardCharsets.UTF_8);
        byte[] tail = row(2, mac(2)).getBytes(StandardCharsets.UTF_8);
        try (Socket upload = importUnderway(head, head.length + tail.length)) {
            Thread.sleep(300); // the import takes the slot as soon as its headers are in
            exportUntil(429).contentType("application/problem+json").header("Retry-After", "30")
                    .body("type", equalTo("/problems/busy"))
                    .body("detail", containsString("running another CSV import or export; this export can start when it ends"));
            post(HEADER + row(3, mac(3)), false).statusCode(429).header("Retry-After", "30")
                    .body("detail", containsString("this import can start when it ends"));

            upload.getOutputStream().write(tail);
            String answer = new String(upload.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            assertTrue(answer.contains("\"created\":2"), answer);
        }
        assertEquals(2, count(), "the refused import wrote nothing");
        exportUntil(200).body(containsString(prefix + "-2,"));
    }

    @Test
    void anImportWhoseClientLeavesMidwayFreesTheSlot() throws Exception {
        byte[] head = (HEADER + row(1, mac(1))).getBytes(StandardCharsets.UTF_8);
        try (Socket upload = importUnderway(head, head.length + 1000)) {
            Thread.sleep(300);
            exportUntil(429);
        }
        exportUntil(200);
        assertEquals(0, count(), "the unfinished import wrote nothing");
    }
}
