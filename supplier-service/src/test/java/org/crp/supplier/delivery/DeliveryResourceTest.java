package org.crp.supplier.delivery;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.testing.Deliveries.HASH;
import static org.crp.supplier.testing.Deliveries.certificate;
import static org.crp.supplier.testing.Deliveries.delivery;
import static org.crp.supplier.testing.Deliveries.serials;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.supplier.Fixtures;
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
class DeliveryResourceTest {

    @Test
    void legalCounselRecordsADeliveryWithCertificates() {
        String supplier = Fixtures.createSupplier();
        List<String> serials = serials(2);
        Map<String, Object> body = delivery(serials, List.of(certificate("KCCI-1", null), certificate("KCCI-2", "VN")));
        var created = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("supplierId", equalTo(supplier), "declaredOrigin", equalTo("KR"), "serials", contains(serials.toArray()),
                        "certificates", hasSize(2), "certificates[0].claimedOrigin", equalTo("KR"),
                        "certificates[1].claimedOrigin", equalTo("VN"),
                        "certificates[0].documentSha256", equalTo(HASH.toLowerCase()), "lastCheckedAt", nullValue())
                .extract();
        String id = created.path("id");
        given().auth().oauth2(AUDITOR).when().get(created.header("Location"))
                .then().statusCode(200).body("id", equalTo(id), "certificates.number", contains("KCCI-1", "KCCI-2"));
        given().auth().oauth2(SERVICE).when().get("/api/supplier/deliveries/{id}", id)
                .then().statusCode(200).body("contractNumber", equalTo(body.get("contractNumber")));
        given().auth().oauth2(SECURITY).queryParam("total", true).when().get("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(200).body("items.id", contains(id), "total", equalTo(1));
        given().auth().oauth2(LEGAL).queryParam("contractNumber", "no-such-contract")
                .when().get("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(200).body("items", hasSize(0));
    }

    /** Posting a delivery twice (a retried script) would count its cameras twice in every finding and damages sum. */
    @Test
    void aSerialTheSupplierAlreadyDeliveredIs409AndNothingIsStored() {
        String supplier = Fixtures.createSupplier();
        List<String> serials = serials(3);
        String first = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(serials.subList(0, 2), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(201).extract().path("id");
        Map<String, Object> overlapping = delivery(serials.subList(1, 3), null);
        overlapping.put("contractNumber", "OTHER-CONTRACT-7");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(overlapping)
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Serial " + serials.get(1) + " was already delivered"),
                        "detail", containsString(first));
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(200).body("total", equalTo(1));
        // another supplier's delivery of those serials is its own record
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(overlapping)
                .when().post("/api/supplier/suppliers/{id}/deliveries", Fixtures.createSupplier()).then().statusCode(201);
    }

    @Test
    void certificatesAreAttachedLaterAndOnlyOnce() {
        String supplier = Fixtures.createSupplier();
        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(serials(1), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(201).body("certificates", hasSize(0)).extract().path("id");
        var added = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(certificate("KCCI-9", "KR"))
                .when().post("/api/supplier/deliveries/{id}/certificates", delivery)
                .then().statusCode(201).body("deliveryId", equalTo(delivery), "number", equalTo("KCCI-9")).extract();
        given().auth().oauth2(AUDITOR).when().get(added.header("Location"))
                .then().statusCode(200).body("id", equalTo(added.path("id")));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(certificate("KCCI-9", "KR"))
                .when().post("/api/supplier/deliveries/{id}/certificates", delivery)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("KCCI-9"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/deliveries/{id}", delivery)
                .then().statusCode(200).body("certificates", hasSize(1));
    }

    @Test
    void aHashThatIsNot64HexCharactersIs400AndNothingIsStored() {
        String supplier = Fixtures.createSupplier();
        for (String hash : List.of(HASH.substring(1), HASH + "0", "z" + HASH.substring(1), "")) {
            Map<String, Object> cert = certificate("KCCI-H", "KR");
            cert.put("documentSha256", hash);
            given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(serials(1), List.of(cert)))
                    .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors.field", hasItem(endsWith("documentSha256")),
                            "errors.message", hasItem(containsString("64 hexadecimal characters")));
        }
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(200).body("total", equalTo(0));

        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(serials(1), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201).extract().path("id");
        Map<String, Object> cert = certificate("KCCI-H", "KR");
        cert.put("documentSha256", "abc");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(cert)
                .when().post("/api/supplier/deliveries/{id}/certificates", delivery)
                .then().statusCode(400).body("errors.field", hasItem(endsWith("documentSha256")));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/deliveries/{id}", delivery)
                .then().statusCode(200).body("certificates", hasSize(0));
    }

    @Test
    void badDeliveriesAre400WithTheField() {
        String supplier = Fixtures.createSupplier();
        Map<String, Object> lowerCaseCountry = delivery(serials(1), null);
        lowerCaseCountry.put("declaredOrigin", "kr");
        Map<String, Object> unknownCountry = delivery(serials(1), List.of(certificate("KCCI-C", "XX")));
        Map<String, Object> noSerials = delivery(List.of(), null);
        String twice = "SN-TWICE-" + UUID.randomUUID();
        Map<String, Object> duplicateSerial = delivery(List.of(twice, " " + twice), null);
        Map<String, Object> duplicateCertificate = delivery(serials(1), List.of(certificate("KCCI-D", "KR"),
                certificate("KCCI-D", "KR")));
        Map<String, Object> future = delivery(serials(1), null);
        future.put("deliveryDate", LocalDate.now().plusDays(30).toString());
        Map<String, Object> missing = new HashMap<>();

        Map<Map<String, Object>, String> cases = new java.util.LinkedHashMap<>();
        cases.put(lowerCaseCountry, "declaredOrigin");
        cases.put(unknownCountry, "claimedOrigin");
        cases.put(noSerials, "serials");
        cases.put(duplicateSerial, "serials");
        cases.put(duplicateCertificate, "certificates");
        cases.put(future, "deliveryDate");
        cases.put(missing, "contractNumber");
        cases.forEach((body, field) -> given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString(field))));
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(200).body("total", equalTo(0));
    }

