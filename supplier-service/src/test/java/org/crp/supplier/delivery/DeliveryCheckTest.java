package org.crp.supplier.delivery;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.testing.InventoryData.device;
import static org.crp.supplier.testing.InventoryData.page;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

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

/** A certificate whose claimed origin contradicts inventory's verified origin of a delivered device is a FALSIFIED_DOCUMENT. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
@QuarkusTestResource(ReplacementStub.class)
class DeliveryCheckTest {

    @Inject
    DataSource dataSource;

    record Setup(String supplier, String delivery, List<String> serials, UUID chinese, UUID korean) {
    }

    /** Four serials: one verified CN, one verified KR, one not inspected yet, one inventory does not know. */
    Setup deliveryWithOneContradiction() {
        String supplier = Fixtures.createSupplier();
        List<String> serials = Deliveries.serials(4);
        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Deliveries.delivery(serials, List.of(Deliveries.certificate("KCCI-OK", null),
                        Deliveries.certificate("KCCI-CN", "CN"))))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(201).extract().path("id");
        UUID chinese = UUID.randomUUID();
        UUID korean = UUID.randomUUID();
        InventoryData.stubSerial(serials.get(0), page(null,
                device(chinese, serials.get(0), supplier, "KR", "CN", "ORIGIN_MISMATCH"),
                device(korean, serials.get(1), supplier, "KR", "KR"),
                device(UUID.randomUUID(), serials.get(2), supplier, "KR", null)));
        return new Setup(supplier, delivery, serials, chinese, korean);
    }

    @Test
    void aContradictingCertificateBecomesOneFalsifiedDocumentFindingAndASecondCheckAddsNothing() {
        Setup s = deliveryWithOneContradiction();
        var first = given().auth().oauth2(SECURITY).when().post("/api/supplier/deliveries/{id}/check", s.delivery())
                .then().statusCode(200)
                .body("serialsChecked", equalTo(4), "devicesFound", equalTo(3), "devicesVerified", equalTo(2),
                        "unknownSerials", contains(s.serials().get(3)), "unverifiedSerials", contains(s.serials().get(2)),
                        // KCCI-OK claims KR (the declared origin): the CN device contradicts it;
                        // KCCI-CN claims CN: the KR device contradicts it
                        "contradictions", hasSize(2),
                        "contradictions.find { it.certificateNumber == 'KCCI-OK' }.serial", equalTo(s.serials().get(0)),
                        "contradictions.find { it.certificateNumber == 'KCCI-OK' }.verifiedOrigin", equalTo("CN"),
                        "contradictions.find { it.certificateNumber == 'KCCI-CN' }.deviceId", equalTo(s.korean().toString()),
                        "findingsAdded", hasSize(2), "findingsExisting", hasSize(0))
                .extract().jsonPath();
        assertEquals(2, Db.findings(dataSource, s.supplier()));

        given().auth().oauth2(LEGAL).when().post("/api/supplier/deliveries/{id}/check", s.delivery())
                .then().statusCode(200)
                .body("findingsAdded", hasSize(0),
                        "findingsExisting", containsInAnyOrder(first.getList("findingsAdded").toArray()));
        assertEquals(2, Db.findings(dataSource, s.supplier()), "a repeated check writes nothing new");
        assertEquals(2, Db.count(dataSource, "select count(*) from supplier.finding_device d join supplier.finding f "
                + "on f.id = d.finding_id where f.supplier_id = ?::uuid", s.supplier()));

        given().auth().oauth2(LEGAL).queryParam("type", "FALSIFIED_DOCUMENT").queryParam("deliveryId", s.delivery())
                .when().get("/api/supplier/suppliers/{id}/findings", s.supplier())
                .then().statusCode(200)
                .body("items", hasSize(2), "items.source", contains("DELIVERY_CHECK", "DELIVERY_CHECK"),
                        "items.find { it.devices[0].deviceId == '" + s.chinese() + "' }.summary", containsString("KCCI-OK"),
                        "items.find { it.devices[0].deviceId == '" + s.chinese() + "' }.summary", containsString("claims origin KR"),
                        "items.find { it.devices[0].deviceId == '" + s.chinese() + "' }.devices[0].serial",
                        equalTo(s.serials().get(0)),
                        "items.certificateId", hasSize(2));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/deliveries/{id}", s.delivery())
                .then().statusCode(200).body("lastCheckedAt", notNullValue());
    }

    @Test
    void certificatesThatMatchTheVerifiedOriginProduceNoFinding() {
        String supplier = Fixtures.createSupplier();
        List<String> serials = Deliveries.serials(1);
        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Deliveries.delivery(serials, List.of(Deliveries.certificate("KCCI-TRUE", "KR"))))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201).extract().path("id");
        InventoryData.stubSerial(serials.get(0), page(null, device(UUID.randomUUID(), serials.get(0), supplier, "KR", "KR")));
        given().auth().oauth2(LEGAL).when().post("/api/supplier/deliveries/{id}/check", delivery)
                .then().statusCode(200).body("contradictions", hasSize(0), "findingsAdded", hasSize(0), "devicesVerified", equalTo(1));
        assertEquals(0, Db.findings(dataSource, supplier));
    }

    @Test
    void inventoryDownIs503AndNothingIsWritten() {
        String supplier = Fixtures.createSupplier();
        List<String> serials = Deliveries.serials(2);
        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Deliveries.delivery(serials, List.of(Deliveries.certificate("KCCI-503", "KR"))))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201).extract().path("id");
        InventoryData.serialDown(serials.get(0));
        given().auth().oauth2(LEGAL).when().post("/api/supplier/deliveries/{id}/check", delivery)
                .then().statusCode(503).contentType("application/problem+json")
                .body("status", equalTo(503), "detail", containsString("nothing was changed"));
        assertEquals(0, Db.findings(dataSource, supplier));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/deliveries/{id}", delivery)
                .then().statusCode(200).body("lastCheckedAt", nullValue());
    }

    /**
     * A delivery stored before serials were held to inventory's rule may list one inventory refuses to look up (400,
     * as its device list answers a serial over 64 characters); the check and the scan report it as unknown instead of
     * asking for it, so one such serial no longer makes them answer 503 for good.
     */
    @Test
    void aStoredSerialInventoryWouldRefuseIsUnknownToTheCheckAndTheScanNot503() throws SQLException {
        String supplier = Fixtures.createSupplier();
        List<String> serials = Deliveries.serials(1);
        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Deliveries.delivery(serials, List.of(Deliveries.certificate("KCCI-OLD", "KR"))))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201).extract().path("id");
        String tooLong = "L" + UUID.randomUUID().toString().replace("-", "") + "X".repeat(40);
        String withTab = "SN-" + UUID.randomUUID().toString().substring(0, 8) + "\tB";
        try (Connection connection = dataSource.getConnection(); PreparedStatement older = connection.prepareStatement(
                "update supplier.delivery set serials = serials || array[?, ?]::varchar[] where id = ?::uuid")) {
            older.setString(1, tooLong);
            older.setString(2, withTab);
            older.setString(3, delivery);
            assertEquals(1, older.executeUpdate());
        }
        // inventory refuses a lookup that names either, as its device list does
        for (String refused : List.of(tooLong, withTab)) {
            InventoryStub.server().stubFor(com.github.tomakehurst.wiremock.client.WireMock
                    .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/inventory/devices"))
                    .withQueryParam("serial", com.github.tomakehurst.wiremock.client.WireMock.equalTo(refused))
                    .atPriority(1) // over the good serial's answer: a request naming both is refused
                    .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(400)
                            .withHeader("Content-Type", "application/problem+json")
                            .withBody("{\"status\":400,\"detail\":\"serial: not a serial (1 to 64 characters)\"}")));
        }
        InventoryData.stubSerial(serials.get(0), page(null, device(UUID.randomUUID(), serials.get(0), supplier, "KR", "CN")));

        given().auth().oauth2(LEGAL).when().post("/api/supplier/deliveries/{id}/check", delivery)
                .then().statusCode(200)
                .body("serialsChecked", equalTo(3), "devicesFound", equalTo(1),
                        "unknownSerials", contains(tooLong, withTab), "contradictions", hasSize(1),
                        "findingsAdded", hasSize(1));

        InventoryData.stubSummary(supplier, InventoryData.summary(supplier, 1, 1, 1, 0, 0));
        InventoryData.stubMismatched(supplier, null, page(null));
        given().auth().oauth2(SECURITY).when().post("/api/supplier/suppliers/{id}/scan", supplier)
                .then().statusCode(200).body("deliveriesChecked", equalTo(1), "existingCount", equalTo(1));
    }

    @Test
    void theCheckAsksInventoryForEverySerialOfTheDelivery() {
        Setup s = deliveryWithOneContradiction();
        given().auth().oauth2(LEGAL).when().post("/api/supplier/deliveries/{id}/check", s.delivery()).then().statusCode(200);
        var requests = InventoryStub.server().findAll(com.github.tomakehurst.wiremock.client.WireMock
                .getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo("/api/inventory/devices"))
                .withQueryParam("serial", com.github.tomakehurst.wiremock.client.WireMock.equalTo(s.serials().get(3))));
        assertEquals(1, requests.size());
        assertEquals(s.serials(), requests.get(0).queryParameter("serial").values());
        assertEquals(List.of("1000"), requests.get(0).queryParameter("limit").values());
    }
}
