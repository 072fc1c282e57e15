package org.crp.inventory.provenance;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/** Entries made here have unique names and terms and are deleted again, so the seed stays as it was. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class WatchlistResourceTest {

    static final String SECURITY = token("security", "security-officer");
    static final String AUDITOR = token("auditor", "auditor");
    static final String HIKVISION_ID = "01900000-0000-7000-8000-000000000001";

    @Inject
    ProvenanceEventRecorder events;
    @Inject
    ProvenancePoller poller;
    @Inject
    Provenance provenance;

    @BeforeEach
    void clearEvents() {
        events.clear();
    }

    static String unique() {
        return "Acme" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static Map<String, Object> entry(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("matchTerms", List.of(name, name + " Vision"));
        body.put("lists", List.of("NDAA_889"));
        body.put("notes", "test entry");
        return body;
    }

    static String create(Map<String, Object> body) {
        return given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(body)
                .when().post("/api/inventory/watchlist").then().statusCode(201).extract().path("id");
    }

    static void delete(String id) {
        long version = given().auth().oauth2(SECURITY).when().get("/api/inventory/watchlist/{id}", id)
                .then().statusCode(200).extract().<Integer>path("version");
        given().auth().oauth2(SECURITY).header("If-Match", "\"" + version + "\"")
                .when().delete("/api/inventory/watchlist/{id}", id).then().statusCode(204);
    }

    @Test
    void theSeedCoversTheFiveNdaaCompaniesAsTheRegistrySpellsThem() {
        List<String> names = given().auth().oauth2(AUDITOR).queryParam("limit", 1000).when().get("/api/inventory/watchlist")
                .then().statusCode(200).extract().jsonPath().getList("items.name");
        assertTrue(names.containsAll(List.of("Hikvision", "Dahua", "Huawei", "ZTE", "Hytera")), names.toString());
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/watchlist/{id}", HIKVISION_ID)
                .then().statusCode(200).header("ETag", notNullValue())
                .body("name", equalTo("Hikvision"), "lists", equalTo(List.of("NDAA_889", "FCC_COVERED_LIST")),
                        "matchTerms", hasItems("Hikvision", "Ezviz"), "active", equalTo(true));
        Map<String, String> registrySpellings = Map.of(
                "Hangzhou Hikvision Digital Technology Co.,Ltd.", "Hikvision",
                "Hangzhou Ezviz Software Co.,Ltd.", "Hikvision",
                "Zhejiang Dahua Technology Co., Ltd.", "Dahua",
                "HUAWEI TECHNOLOGIES CO.,LTD", "Huawei",
                "Huawei Device Co., Ltd.", "Huawei",
                "zte corporation", "ZTE",
                "Hytera Communications Co .,ltd", "Hytera");
        registrySpellings.forEach((organisation, entry) -> given().auth().oauth2(AUDITOR)
                .queryParam("name", organisation).when().get("/api/inventory/watchlist/match")
                .then().statusCode(200).body("covered", equalTo(true), "match.name", equalTo(entry)));
        for (String notCovered : List.of("Honor Device Co., Ltd.", "Lorex Technology Inc.", "Shanghai Dahua Scale Factory",
                "ZTEC Instruments, Inc.", "Hanwha Vision")) {
            given().auth().oauth2(AUDITOR).queryParam("name", notCovered).when().get("/api/inventory/watchlist/match")
                    .then().statusCode(200).body("covered", equalTo(false), "match", nullValue());
        }
    }

    @Test
    void filtersByListAndActive() {
        given().auth().oauth2(AUDITOR).queryParam("list", "UK_DESIGNATED_VENDOR").queryParam("limit", 1000)
                .when().get("/api/inventory/watchlist")
                .then().statusCode(200).body("items.name", hasItem("Huawei"), "items.name", not(hasItem("Hikvision")));
        given().auth().oauth2(AUDITOR).queryParam("list", "EU_SOMETHING").when().get("/api/inventory/watchlist")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("list"));
        given().auth().oauth2(AUDITOR).queryParam("active", "maybe").when().get("/api/inventory/watchlist")
                .then().statusCode(400).body("errors[0].field", equalTo("active"));
    }

    @Test
    void aSecurityOfficerCreatesUpdatesAndDeletesAnEntryAndMatchingFollowsAtOnce() throws InterruptedException {
        String name = unique();
        String id = given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(entry(name))
                .when().post("/api/inventory/watchlist")
                .then().statusCode(201).header("Location", containsString("/api/inventory/watchlist/"))
                .header("ETag", equalTo("\"0\"")).body("version", equalTo(0), "active", equalTo(true))
                .extract().path("id");
        try {
            assertEquals(1, events.local().size(), events.sync.toString());
            assertEquals(ProvenanceChanged.Subject.WATCHLIST, events.local().get(0).subject());
            assertTrue(events.awaitAsync(e -> e.subject() == ProvenanceChanged.Subject.WATCHLIST));
            assertEquals(name, provenance.coveredName(name + " Vision Co., Ltd.").orElseThrow().name(),
                    "the in-memory watchlist already knows the entry");
            given().auth().oauth2(AUDITOR).queryParam("name", "Shenzhen " + name + " Vision Co., Ltd.")
                    .when().get("/api/inventory/watchlist/match")
                    .then().statusCode(200).body("covered", equalTo(true), "match.entryId", equalTo(id),
                            "match.matchedTerm", equalTo(name + " Vision"));

            Map<String, Object> changed = entry(name);
            changed.put("active", false);
            changed.put("lists", List.of("FCC_COVERED_LIST", "NDAA_889"));
            given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(changed)
                    .when().put("/api/inventory/watchlist/{id}", id)
                    .then().statusCode(200).header("ETag", equalTo("\"1\""))
                    .body("version", equalTo(1), "active", equalTo(false), "lists", equalTo(List.of("NDAA_889", "FCC_COVERED_LIST")));
            assertFalse(provenance.coveredName(name).isPresent(), "an inactive entry matches nothing");
            assertEquals(2, events.local().size());
        } finally {
            delete(id);
        }
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/watchlist/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        assertEquals(3, events.local().size());
    }

    /** An auditor finds who changed the watchlist, under which request, and what, even after an entry is deleted. */
    @Test
    void everyChangeIsInTheEntrysHistoryWithWhoAndWhichRequest() {
        String name = unique();
        String id = given().auth().oauth2(SECURITY).header("X-Request-Id", "watch-create-0001").contentType(ContentType.JSON)
                .body(entry(name)).when().post("/api/inventory/watchlist").then().statusCode(201).extract().path("id");
        Map<String, Object> changed = entry(name);
        changed.put("matchTerms", List.of(name, name + " Vision", name + " Optics"));
        given().auth().oauth2(token("admin", "admin")).header("X-Request-Id", "watch-update-0001").header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body(changed).when().put("/api/inventory/watchlist/{id}", id).then().statusCode(200);
        given().auth().oauth2(SECURITY).header("X-Request-Id", "watch-delete-0001").header("If-Match", "\"1\"")
                .when().delete("/api/inventory/watchlist/{id}", id).then().statusCode(204);

        given().auth().oauth2(AUDITOR).when().get("/api/inventory/watchlist/{id}/history", id).then().statusCode(200)
                .body("items.action", contains("CREATED", "UPDATED", "DELETED"),
                        "items.subject", contains("security", "admin", "security"),
                        "items.requestId", contains("watch-create-0001", "watch-update-0001", "watch-delete-0001"),
                        "items[0].changes.name", equalTo(name), "items[0].changes.lists", equalTo(List.of("NDAA_889")),
                        "items[1].changes.matchTerms.to", hasItem(name + " Optics"),
                        "items[1].changes.keySet()", equalTo(java.util.Set.of("matchTerms")),
                        "items[2].changes.matchTerms", hasItem(name + " Optics"));
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/watchlist/{id}/history", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(token("vendor1", "vendor")).when().get("/api/inventory/watchlist/{id}/history", id)
                .then().statusCode(403);
    }

    @Test
    void aStaleIfMatchIs412AndChangesNothing() {
        String name = unique();
        String id = create(entry(name));
        try {
            Map<String, Object> first = entry(name);
            first.put("notes", "first change");
            given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(first)
                    .when().put("/api/inventory/watchlist/{id}", id).then().statusCode(200).body("version", equalTo(1));
            Map<String, Object> late = entry(name);
            late.put("notes", "written from a stale copy");
            given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(late)
                    .when().put("/api/inventory/watchlist/{id}", id)
                    .then().statusCode(412).contentType("application/problem+json").body("detail", containsString("version 1"));
            given().auth().oauth2(SECURITY).header("If-Match", "W/\"0\"").when().delete("/api/inventory/watchlist/{id}", id)
                    .then().statusCode(412);
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/watchlist/{id}", id)
                    .then().statusCode(200).body("version", equalTo(1), "notes", equalTo("first change"));
        } finally {
            delete(id);
        }
    }

    @Test
    void anUpdateThatChangesNothingKeepsTheVersionAndAnnouncesNothing() {
        String name = unique();
        String id = create(entry(name));
        try {
            events.clear();
            given().auth().oauth2(SECURITY).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(entry(name))
                    .when().put("/api/inventory/watchlist/{id}", id)
                    .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("version", equalTo(0));
            assertTrue(events.local().isEmpty(), events.sync.toString());
        } finally {
            delete(id);
        }
    }

    @Test
    void badEntriesAre400NamingTheField() {
        Map<String, Object> noTerms = entry(unique());
        noTerms.put("matchTerms", List.of());
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(noTerms).when().post("/api/inventory/watchlist")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("matchTerms"));
        Map<String, Object> punctuation = entry(unique());
        punctuation.put("matchTerms", List.of("Fine", " -- "));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(punctuation).when().post("/api/inventory/watchlist")
                .then().statusCode(400).body("errors[0].field", equalTo("matchTerms[1]"));
        Map<String, Object> unknownList = entry(unique());
        unknownList.put("lists", List.of("NDAA_889", "EU_BLACKLIST"));
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(unknownList).when().post("/api/inventory/watchlist")
                .then().statusCode(400).body("detail", containsString("EU_BLACKLIST"));
        Map<String, Object> noLists = entry(unique());
        noLists.put("lists", List.of());
        noLists.remove("name");
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(noLists).when().post("/api/inventory/watchlist")
                .then().statusCode(400).body("errors.field", hasItems("lists", "name"));
        given().auth().oauth2(SECURITY).when().get("/api/inventory/watchlist/match")
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        assertTrue(events.sync.isEmpty());
    }

    @Test
    void aDuplicateNameIs409WhateverItsCase() {
        given().auth().oauth2(SECURITY).contentType(ContentType.JSON).body(entry("hIKVISION"))
                .when().post("/api/inventory/watchlist")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("hIKVISION"));
    }

    @Test
    void onlySecurityOfficersAndAdminsWrite() {
        given().auth().oauth2(token("pm", "program-manager")).contentType(ContentType.JSON).body(entry(unique()))
                .when().post("/api/inventory/watchlist").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).header("If-Match", "\"0\"").when().delete("/api/inventory/watchlist/{id}", HIKVISION_ID)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(entry(unique())).when().post("/api/inventory/watchlist")
                .then().statusCode(401);
        given().auth().oauth2(token("vendor1", "vendor")).when().get("/api/inventory/watchlist").then().statusCode(403);
        for (String role : List.of("program-manager", "legal-counsel", "service")) {
            given().auth().oauth2(token("reader", role)).when().get("/api/inventory/watchlist/{id}", HIKVISION_ID)
                    .then().statusCode(200);
        }
        String id = given().auth().oauth2(token("admin", "admin")).contentType(ContentType.JSON).body(entry(unique()))
                .when().post("/api/inventory/watchlist").then().statusCode(201).extract().path("id");
        delete(id);
    }

    @Test
    void pagesThroughWithACursor() {
        List<String> created = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                created.add(create(entry(unique())));
            }
            List<String> seen = new ArrayList<>();
            String cursor = null;
            long total = -1;
            do {
                var request = given().auth().oauth2(AUDITOR).queryParam("limit", 2).queryParam("total", true);
                if (cursor != null) {
                    request.queryParam("cursor", cursor);
                }
                var page = request.when().get("/api/inventory/watchlist").then().statusCode(200).extract().jsonPath();
                seen.addAll(page.getList("items.id"));
                cursor = page.getString("nextCursor");
                total = page.getLong("total");
            } while (cursor != null);
            assertEquals(total, seen.size());
            assertEquals(seen.size(), seen.stream().distinct().count(), "no entry twice");
            assertEquals(created, seen.subList(seen.size() - 3, seen.size()), "in creation order, newest last");
        } finally {
            created.forEach(WatchlistResourceTest::delete);
        }
    }

    @Test
    void aChangeMadeOnAnotherReplicaIsPickedUpByThePoller() {
        String name = unique();
        UUID id = QuarkusTransaction.requiringNew().call(() -> {
            WatchlistEntry entry = new WatchlistEntry();
            entry.name = name;
            entry.matchTerms = List.of(name);
            entry.excludeTerms = List.of();
            entry.lists = List.of("NDAA_889");
            entry.active = true;
            entry.persist();
            ProvenanceRevision.bump(ProvenanceRevision.WATCHLIST);
            return entry.id;
        });
        try {
            // (the scheduled poll, every 60 s, may get there first: poll() waits for it, and either announces)
            poller.poll();
            assertEquals(id, provenance.coveredName(name).orElseThrow().entryId());
            assertEquals(1, events.sync.size(), events.sync.toString());
            assertFalse(events.sync.get(0).originatedHere());
        } finally {
            delete(id.toString());
        }
    }

    @Test
    void theRiskEngineApiAssessesADeviceInMemory() {
        ProvenanceAssessment relabelled = provenance.assess("e0-50-8b-12-34-56", "Local Vision", null);
        assertEquals("E0:50:8B:12:34:56", relabelled.mac());
        assertEquals("Zhejiang Dahua Technology Co., Ltd.", relabelled.registryOrganisation());
        assertEquals("Dahua", relabelled.macCovered().name());
        assertEquals(null, relabelled.declaredCovered());
        assertEquals(null, relabelled.verifiedCovered());

        ProvenanceAssessment honest = provenance.assess("44:19:B6:00:00:01", "HIKVISION", "Hangzhou Ezviz");
        assertEquals(HIKVISION_ID, honest.macCovered().entryId().toString());
        assertEquals("Hikvision", honest.declaredCovered().name());
        assertEquals("Hangzhou Ezviz", honest.verifiedCovered().matchedTerm());

        ProvenanceAssessment nothing = provenance.assess(null, null, " ");
        assertEquals(new ProvenanceAssessment(null, null, null, null, null), nothing);
        assertFalse(provenance.assess("not a mac", "Axis", null).anyCovered());

        List<CoveredBlock> blocks = provenance.coveredBlocks();
        assertTrue(blocks.stream().anyMatch(b -> b.prefix().equals("4419B6") && b.covered().name().equals("Hikvision")));
        assertTrue(blocks.stream().anyMatch(b -> b.covered().name().equals("ZTE")));
        assertFalse(blocks.stream().anyMatch(b -> b.prefix().equals("70B3D5")));
        assertTrue(blocks.size() > 1500, "Huawei alone holds about 1,400 blocks: " + blocks.size());
        assertTrue(blocks == provenance.coveredBlocks(), "computed once per state");
    }
}
