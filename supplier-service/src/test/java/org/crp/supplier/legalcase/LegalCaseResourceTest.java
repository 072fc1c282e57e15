package org.crp.supplier.legalcase;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.Fixtures.caseBody;
import static org.crp.supplier.Fixtures.createSupplier;
import static org.crp.supplier.Fixtures.moveCase;
import static org.crp.supplier.Fixtures.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class LegalCaseResourceTest {

    static ValidatableResponse post(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases").then();
    }

    static ValidatableResponse changeStatus(String id, String status, String ifMatch) {
        var request = given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("status", status, "reason", "because " + status));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/supplier/cases/{id}/status", id).then();
    }

    static Map<String, Object> fullBody(String supplierId) {
        Map<String, Object> body = caseBody(supplierId);
        body.put("type", "FRAUD");
        body.put("counsel", "  Kim Ji-won  ");
        body.put("court", "Seoul Central District Court");
        body.put("courtReference", "2026GA12345");
        body.put("claimedAmount", 1250000.5);
        body.put("awardedAmount", 0);
        body.put("currency", "KRW");
        return body;
    }

    @Test
    void counselOpensACaseWithANumberAndReadsIt() {
        String supplierId = createSupplier();
        var created = post(LEGAL, fullBody(supplierId))
                .statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/api/supplier/cases/"))
                .body("number", matchesPattern("LC-" + Year.now(ZoneOffset.UTC) + "-\\d{5}"),
                        "supplierId", equalTo(supplierId), "type", equalTo("FRAUD"), "status", equalTo("OPEN"),
                        "counsel", equalTo("Kim Ji-won"), "court", equalTo("Seoul Central District Court"),
                        "courtReference", equalTo("2026GA12345"), "claimedAmount", equalTo(1250000.5f),
                        "awardedAmount", equalTo(0.0f), "currency", equalTo("KRW"), "statusChangedAt", notNullValue(),
                        "version", equalTo(0))
                .extract();
        String id = created.path("id");
        String number = created.path("number");
        assertTrue(created.header("Location").endsWith("/api/supplier/cases/" + id));

        for (String token : List.of(LEGAL, AUDITOR, ADMIN, SERVICE)) {
            given().auth().oauth2(token).when().get("/api/supplier/cases/{id}", id)
                    .then().statusCode(200).header("ETag", "\"0\"").body("number", equalTo(number));
            given().auth().oauth2(token).when().get("/api/supplier/cases/by-number/{number}", number)
                    .then().statusCode(200).body("id", equalTo(id));
        }
    }

    @Test
    void amountsAndCourtAreOptional() {
        post(ADMIN, caseBody(createSupplier())).statusCode(201)
                .body("claimedAmount", nullValue(), "currency", nullValue(), "counsel", nullValue(), "status", equalTo("OPEN"));
    }

    @Test
    void numbersAreDistinctWhenCasesAreOpenedConcurrently() throws Exception {
        String supplierId = createSupplier();
        int count = 12;
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(() -> post(LEGAL, caseBody(supplierId)).statusCode(201).extract().path("number"));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                numbers.add(f.get());
            }
            assertEquals(count, new HashSet<>(numbers).size(), "every case has its own number: " + numbers);
            numbers.forEach(n -> assertTrue(n.matches("LC-\\d{4}-\\d{5}"), n));
        } finally {
            pool.shutdown();
        }
        given().auth().oauth2(LEGAL).queryParam("supplierId", supplierId).queryParam("total", true)
                .when().get("/api/supplier/cases").then().statusCode(200).body("total", equalTo(count));
    }

    @Test
    void numbersFollowEachOther() {
        String supplierId = createSupplier();
        String first = post(LEGAL, caseBody(supplierId)).statusCode(201).extract().path("number");
        String second = post(LEGAL, caseBody(supplierId)).statusCode(201).extract().path("number");
        int a = Integer.parseInt(first.substring(first.lastIndexOf('-') + 1));
        int b = Integer.parseInt(second.substring(second.lastIndexOf('-') + 1));
        assertTrue(b > a, first + " then " + second);
    }

    @Test
    void unknownSupplierIs422() {
        post(LEGAL, caseBody(UUID.randomUUID().toString())).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("supplierId"));
    }

    @Test
    void invalidBodiesAre400NamingTheField() {
        String supplierId = createSupplier();
        post(LEGAL, new HashMap<>()).statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("supplierId"), "errors.field", hasItem("type"));

        Map<String, Object> negative = fullBody(supplierId);
        negative.put("claimedAmount", -1);
        negative.put("awardedAmount", -0.01);
        post(LEGAL, negative).statusCode(400)
                .body("errors.field", hasItem("claimedAmount"), "errors.field", hasItem("awardedAmount"),
                        "errors.find { it.field == 'claimedAmount' }.message", containsString("negative"));

        Map<String, Object> fractions = fullBody(supplierId);
        fractions.put("claimedAmount", 10.005);
        post(LEGAL, fractions).statusCode(400).body("errors.field", contains("claimedAmount"));

        for (String currency : List.of("ZZZ", "krw", "KR", "EURO")) {
            Map<String, Object> body = fullBody(supplierId);
            body.put("currency", currency);
            post(LEGAL, body).statusCode(400).body("errors.field", contains("currency"),
                    "errors[0].message", containsString("ISO 4217"));
        }

        Map<String, Object> noCurrency = fullBody(supplierId);
        noCurrency.remove("currency");
        post(LEGAL, noCurrency).statusCode(400).body("errors.field", contains("currency"));

        Map<String, Object> badType = caseBody(supplierId);
        badType.put("type", "THEFT");
        post(LEGAL, badType).statusCode(400).body("errors[0].field", equalTo("type"), "detail", containsString("FRAUD"));

        Map<String, Object> amountAsText = fullBody(supplierId);
        amountAsText.put("claimedAmount", "lots");
        post(LEGAL, amountAsText).statusCode(400).body("errors[0].field", equalTo("claimedAmount"));

        Map<String, Object> tooLong = caseBody(supplierId);
        tooLong.put("counsel", "x".repeat(201));
        tooLong.put("courtReference", "x".repeat(101));
        post(LEGAL, tooLong).statusCode(400).body("errors.field", hasItem("counsel"), "errors.field", hasItem("courtReference"));

        Map<String, Object> withNul = caseBody(supplierId);
        withNul.put("court", "Seoul\u0000Court");
        post(LEGAL, withNul).statusCode(400).body("errors[0].field", equalTo("court"));

        Map<String, Object> withStatus = caseBody(supplierId);
        withStatus.put("status", "CLOSED");
        post(LEGAL, withStatus).statusCode(400).body("detail", containsString("status"));

        given().auth().oauth2(LEGAL).queryParam("supplierId", supplierId).queryParam("total", true)
                .when().get("/api/supplier/cases").then().body("total", equalTo(0));
    }

    @Test
    void walksThePathToSettlementAndClosure() {
        String id = openCase();
        int version = 0;
        for (String next : List.of("INVESTIGATING", "FILED", "IN_LITIGATION", "SETTLED", "CLOSED")) {
            changeStatus(id, next, "\"" + version + "\"").statusCode(200).header("ETag", "\"" + (version + 1) + "\"")
                    .body("status", equalTo(next));
            version++;
        }
        for (String next : List.of("OPEN", "INVESTIGATING", "SETTLED", "CLOSED")) {
            changeStatus(id, next, null).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("from CLOSED to " + next), "detail", containsString("final"));
        }
        // a closed case takes nothing new and its details stay
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("kind", "HEARING", "dueDate", "2099-10-12"))
                .when().post("/api/supplier/cases/{id}/deadlines", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("no new deadlines"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("kind", "NETWORK_LOG", "description", "late log"))
                .when().post("/api/supplier/cases/{id}/evidence", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("no new evidence"));
        Map<String, Object> update = new HashMap<>(Map.of("type", "FRAUD", "claimedAmount", 7, "currency", "KRW"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(update).when().put("/api/supplier/cases/{id}", id)
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("is CLOSED, which is final"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", id).then().body("version", equalTo(version));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines", id).then().body("items", hasSize(0));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence", id).then().body("items", hasSize(0));
    }

    @Test
    void litigationEndsInJudgmentOrDismissalThenCloses() {
        for (String outcome : List.of("JUDGMENT", "DISMISSED")) {
            String id = openCase();
            moveCase(id, "INVESTIGATING");
            moveCase(id, "FILED");
            moveCase(id, "IN_LITIGATION");
            changeStatus(id, outcome, null).statusCode(200).body("status", equalTo(outcome));
            changeStatus(id, "SETTLED", null).statusCode(409).body("detail", containsString("[CLOSED]"));
            changeStatus(id, "CLOSED", null).statusCode(200).body("status", equalTo("CLOSED"));
        }
    }

    @Test
    void skippingOrGoingBackIs409NamingTheAllowedSteps() {
        String id = openCase();
        for (String next : List.of("OPEN", "FILED", "IN_LITIGATION", "SETTLED", "JUDGMENT", "DISMISSED", "CLOSED")) {
            changeStatus(id, next, null).statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("from OPEN to " + next), "detail", containsString("[INVESTIGATING]"));
        }
        moveCase(id, "INVESTIGATING");
        changeStatus(id, "OPEN", null).statusCode(409).body("detail", containsString("[FILED]"));
        moveCase(id, "FILED");
        changeStatus(id, "SETTLED", null).statusCode(409).body("detail", containsString("[IN_LITIGATION]"));
        moveCase(id, "IN_LITIGATION");
        changeStatus(id, "CLOSED", null).statusCode(409).body("detail", containsString("[SETTLED, JUDGMENT, DISMISSED]"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", id)
                .then().body("status", equalTo("IN_LITIGATION"), "version", equalTo(3));
    }

    @Test
    void statusChangeNeedsAKnownStatusAndAReason() {
        String id = openCase();
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("status", "INVESTIGATING"))
                .when().post("/api/supplier/cases/{id}/status", id)
                .then().statusCode(400).body("errors.field", contains("reason"));
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("status", "APPEALED", "reason", "x"))
                .when().post("/api/supplier/cases/{id}/status", id)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        // a reason of Unicode spaces alone (ideographic, em) would be stored empty once stripped
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("status", "INVESTIGATING", "reason", "\u3000\u2003"))
                .when().post("/api/supplier/cases/{id}/status", id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("reason"), "errors[0].message", containsString("blank"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", id).then().body("status", equalTo("OPEN"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/events", id).then().body("items", hasSize(0));
    }

    @Test
    void updateReplacesEditableFieldsHonouringIfMatch() {
        String supplierId = createSupplier();
        String id = openCase(supplierId);
        Map<String, Object> update = fullBody(supplierId);
        update.remove("supplierId");
        update.put("type", "BREACH_OF_CONTRACT");
        update.put("awardedAmount", 300.25);
        update.put("currency", "USD");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put("/api/supplier/cases/{id}", id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("type", equalTo("BREACH_OF_CONTRACT"), "awardedAmount", equalTo(300.25f), "currency", equalTo("USD"),
                        "status", equalTo("OPEN"), "supplierId", equalTo(supplierId), "version", equalTo(1));

        update.put("court", "Another court");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put("/api/supplier/cases/{id}", id)
                .then().statusCode(412).contentType("application/problem+json");
        changeStatus(id, "INVESTIGATING", "\"0\"").statusCode(412);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", id)
                .then().body("court", equalTo("Seoul Central District Court"), "status", equalTo("OPEN"), "version", equalTo(1));

        Map<String, Object> moving = new HashMap<>(update);
        moving.put("supplierId", createSupplier());
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(moving)
                .when().put("/api/supplier/cases/{id}", id)
                .then().statusCode(400).body("detail", containsString("supplierId"));

        Map<String, Object> negative = new HashMap<>(update);
        negative.put("claimedAmount", -5);
        negative.remove("type");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(negative)
                .when().put("/api/supplier/cases/{id}", id)
                .then().statusCode(400).body("errors.field", hasItem("claimedAmount"), "errors.field", hasItem("type"));
    }

    @Test
    void listsFilteredByStatusSupplierAndTypeWithKeysetPaging() {
        String supplierId = createSupplier();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(openCase(supplierId));
        }
        moveCase(ids.get(1), "INVESTIGATING");
        Map<String, Object> fraud = caseBody(supplierId);
        fraud.put("type", "FRAUD");
        String fraudId = post(LEGAL, fraud).statusCode(201).extract().path("id");

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(AUDITOR).queryParam("supplierId", supplierId).queryParam("limit", 2)
                    .queryParam("total", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/supplier/cases").then().statusCode(200)
                    .body("total", equalTo(6)).extract().jsonPath();
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        List<String> all = new ArrayList<>(ids);
        all.add(fraudId);
        assertEquals(all, seen);

        given().auth().oauth2(LEGAL).queryParam("supplierId", supplierId).queryParam("status", "INVESTIGATING")
                .when().get("/api/supplier/cases").then().statusCode(200).body("items.id", contains(ids.get(1)));
        given().auth().oauth2(LEGAL).queryParam("supplierId", supplierId).queryParam("type", "FRAUD")
                .queryParam("type", "DEBARMENT")
                .when().get("/api/supplier/cases").then().statusCode(200).body("items.id", contains(fraudId));
        given().auth().oauth2(LEGAL).queryParam("supplierId", supplierId).queryParam("status", "OPEN")
                .queryParam("type", "FALSE_CERTIFICATION").queryParam("total", true)
                .when().get("/api/supplier/cases").then().statusCode(200).body("total", equalTo(4));
    }

    @Test
    void badFiltersAre400() {
        given().auth().oauth2(LEGAL).queryParam("status", "ARCHIVED").when().get("/api/supplier/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(LEGAL).queryParam("type", "THEFT").when().get("/api/supplier/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("type"));
        given().auth().oauth2(LEGAL).queryParam("supplierId", "acme").when().get("/api/supplier/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("supplierId"));
        given().auth().oauth2(LEGAL).queryParam("cursor", "!!").when().get("/api/supplier/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(LEGAL).queryParam("limit", 0).when().get("/api/supplier/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void summaryCountsCasesPerStatus() {
        var before = given().auth().oauth2(PM).when().get("/api/supplier/cases/summary")
                .then().statusCode(200).extract().jsonPath();
        String id = openCase();
        openCase();
        moveCase(id, "INVESTIGATING");
        given().auth().oauth2(PM).when().get("/api/supplier/cases/summary")
                .then().statusCode(200)
                .body("byStatus.OPEN", equalTo(before.getInt("byStatus.OPEN") + 1),
                        "byStatus.INVESTIGATING", equalTo(before.getInt("byStatus.INVESTIGATING") + 1),
                        "byStatus.CLOSED", notNullValue(), "byStatus.size()", equalTo(8),
                        "total", equalTo(before.getInt("total") + 2));
        for (String token : List.of(LEGAL, AUDITOR, ADMIN, SERVICE)) {
            given().auth().oauth2(token).when().get("/api/supplier/cases/summary").then().statusCode(200);
        }
        for (String token : List.of(SECURITY, vendorToken("engineer", UUID.randomUUID().toString()))) {
            given().auth().oauth2(token).when().get("/api/supplier/cases/summary").then().statusCode(403);
        }
    }

    @Test
    void rolesAreEnforced() {
        String supplierId = createSupplier();
        String id = openCase(supplierId);
        for (String token : List.of(AUDITOR, PM, SECURITY, SERVICE)) {
            post(token, caseBody(supplierId)).statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("status", "INVESTIGATING", "reason", "r"))
                    .when().post("/api/supplier/cases/{id}/status", id).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("type", "FRAUD"))
                    .when().put("/api/supplier/cases/{id}", id).then().statusCode(403);
        }
        given().auth().oauth2(SECURITY).when().get("/api/supplier/cases/{id}", id).then().statusCode(403);
        given().auth().oauth2(SECURITY).when().get("/api/supplier/cases").then().statusCode(403);
        given().auth().oauth2(SECURITY).when().get("/api/supplier/cases/by-number/LC-2026-00001").then().statusCode(403);
        // a programme manager counts cases (summaryCountsCasesPerStatus) but reads none: legal cases are counsel's
        given().auth().oauth2(PM).when().get("/api/supplier/cases/{id}", id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(PM).when().get("/api/supplier/cases").then().statusCode(403);
        given().auth().oauth2(PM).when().get("/api/supplier/cases/by-number/LC-2026-00001").then().statusCode(403);
        given().when().get("/api/supplier/cases/summary").then().statusCode(401);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", id).then().body("type", equalTo("FALSE_CERTIFICATION"), "status", equalTo("OPEN"), "version", equalTo(0));
    }

    @Test
    void unknownCaseIs404() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", unknown)
                .then().statusCode(404).contentType("application/problem+json").body("detail", containsString("does not exist"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/by-number/LC-1999-99999")
                .then().statusCode(404).body("detail", containsString("LC-1999-99999"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/by-number/{n}", "LC-2026-\u000000001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("'LC-2026-?00001'"), "detail", containsString("such as LC-2026-00001"));
        // a number in another script is shown as typed, not as question marks
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/by-number/{n}", "사건-2026-00001")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("'사건-2026-00001'"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/by-number/{n}", "LC-2026-\u202E10000")
                .then().statusCode(404).body("detail", containsString("'LC-2026-?10000'"));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/by-number/{n}", "' or 1=1 --")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(Map.of("type", "FRAUD"))
                .when().put("/api/supplier/cases/{id}", unknown).then().statusCode(404);
        changeStatus(unknown, "INVESTIGATING", null).statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
