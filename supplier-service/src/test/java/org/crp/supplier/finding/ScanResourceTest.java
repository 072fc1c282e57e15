package org.crp.supplier.finding;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.testing.InventoryData.device;
import static org.crp.supplier.testing.InventoryData.page;
import static org.crp.supplier.testing.InventoryData.summary;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.crp.supplier.Fixtures;
import org.crp.supplier.testing.Db;
import org.crp.supplier.testing.Deliveries;
import org.crp.supplier.testing.InventoryData;
import org.crp.supplier.testing.InventoryStub;
import org.crp.supplier.testing.ReplacementStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
@QuarkusTestResource(ReplacementStub.class)
class ScanResourceTest {

    @Inject
    DataSource dataSource;

    record Devices(UUID relabelled, UUID covered, UUID secondPage) {
    }

    /**
     * Two pages of mismatched devices: one with ORIGIN_MISMATCH and RELABEL_SUSPECTED (one ORIGIN_MISREPRESENTATION),
     * one with COVERED_MANUFACTURER and FOREIGN_CALLBACK (two findings), and on the second page one more
     * ORIGIN_MISMATCH: four findings in all.
     */
    static Devices stubInventory(String supplier) {
        Devices d = new Devices(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String tag = supplier.substring(0, 8);
        InventoryData.stubSummary(supplier, summary(supplier, 40, 3, 2, 1, 1));
        InventoryData.stubMismatched(supplier, null, page("cursor-" + tag,
                device(d.relabelled(), "RL-" + tag, supplier, "KR", "CN", "ORIGIN_MISMATCH", "RELABEL_SUSPECTED", "WEAK_FIRMWARE"),
                device(d.covered(), "CV-" + tag, supplier, "KR", null, "COVERED_MANUFACTURER", "FOREIGN_CALLBACK")));
        InventoryData.stubMismatched(supplier, "cursor-" + tag, page(null,
                device(d.secondPage(), "P2-" + tag, supplier, "KR", "CN", "ORIGIN_MISMATCH")));
        return d;
    }

    @Test
    void aScanRecordsFindingsAndASecondScanAddsNothing() {
        String supplier = Fixtures.createSupplier();
        Devices d = stubInventory(supplier);

        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                .then().statusCode(200)
                .body("supplierId", equalTo(supplier), "inventorySummary.devices", equalTo(40),
                        "inventorySummary.originMismatches", equalTo(2), "devicesExamined", equalTo(3),
                        "addedCount", equalTo(4), "existingCount", equalTo(0), "added", hasSize(4),
                        "added.type", containsInAnyOrder("ORIGIN_MISREPRESENTATION", "COVERED_EQUIPMENT",
                                "UNAUTHORIZED_DATA_TRANSFER", "ORIGIN_MISREPRESENTATION"),
                        "added.subjectKey", containsInAnyOrder("device:" + d.relabelled(), "device:" + d.covered(),
                                "device:" + d.covered(), "device:" + d.secondPage()));
        assertEquals(4, Db.findings(dataSource, supplier));

        given().auth().oauth2(LEGAL).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                .then().statusCode(200).body("addedCount", equalTo(0), "added", hasSize(0), "existingCount", equalTo(4),
                        "existing.devicesAdded", containsInAnyOrder(0, 0, 0, 0));
        assertEquals(4, Db.findings(dataSource, supplier), "the second scan wrote nothing");
        assertEquals(4, Db.count(dataSource, "select count(*) from supplier.finding_device d join supplier.finding f "
                + "on f.id = d.finding_id where f.supplier_id = ?::uuid", supplier));

        given().auth().oauth2(AUDITOR).queryParam("type", "ORIGIN_MISREPRESENTATION").queryParam("total", true)
                .when().get("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(200).body("total", equalTo(2), "items.source", containsInAnyOrder("SCAN", "SCAN"),
                        "items.find { it.subjectKey == 'device:" + d.relabelled() + "' }.summary",
                        containsString("RELABEL_SUSPECTED"),
                        "items.find { it.subjectKey == 'device:" + d.relabelled() + "' }.devices[0].serial",
                        equalTo("RL-" + supplier.substring(0, 8)));
        given().auth().oauth2(SECURITY).queryParam("type", "UNAUTHORIZED_DATA_TRANSFER")
                .when().get("/api/supplier/suppliers/{id}/findings", supplier)
                .then().statusCode(200).body("items", hasSize(1), "items[0].devices[0].deviceId", equalTo(d.covered().toString()));
    }

    @Test
    void concurrentScansRecordEachFindingOnce() throws Exception {
        String supplier = Fixtures.createSupplier();
        stubInventory(supplier);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> scans = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                scans.add(() -> given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                        .then().statusCode(200).extract().path("addedCount"));
            }
            int added = 0;
            for (Future<Integer> result : pool.invokeAll(scans)) {
                added += result.get();
            }
            assertEquals(4, added, "between them the scans added each finding exactly once");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(4, Db.findings(dataSource, supplier));
    }

    @Test
    void aScanChecksTheSuppliersDeliveriesToo() {
        String supplier = Fixtures.createSupplier();
        InventoryData.stubSummary(supplier, summary(supplier, 1, 0, 0, 0, 0));
        InventoryData.stubMismatched(supplier, null, page(null));
        List<String> serials = Deliveries.serials(1);
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Deliveries.delivery(serials, List.of(Deliveries.certificate("KCCI-SCAN", "KR"))))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201);
        InventoryData.stubSerial(serials.get(0), page(null, device(UUID.randomUUID(), serials.get(0), supplier, "KR", "CN")));

        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                .then().statusCode(200).body("deliveriesChecked", equalTo(1), "addedCount", equalTo(1),
                        "added[0].type", equalTo("FALSIFIED_DOCUMENT"));
        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                .then().statusCode(200).body("addedCount", equalTo(0), "existingCount", equalTo(1));
        assertEquals(1, Db.findings(dataSource, supplier));
    }

    @Test
    void inventoryDownIs503AndNothingIsWritten() {
        String supplier = Fixtures.createSupplier();
        InventoryData.supplierDown(supplier);
        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503), "type", containsString("inventory-service-unavailable"));
        assertEquals(0, Db.findings(dataSource, supplier));

        // the summary answers but the second page of devices fails: still nothing is written
        String other = Fixtures.createSupplier();
        String tag = other.substring(0, 8);
        InventoryData.stubSummary(other, summary(other, 2, 2, 2, 0, 0));
        InventoryData.stubMismatched(other, null, page("next-" + tag, device(UUID.randomUUID(), "A-" + tag, other, "KR", "CN",
                "ORIGIN_MISMATCH")));
        InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(
                        "/api/inventory/suppliers/" + other + "/mismatched-devices"))
                .withQueryParam("cursor", com.github.tomakehurst.wiremock.client.WireMock.equalTo("next-" + tag))
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(500)));
        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", other)
                .then().statusCode(503).contentType("application/problem+json");
        assertEquals(0, Db.findings(dataSource, other));
    }

    @Test
    void unknownSupplierIs404() {
        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlySecurityOfficersCounselAndAdminsScan() {
        String supplier = Fixtures.createSupplier();
        for (String wrong : List.of(AUDITOR, PM, SERVICE)) {
            given().auth().oauth2(wrong).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().post("/api/supplier/suppliers/{id}/scan", supplier).then().statusCode(401);
        stubInventory(supplier);
        given().auth().oauth2(ADMIN).when().post("/api/supplier/suppliers/{id}/scan", supplier).then().statusCode(200);
    }
}