    /** A serial inventory would refuse could never be matched to a device: 400 naming each one, nothing recorded. */
    @Test
    void serialsInventoryWouldNotRegisterAre400NamingEach() {
        String supplier = Fixtures.createSupplier();
        List<String> good = serials(2);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> sent = List.of(good.get(0), "S" + tag + "X".repeat(60), "SN-" + tag + "\tA", "SN-" + tag + "\nB",
                "-SN-" + tag, "SN " + tag, " " + good.get(1) + " ");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(sent, null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("serials[1]", "serials[2]", "serials[3]", "serials[4]", "serials[5]"),
                        "errors[0].message", containsString("1 to 64 letters, digits or . _ / -"),
                        "errors[1].message", containsString("SN-" + tag + "?A"),
                        "detail", containsString("serials[1]"));
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(200).body("total", equalTo(0));

        // 64 characters, and the surrounding spaces dropped, are a serial
        String longest = "S" + tag + "-./_" + "9".repeat(51);
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(delivery(List.of(longest, " " + good.get(1) + " "), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                .then().statusCode(201).body("serials", contains(longest, good.get(1)));
    }

    @Test
    void unknownSupplierOrDeliveryIs404() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(serials(1), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", unknown)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString(unknown.toString()));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}/deliveries", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/deliveries/{id}", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).when().post("/api/supplier/deliveries/{id}/check", unknown).then().statusCode(404);
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(certificate("KCCI-X", "KR"))
                .when().post("/api/supplier/deliveries/{id}/certificates", unknown).then().statusCode(404);

        String supplier = Fixtures.createSupplier();
        String other = Fixtures.createSupplier();
        String delivery = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(delivery(serials(1), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201).extract().path("id");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/suppliers/{id}/deliveries/{d}", other, delivery)
                .then().statusCode(404);
    }

    @Test
    void rolesAreEnforced() {
        String supplier = Fixtures.createSupplier();
        for (String wrong : List.of(SECURITY, AUDITOR, PM, SERVICE, vendorToken("engineer", UUID.randomUUID().toString()))) {
            given().auth().oauth2(wrong).contentType(ContentType.JSON).body(delivery(serials(1), null))
                    .when().post("/api/supplier/suppliers/{id}/deliveries", supplier)
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(PM).when().get("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(403);
        given().when().get("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(401);
        String delivery = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(delivery(serials(1), null))
                .when().post("/api/supplier/suppliers/{id}/deliveries", supplier).then().statusCode(201).extract().path("id");
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(certificate("KCCI-R", "KR"))
                .when().post("/api/supplier/deliveries/{id}/certificates", delivery).then().statusCode(403);
        for (String wrong : List.of(AUDITOR, PM, SERVICE)) {
            given().auth().oauth2(wrong).when().post("/api/supplier/deliveries/{id}/check", delivery).then().statusCode(403);
        }
        given().auth().oauth2(token("pm", "program-manager")).when().get("/api/supplier/deliveries/{id}", delivery)
                .then().statusCode(403);
    }
}
