package org.crp.replacement.catalogue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.replacement.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class CatalogueResourceTest {

    static final String PM = token("pm", "program-manager");

    static String createVendor() {
        Map<String, Object> body = new HashMap<>();
        String number = "REG-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
        body.put("name", "Vendor " + number);
        body.put("registrationNumber", number);
        body.put("country", "KR");
        body.put("regions", List.of("Seoul"));
        body.put("installsPerDay", 5);
        return given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> model(String manufacturer) {
        Map<String, Object> body = new HashMap<>();
        body.put("manufacturer", manufacturer);
        body.put("model", "DOME-4K");
        body.put("countryOfOrigin", "KR");
        body.put("unitCost", 420.50);
        body.put("installCost", 80);
        body.put("leadTimeDays", 14);
        return body;
    }

    static void coveredMaker(String name) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/watchlist/match"))
                .withQueryParam("name", equalTo(name)).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"name\":\"" + name + "\",\"covered\":true,\"match\":{\"entryId\":\"" + UUID.randomUUID()
                                + "\",\"name\":\"Hikvision\",\"lists\":[\"NDAA_889\"],\"matchedTerm\":\"hikvision\"}}")));
    }

    @Test
    void programManagerAddsAModelAndReadsTheCatalogue() {
        String vendor = createVendor();
        String maker = "Hanwha-" + UUID.randomUUID();
        String id = given().auth().oauth2(PM).contentType(ContentType.JSON).body(model(maker))
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(201).header("Location", containsString("/models/"))
                .body("vendorId", is(vendor), "manufacturer", is(maker), "unitCost", is(420.5f),
                        "installCost", is(80), "leadTimeDays", is(14))
                .extract().path("id");
        given().auth().oauth2(token("auditor", "auditor")).when().get("/api/replacement/vendors/{v}/models/{id}", vendor, id)
                .then().statusCode(200).header("ETag", containsString("0")).body("model", is("DOME-4K"));
        given().auth().oauth2(token("svc", "service")).queryParam("total", true)
                .when().get("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(200).body("items.id", hasItem(id), "total", is(1));
        // the service asked inventory with its own client-credentials token
        InventoryStub.server().verify(getRequestedFor(urlPathEqualTo("/api/inventory/watchlist/match"))
                .withQueryParam("name", equalTo(maker)).withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void aCoveredMakerIs422AndNothingIsStored() {
        String vendor = createVendor();
        String maker = "Ezviz " + UUID.randomUUID();
        coveredMaker(maker);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(model(maker))
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("covered"), "detail", containsString("Hikvision"),
                        "errors[0].field", is("manufacturer"));
        given().auth().oauth2(PM).when().get("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(200).body("items", hasSize(0));
    }

    /** Locally made replacements are the point: a camera made in a country of concern is refused like a covered maker's. */
    @Test
    void aModelMadeInACountryOfConcernIs422AndNothingIsStored() {
        String vendor = createVendor();
        Map<String, Object> body = model("Hanwha-" + UUID.randomUUID());
        body.put("countryOfOrigin", "CN");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("countryOfOrigin"), "detail", containsString("CN is one of inventory's countries of concern"));
        given().auth().oauth2(PM).when().get("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(200).body("items", hasSize(0));
        body.put("countryOfOrigin", "KR");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors/{v}/models", vendor).then().statusCode(201);
    }

    @Test
    void negativeCostsAndLeadTimeAre400() {
        String vendor = createVendor();
        Map<String, Object> body = model("Hanwha");
        body.put("unitCost", -1);
        body.put("installCost", -0.01);
        body.put("leadTimeDays", -3);
        body.put("countryOfOrigin", "kr");
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(body)
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("unitCost"), "errors.field", hasItem("installCost"),
                        "errors.field", hasItem("leadTimeDays"), "errors.field", hasItem("countryOfOrigin"));
    }

    @Test
    void unknownVendorOrModelIs404() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(model("Hanwha"))
                .when().post("/api/replacement/vendors/{v}/models", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("Vendor"));
        String vendor = createVendor();
        given().auth().oauth2(PM).when().get("/api/replacement/vendors/{v}/models/{id}", vendor, UUID.randomUUID())
                .then().statusCode(404).body("detail", containsString("Model"));
    }

    @Test
    void sameModelTwiceIs409() {
        String vendor = createVendor();
        String maker = "Idis-" + UUID.randomUUID();
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(model(maker))
                .when().post("/api/replacement/vendors/{v}/models", vendor).then().statusCode(201);
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(model(maker.toUpperCase()))
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void onlyProgrammeManagersAndAdminsAddModels() {
        String vendor = createVendor();
        for (String role : List.of("auditor", "security-officer", "legal-counsel", "service")) {
            given().auth().oauth2(token(role, role)).contentType(ContentType.JSON).body(model("Hanwha"))
                    .when().post("/api/replacement/vendors/{v}/models", vendor).then().statusCode(403);
        }
    }

    @Test
    void inventoryDownIs503NotA500() {
        String vendor = createVendor();
        String maker = "Down-" + UUID.randomUUID();
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/watchlist/match"))
                .withQueryParam("name", equalTo(maker)).atPriority(1).willReturn(aResponse().withStatus(503)));
        given().auth().oauth2(PM).contentType(ContentType.JSON).body(model(maker))
                .when().post("/api/replacement/vendors/{v}/models", vendor)
                .then().statusCode(503).contentType("application/problem+json");
    }
}
