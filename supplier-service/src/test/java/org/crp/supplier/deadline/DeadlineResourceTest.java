package org.crp.supplier.deadline;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.crp.supplier.Fixtures.moveCase;
import static org.crp.supplier.Fixtures.openCase;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The deadline job test marks every OPEN deadline due within the next 3 days MISSED, so the other
 * tests here only create deadlines due 5 days ahead or later.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DeadlineResourceTest {

    @Inject
    DeadlineWatch watch;

    @Inject
    DataSource dataSource;

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    static Map<String, Object> deadline(String kind, Object dueDate) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("dueDate", dueDate == null ? null : dueDate.toString());
        body.put("description", "answer the supplier's motion");
        return body;
    }

    static ValidatableResponse create(String token, String caseId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/supplier/cases/{id}/deadlines", caseId).then();
    }

    static String createDeadline(String caseId, LocalDate due) {
        return create(LEGAL, caseId, deadline("FILING", due)).statusCode(201).extract().path("id");
    }

    static ValidatableResponse met(String token, String caseId, String deadlineId, String ifMatch) {
        var request = given().auth().oauth2(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/supplier/cases/{id}/deadlines/{d}/met", caseId, deadlineId).then();
    }

    @Test
    void counselAddsADeadlineAndMarksItMet() {
        String caseId = openCase();
        LocalDate due = today().plusDays(14);
        var created = create(LEGAL, caseId, deadline("HEARING", due)).statusCode(201).header("ETag", "\"0\"")
                .header("Location", containsString("/deadlines/"))
                .body("kind", equalTo("HEARING"), "dueDate", equalTo(due.toString()), "status", equalTo("OPEN"),
                        "caseId", equalTo(caseId), "description", equalTo("answer the supplier's motion"),
                        "metAt", nullValue())
                .extract();
        String id = created.path("id");
        given().auth().oauth2(AUDITOR).when().get(created.header("Location")).then().statusCode(200).body("id", equalTo(id));

        met(LEGAL, caseId, id, "\"0\"").statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("MET"), "metAt", notNullValue());
        met(LEGAL, caseId, id, null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("MET"));
        given().auth().oauth2(SERVICE).when().get("/api/supplier/cases/{id}/deadlines", caseId)
                .then().statusCode(200).body("items.id", contains(id), "items.status", contains("MET"));
    }

    @Test
    void staleIfMatchIs412() {
        String caseId = openCase();
        String id = createDeadline(caseId, today().plusDays(20));
        met(LEGAL, caseId, id, "\"7\"").statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, id)
                .then().body("status", equalTo("OPEN"));
    }

    @Test
    void aDeadlineMayBeDueOnTheDayTheCaseOpenedButNotBefore() {
        String caseId = openCase();
        create(LEGAL, caseId, deadline("RESPONSE", today())).statusCode(201);
        create(LEGAL, caseId, deadline("STATUTE_OF_LIMITATIONS", today().minusDays(1))).statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("dueDate"),
                        "detail", containsString("before the case was opened"));
        given().auth().oauth2(LEGAL).queryParam("total", true).when().get("/api/supplier/cases/{id}/deadlines", caseId)
                .then().body("total", equalTo(1));
    }

    @Test
    void invalidDeadlinesAre400NamingTheField() {
        String caseId = openCase();
        create(LEGAL, caseId, new HashMap<>()).statusCode(400)
                .body("errors.field", hasItem("kind"), "errors.field", hasItem("dueDate"));
        create(LEGAL, caseId, deadline("APPEAL", today().plusDays(9))).statusCode(400).body("errors[0].field", equalTo("kind"));
        create(LEGAL, caseId, deadline("FILING", "31/12/2026")).statusCode(400).body("errors[0].field", equalTo("dueDate"));
        create(LEGAL, caseId, deadline("FILING", "+10000-01-01")).statusCode(400).body("errors[0].field", equalTo("dueDate"));
        Map<String, Object> longDescription = deadline("FILING", today().plusDays(9));
        longDescription.put("description", "x".repeat(1001));
        create(LEGAL, caseId, longDescription).statusCode(400).body("errors.field", contains("description"));
        given().auth().oauth2(LEGAL).queryParam("status", "LATE").when().get("/api/supplier/cases/{id}/deadlines", caseId)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void upcomingListsOpenDeadlinesWithinTheWindow() {
        String first = openCase();
        String second = openCase();
        String soon = createDeadline(first, today().plusDays(5));
        String later = createDeadline(second, today().plusDays(29));
        String beyond = createDeadline(first, today().plusDays(45));
        String alreadyMet = createDeadline(second, today().plusDays(6));
        met(LEGAL, second, alreadyMet, null).statusCode(200);

        given().auth().oauth2(LEGAL).queryParam("caseId", first).queryParam("caseId", second)
                .when().get("/api/supplier/deadlines")
                .then().statusCode(200).body("items.id", contains(soon, later));
        given().auth().oauth2(AUDITOR).queryParam("withinDays", 60).queryParam("caseId", first).queryParam("caseId", second)
                .queryParam("total", true)
                .when().get("/api/supplier/deadlines")
                .then().statusCode(200).body("items.id", contains(soon, later, beyond), "total", equalTo(3));
        given().auth().oauth2(LEGAL).queryParam("withinDays", 5).queryParam("caseId", first).queryParam("caseId", second)
                .when().get("/api/supplier/deadlines")
                .then().statusCode(200).body("items.id", contains(soon));
        given().auth().oauth2(ADMIN).queryParam("withinDays", 3650).when().get("/api/supplier/deadlines")
                .then().statusCode(200).body("items.status", hasItem("OPEN"));
    }

    /**
     * More deadlines than a page, the soonest added last: it still heads the first page, and paging through gives
     * every deadline once, by due date and, on the same day, by id, with the total on every page.
     */
    @Test
    void upcomingIsSoonestFirstAcrossPagesWithATotal() {
        String first = openCase();
        String second = openCase();
        List<Map.Entry<String, LocalDate>> added = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LocalDate due = today().plusDays(6 + (i * 7) % 24); // 6 to 29 days ahead, two or three a day, out of order
            String caseId = i % 2 == 0 ? first : second;
            added.add(Map.entry(createDeadline(caseId, due), due));
        }
        LocalDate soonestDue = today().plusDays(5);
        String soonest = createDeadline(second, soonestDue);
        added.add(Map.entry(soonest, soonestDue));
        // PostgreSQL orders uuids byte by byte, as their lower-case text sorts
        List<String> expected = added.stream()
                .sorted(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();

        given().auth().oauth2(LEGAL).queryParam("caseId", first).queryParam("caseId", second).queryParam("total", true)
                .when().get("/api/supplier/deadlines")
                .then().statusCode(200)
                .body("items", hasSize(50), "items[0].id", equalTo(soonest), "items[0].dueDate", equalTo(soonestDue.toString()),
                        "total", equalTo(61), "nextCursor", notNullValue());

        List<String> seen = new java.util.ArrayList<>();
        List<String> dueDates = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(AUDITOR).queryParam("caseId", first).queryParam("caseId", second)
                    .queryParam("limit", 7).queryParam("total", true);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when().get("/api/supplier/deadlines").then().statusCode(200).body("total", equalTo(61))
                    .extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            dueDates.addAll(page.getList("items.dueDate", String.class));
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null && pages < 20);
        assertEquals(9, pages, "61 deadlines, 7 a page");
        assertEquals(expected, seen, "every deadline once, soonest first, same-day ones by id");
        assertEquals(dueDates.stream().sorted().toList(), dueDates);
    }

    @Test
    void aCursorOfAnotherOrderIs400OnTheUpcomingList() {
        String caseId = openCase();
        createDeadline(caseId, today().plusDays(8));
        createDeadline(caseId, today().plusDays(7));
        // the case's own list pages by id: its cursor cannot continue the upcoming list's due-date order
        String byId = given().auth().oauth2(LEGAL).queryParam("limit", 1).when().get("/api/supplier/cases/{id}/deadlines", caseId)
                .then().statusCode(200).extract().path("nextCursor");
        given().auth().oauth2(LEGAL).queryParam("caseId", caseId).queryParam("cursor", byId).when().get("/api/supplier/deadlines")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(LEGAL).queryParam("caseId", caseId).queryParam("cursor", "not-a-cursor")
                .when().get("/api/supplier/deadlines")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void withinDaysOutOfRangeIs400() {
        for (String days : List.of("0", "-1", "3651", "soon", "1.5")) {
            given().auth().oauth2(LEGAL).queryParam("withinDays", days).when().get("/api/supplier/deadlines")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("withinDays"), "detail", containsString("3650"));
        }
        for (String days : List.of("0", "3651", "soon")) {
            given().auth().oauth2(PM).queryParam("withinDays", days).when().get("/api/supplier/deadlines/summary")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("withinDays"));
        }
        given().auth().oauth2(LEGAL).queryParam("caseId", "case-7").when().get("/api/supplier/deadlines")
                .then().statusCode(400).body("errors[0].field", equalTo("caseId"));
    }

    @Test
    void theJobMarksOverdueOpenDeadlinesMissed() {
        String caseId = openCase();
        String overdue = createDeadline(caseId, today().plusDays(1));
        String dueOnTheDay = createDeadline(caseId, today().plusDays(3));
        String metInTime = createDeadline(caseId, today().plusDays(2));
        met(LEGAL, caseId, metInTime, null).statusCode(200);

        // the job run as if it were three days from now
        int marked = watch.markMissed(today().plusDays(3));
        assertTrue(marked >= 1, "marked " + marked);

        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, overdue)
                .then().body("status", equalTo("MISSED"), "missedAt", notNullValue(), "version", equalTo(1));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, dueOnTheDay)
                .then().body("status", equalTo("OPEN"), "missedAt", nullValue());
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, metInTime)
                .then().body("status", equalTo("MET"), "missedAt", nullValue());
        given().auth().oauth2(LEGAL).queryParam("status", "MISSED").when().get("/api/supplier/cases/{id}/deadlines", caseId)
                .then().body("items.id", contains(overdue));

        met(LEGAL, caseId, overdue, null).statusCode(409).body("detail", containsString("MISSED"));
        given().auth().oauth2(LEGAL).queryParam("caseId", caseId).when().get("/api/supplier/deadlines")
                .then().body("items.id", contains(dueOnTheDay));

        // a second run finds nothing new of this case
        watch.markMissed(today().plusDays(3));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, overdue)
                .then().body("version", equalTo(1));
    }

    /** Puts the case's opening {@code days} days back, as if it had been opened then. */
    void openedDaysAgo(String caseId, int days) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement back = connection.prepareStatement(
                "update supplier.legal_case set created_at = created_at - make_interval(days => ?) where id = ?::uuid")) {
            back.setInt(1, days);
            back.setString(2, caseId);
            assertEquals(1, back.executeUpdate());
        }
    }

    void sql(String statement, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, id);
            assertEquals(1, update.executeUpdate());
        }
    }

    static int upcomingCount() {
        return given().auth().oauth2(PM).when().get("/api/supplier/deadlines/summary")
                .then().statusCode(200).body("withinDays", equalTo(30), "from", equalTo(today().toString()),
                        "until", equalTo(today().plusDays(30).toString()))
                .extract().path("total");
    }

    @Test
    void aDeadlinePastItsDueDayIsMarkedMissedInsteadOfMetWith409() throws SQLException {
        String caseId = openCase();
        openedDaysAgo(caseId, 10);
        // counsel may enter a deadline that has passed already, for the record of a case entered late
        LocalDate due = today().minusDays(2);
        String past = create(LEGAL, caseId, deadline("FILING", due)).statusCode(201).body("status", equalTo("OPEN"))
                .extract().path("id");

        met(LEGAL, caseId, past, "\"0\"").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("was due on " + due), "detail", containsString("now MISSED"));
        // committed as the job would have marked it, though the answer was a 409
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, past)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("MISSED"), "missedAt", notNullValue(), "metAt", nullValue(), "version", equalTo(1));
        met(LEGAL, caseId, past, null).statusCode(409).body("detail", containsString("is MISSED"));

        // the due day itself is still in time
        String dueToday = createDeadline(caseId, today());
        met(LEGAL, caseId, dueToday, null).statusCode(200).body("status", equalTo("MET"));
    }

    @Test
    void closingACaseVacatesItsOpenDeadlinesAndAClosedCasesDeadlinesAreNeitherMissedNorUpcoming() throws SQLException {
        int before = upcomingCount();
        String caseId = openCase();
        String open = createDeadline(caseId, today().plusDays(10));
        String metBefore = createDeadline(caseId, today().plusDays(11));
        met(LEGAL, caseId, metBefore, null).statusCode(200);
        assertEquals(before + 1, upcomingCount());

        for (String status : List.of("INVESTIGATING", "FILED", "IN_LITIGATION", "SETTLED", "CLOSED")) {
            moveCase(caseId, status);
        }
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, open)
                .then().body("status", equalTo("VACATED"), "vacatedAt", notNullValue(), "missedAt", nullValue());
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, metBefore)
                .then().body("status", equalTo("MET"), "vacatedAt", nullValue());
        given().auth().oauth2(AUDITOR).queryParam("limit", 1000).when().get("/api/supplier/cases/{id}/events", caseId)
                .then().statusCode(200)
                .body("items.findAll { it.kind == 'DEADLINE_VACATED' }.text", contains(containsString(open)));
        assertEquals(before, upcomingCount());
        met(LEGAL, caseId, open, null).statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CLOSED"));

        // a deadline left OPEN on a CLOSED case (closed before closing vacated them): the job passes it by, the
        // upcoming list leaves it out, and it cannot be met
        sql("update supplier.case_deadline set status = 'OPEN', vacated_at = null, due_date = current_date + 1 "
                + "where id = ?::uuid", open);
        given().auth().oauth2(LEGAL).queryParam("caseId", caseId).when().get("/api/supplier/deadlines")
                .then().statusCode(200).body("items", hasSize(0));
        assertEquals(before, upcomingCount());
        watch.markMissed(today().plusDays(4));
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines/{d}", caseId, open)
                .then().body("status", equalTo("OPEN"), "missedAt", nullValue());
        met(LEGAL, caseId, open, null).statusCode(409).body("detail", containsString("CLOSED"));
    }

    @Test
    void rolesAndUnknownIds() {
        String caseId = openCase();
        String id = createDeadline(caseId, today().plusDays(30));
        for (String token : List.of(AUDITOR, PM, SECURITY, SERVICE)) {
            create(token, caseId, deadline("FILING", today().plusDays(30))).statusCode(403);
            met(token, caseId, id, null).statusCode(403);
        }
        for (String token : List.of(PM, SECURITY)) {
            given().auth().oauth2(token).when().get("/api/supplier/cases/{id}/deadlines", caseId).then().statusCode(403);
        }
        // a programme manager counts upcoming deadlines but reads none; a security officer has no business there
        given().auth().oauth2(PM).when().get("/api/supplier/deadlines").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(PM).when().get("/api/supplier/deadlines/summary").then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("items")));
        given().auth().oauth2(SECURITY).when().get("/api/supplier/deadlines").then().statusCode(403);
        given().auth().oauth2(SECURITY).when().get("/api/supplier/deadlines/summary").then().statusCode(403);
        String unknown = UUID.randomUUID().toString();
        create(LEGAL, unknown, deadline("FILING", today().plusDays(30))).statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines", unknown).then().statusCode(404);
        met(LEGAL, caseId, unknown, null).statusCode(404);
        met(LEGAL, openCase(), id, null).statusCode(404);
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/deadlines", caseId)
                .then().body("items", hasSize(1), "items[0].status", equalTo("OPEN"));
    }
}
