package org.crp.supplier.exposure;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.testing.InventoryData.summary;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.crp.supplier.Fixtures;
import org.crp.supplier.testing.InventoryData;
import org.crp.supplier.testing.InventoryStub;
import org.crp.supplier.testing.ReplacementStub;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
@QuarkusTestResource(ReplacementStub.class)
class ExposureResourceTest {

    static String costs(String supplier) {
        return "[{\"supplierId\":\"" + supplier + "\",\"currency\":\"KRW\",\"orders\":5,\"completed\":3,"
                + "\"plannedCost\":5000000.00,\"completedCost\":3000000.00},"
                + "{\"supplierId\":\"" + supplier + "\",\"currency\":\"USD\",\"orders\":1,\"completed\":1,"
                + "\"plannedCost\":900.50,\"completedCost\":900.50},"
                + "{\"supplierId\":\"" + UUID.randomUUID() + "\",\"currency\":\"KRW\",\"orders\":99,\"completed\":99,"
                + "\"plannedCost\":1.00,\"completedCost\":1.00},"
                + "{\"supplierId\":null,\"currency\":\"KRW\",\"orders\":7,\"completed\":0,\"plannedCost\":7.00,\"completedCost\":0.00}]";
    }

    @Test
    void exposureCombinesInventoryReplacementAndLocalCases() {
        String supplier = Fixtures.createSupplier();
        String investigating = Fixtures.openCase(supplier);
        Fixtures.moveCase(investigating, "INVESTIGATING");
        Fixtures.openCase(supplier);
        InventoryData.stubSummary(supplier, summary(supplier, 420, 37, 12, 4, 21));
        StubMapping stub = ReplacementStub.costs(costs(supplier));
        try {
            given().auth().oauth2(PM).when().get("/api/supplier/suppliers/{id}/exposure", supplier)
                    .then().statusCode(200)
                    .body("supplierId", equalTo(supplier), "supplierStatus", equalTo("ACTIVE"), "complete", equalTo(true),
                            "unavailable", hasSize(0),
                            "inventory.available", equalTo(true), "inventory.devices", equalTo(420),
                            "inventory.flagged", equalTo(37), "inventory.originMismatches", equalTo(12),
                            "inventory.relabelSuspects", equalTo(4), "inventory.coveredManufacturer", equalTo(21),
                            "replacement.available", equalTo(true), "replacement.devicesReplaced", equalTo(4),
                            "replacement.replacementOrders", equalTo(6), "replacement.costs.currency", contains("KRW", "USD"),
                            "replacement.costs[0].completedCost", equalTo(3000000.00f),
                            "cases.open", equalTo(2), "cases.byStatus.OPEN", equalTo(1), "cases.byStatus.INVESTIGATING", equalTo(1),
                            "findings.FALSIFIED_DOCUMENT", equalTo(0));
        } finally {
            ReplacementStub.server().removeStub(stub);
        }
    }

    @Test
    void inventoryDownLeavesItsPartUnavailableAndTheRestIsAnswered() {
        String supplier = Fixtures.createSupplier();
        Fixtures.openCase(supplier);
        InventoryData.supplierDown(supplier);
        StubMapping stub = ReplacementStub.costs(costs(supplier));
        try {
            given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}/exposure", supplier)
                    .then().statusCode(200)
                    .body("complete", equalTo(false), "unavailable", contains("inventory-service"),
                            "inventory.available", equalTo(false), "inventory.devices", nullValue(),
                            "inventory.unavailableReason", containsString("inventory-service could not answer"),
                            "replacement.available", equalTo(true), "replacement.devicesReplaced", equalTo(4),
                            "cases.open", equalTo(1));
        } finally {
            ReplacementStub.server().removeStub(stub);
        }
    }

    @Test
    void replacementDownLeavesItsPartUnavailable() {
        String supplier = Fixtures.createSupplier();
        InventoryData.stubSummary(supplier, summary(supplier, 3, 1, 1, 0, 0));
        StubMapping stub = ReplacementStub.down();
        try {
            given().auth().oauth2(AUDITOR).when().get("/api/supplier/suppliers/{id}/exposure", supplier)
                    .then().statusCode(200)
                    .body("complete", equalTo(false), "unavailable", contains("replacement-service"),
                            "replacement.available", equalTo(false), "replacement.costs", nullValue(),
                            "replacement.unavailableReason", containsString("replacement-service"),
                            "inventory.available", equalTo(true), "inventory.devices", equalTo(3), "cases.open", equalTo(0));
        } finally {
            ReplacementStub.server().removeStub(stub);
        }
    }

    @Test
    void bothDownStillAnswersTheLocalParts() {
        String supplier = Fixtures.createSupplier();
        InventoryData.supplierDown(supplier);
        StubMapping stub = ReplacementStub.down();
        try {
            given().auth().oauth2(SECURITY).when().get("/api/supplier/suppliers/{id}/exposure", supplier)
                    .then().statusCode(200)
                    .body("complete", equalTo(false), "unavailable", contains("inventory-service", "replacement-service"),
                            "cases.open", equalTo(0), "findings.COVERED_EQUIPMENT", equalTo(0));
        } finally {
            ReplacementStub.server().removeStub(stub);
        }
    }

    @Test
    void unknownSupplierIs404AndVendorsAreRefused() {
        given().auth().oauth2(SERVICE).when().get("/api/supplier/suppliers/{id}/exposure", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        String supplier = Fixtures.createSupplier();
        for (String wrong : List.of(vendorToken("engineer", UUID.randomUUID().toString()))) {
            given().auth().oauth2(wrong).when().get("/api/supplier/suppliers/{id}/exposure", supplier)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().get("/api/supplier/suppliers/{id}/exposure", supplier).then().statusCode(401);
    }
}
