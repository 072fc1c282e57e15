package org.crp.inventory.provenance;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import jakarta.inject.Inject;

import org.crp.inventory.history.History;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every test that installs a registry version withdraws it again (finally), so the other test
 * classes, which share this application and database, always find the bundled 2022 snapshot.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class OuiResourceTest {

    static final String ADMIN = token("admin", "admin");
    static final String AUDITOR = token("auditor", "auditor");
    static final String SECURITY = token("security", "security-officer");
    static final String HEADER = "Registry,Assignment,Organization Name,Organization Address\n";
    static final String HIKVISION = "Hangzhou Hikvision Digital Technology Co.,Ltd.";
    /** In IEEE's own 24-bit block 8C:1F:64, cut into MA-S blocks; 8C1F64FFF was not assigned in 2022. */
    static final String MAC_IN_UNASSIGNED_MA_S = "8C:1F:64:FF:F1:23";

    @Inject
    ProvenanceEventRecorder events;
    @Inject
    ProvenancePoller poller;
    @Inject
    OuiRegistryStore store;
    @Inject
    History history;

    @BeforeEach
    void clearEvents() {
        events.clear();
    }

    static String bundled(String file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(Path.of("src/main/resources/ieee", file + ".gz")))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification upload(String token) {
        return upload(token, LocalDate.now().toString());
    }

    static RequestSpecification upload(String token, String publishedOn) {
        return given().auth().oauth2(token).contentType("text/csv").queryParam("publishedOn", publishedOn);
    }

    static void withdrawAll(String kind) {
        List<String> ids = given().auth().oauth2(ADMIN).queryParam("limit", 1000)
                .when().get("/api/inventory/oui/registry/{kind}/versions", kind)
                .then().statusCode(200).extract().jsonPath().getList("items.id");
        for (String id : ids) {
            given().auth().oauth2(ADMIN).when().delete("/api/inventory/oui/registry/{kind}/versions/{id}", kind, id)
                    .then().statusCode(204);
        }
    }

    static void assertBundled(String kind) {
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/registry").then().statusCode(200)
                .body("registries.find { it.kind == '" + kind + "' }.source", equalTo("bundled"));
    }

    @Test
    void looksUpAHikvisionMacInAnyNotation() {
        for (String mac : List.of("44:19:B6:12:34:56", "44-19-b6-12-34-56", "4419.b612.3456", "4419b6123456")) {
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", mac)
                    .then().statusCode(200)
                    .body("mac", equalTo("44:19:B6:12:34:56"), "prefix", equalTo("4419B6"), "prefixBits", equalTo(24),
                            "registry", equalTo("MA-L"), "organisation", equalTo(HIKVISION), "covered", equalTo(true),
                            "watchlist.name", equalTo("Hikvision"),
                            "watchlist.id", equalTo("01900000-0000-7000-8000-000000000001"),
                            "watchlist.lists", hasItems("NDAA_889", "FCC_COVERED_LIST"),
                            "registryPublishedOn", equalTo("2022-08-27"));
        }
    }

    @Test
    void aMacInAn36BitBlockIsAnsweredByThatBlockNotItsIeeeParent() {
        given().auth().oauth2(token("svc", "service")).when().get("/api/inventory/oui/{mac}", "70:B3:D5:F2:F1:23")
                .then().statusCode(200)
                .body("prefix", equalTo("70B3D5F2F"), "prefixBits", equalTo(36), "registry", equalTo("MA-S"),
                        "organisation", equalTo("TELEPLATFORMS"), "covered", equalTo(false), "watchlist", nullValue());
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", MAC_IN_UNASSIGNED_MA_S)
                .then().statusCode(200)
                .body("prefix", equalTo("8C1F64"), "prefixBits", equalTo(24), "organisation", equalTo("IEEE Registration Authority"));
    }

    @Test
    void anUnregisteredBlockIs200WithNoOrganisation() {
        // 02:... is a locally administered address: IEEE never assigns it
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", "02:00:5E:00:00:01")
                .then().statusCode(200)
                .body("mac", equalTo("02:00:5E:00:00:01"), "organisation", nullValue(), "prefix", nullValue(),
                        "covered", equalTo(false), "watchlist", nullValue());
    }

    @Test
    void aMalformedMacIs400NamingMac() {
        for (String mac : List.of("44:19:B6:12:34", "not-a-mac", "44:19:B6:12:34:5G")) {
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", mac)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("mac"), "detail", containsString("MAC"));
        }
    }

    @Test
    void lookupNeedsAReadRole() {
        given().when().get("/api/inventory/oui/{mac}", "44:19:B6:12:34:56").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(token("vendor1", "vendor")).when().get("/api/inventory/oui/{mac}", "44:19:B6:12:34:56")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void showsTheBundledRegistries() {
        given().auth().oauth2(token("legal", "legal-counsel")).when().get("/api/inventory/oui/registry")
                .then().statusCode(200)
                .body("registries.kind", equalTo(List.of("MA-L", "MA-M", "MA-S")),
                        "registries.source", equalTo(List.of("bundled", "bundled", "bundled")),
                        "registries.publishedOn", equalTo(List.of("2022-08-27", "2022-08-27", "2022-08-27")),
                        "registries.blocks", equalTo(List.of(32527, 4390, 5029)),
                        "registries[0].rows", equalTo(32530),
                        "registries[0].sha256", equalTo("6a2a3bb4983b3edcae727ed890406fc678023bd8e5010e4fb89e1312ee3885ae"),
                        "registries[0].uploadedBy", nullValue());
    }

    @Test
    void onlyAnAdminMayUpload() {
        upload(SECURITY).body(HEADER + "MA-S,8C1F64FFF,x,y\n").when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(403).contentType("application/problem+json");
        given().contentType("text/csv").queryParam("publishedOn", "2025-01-01").body(HEADER)
                .when().put("/api/inventory/oui/registry/MA-S").then().statusCode(401);
        given().auth().oauth2(SECURITY).when().delete("/api/inventory/oui/registry/MA-S/versions/{id}",
                "01900000-0000-7000-8000-000000000099").then().statusCode(403);
    }

    @Test
    void badParametersAre400NamingThem() {
        upload(ADMIN).body(HEADER + "MA-S,8C1F64FFF,x,y\n").when().put("/api/inventory/oui/registry/MA-X")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("kind"));
        given().auth().oauth2(ADMIN).contentType("text/csv").body(HEADER + "MA-S,8C1F64FFF,x,y\n")
                .when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedOn"), "detail", containsString("required"));
        given().auth().oauth2(ADMIN).contentType("text/csv").queryParam("publishedOn", "31/12/2024").body(HEADER)
                .when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedOn"));
        given().auth().oauth2(ADMIN).contentType("text/csv").queryParam("publishedOn", LocalDate.now().plusDays(10).toString())
                .body(HEADER).when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("publishedOn"), "detail", containsString("future"));
        upload(ADMIN).queryParam("force", "yes").body(HEADER + "MA-S,8C1F64FFF,x,y\n").when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("force"));
        upload(ADMIN).contentType(ContentType.JSON).body("{}").when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(415).contentType("application/problem+json").body("detail", containsString("text/csv"));
        assertBundled("MA-S");
    }

    @Test
    void badFilesAre400NamingRowAndColumnAndWriteNothing() {
        upload(ADMIN).body("").when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-registry-file"), "errors[0].field", equalTo("file"),
                        "errors[0].message", containsString("empty"));
        upload(ADMIN).body(HEADER).when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("file"), "errors[0].message", containsString("no rows"));
        upload(ADMIN).body("Registry;Assignment;Organization Name;Organization Address\nMA-S;8C1F64FFF;x;y\n")
                .when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("header"), "errors[0].message", containsString("row 1"));
        upload(ADMIN).body(HEADER + "MA-S,8C1F64FFE,Fine Ltd,x\nMA-L,8C1F64FFF,Wrong registry,x\nMA-S,8C1F64FZ,Bad hex,x\nMA-S,8C1F64FFD, ,x\n")
                .when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400)
                .body("errors", hasSize(3),
                        "errors[0].field", equalTo("Registry"), "errors[0].message", startsWith("row 3 (line 3)"),
                        "errors[1].field", equalTo("Assignment"),
                        "errors[1].message", equalTo("row 4 (line 4): '8C1F64FZ' is not 9 hexadecimal digits"),
                        "errors[2].field", equalTo("Organization Name"), "errors[2].message", startsWith("row 5"));
        byte[] latin1 = (HEADER + "MA-S,8C1F64FFF,Soci\u00e9t\u00e9 G\u00e9n\u00e9rale,Paris\n").getBytes(StandardCharsets.ISO_8859_1);
        upload(ADMIN).body(latin1).when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).body("errors[0].field", equalTo("file"), "errors[0].message", containsString("not UTF-8: line 2"));
        assertBundled("MA-S");
        given().auth().oauth2(ADMIN).when().get("/api/inventory/oui/registry/MA-S/versions")
                .then().statusCode(200).body("items", hasSize(0));
        assertTrue(events.sync.isEmpty(), "a refused upload announces nothing");
    }

    /** A block named again and again would join names past what oui_block.organisation holds: the row, not a 500. */
    @Test
    void aBlockAssignedSoOftenThatItsNamesWouldNotFitIs400NamingTheRow() {
        StringBuilder file = new StringBuilder(HEADER);
        for (char c = 'A'; c <= 'D'; c++) {
            file.append("MA-S,8C1F64FFF,").append(String.valueOf(c).repeat(200)).append(",x\n");
        }
        upload(ADMIN).queryParam("force", true).body(file.toString()).when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(1), "errors[0].field", equalTo("Organization Name"),
                        "errors[0].message", startsWith("row 5 (line 5): names one more organisation for block 8C1F64FFF"),
                        "errors[0].message", containsString("700 characters"));
        given().auth().oauth2(ADMIN).when().get("/api/inventory/oui/registry/MA-S/versions")
                .then().statusCode(200).body("items", hasSize(0));
        assertBundled("MA-S");
    }

    /** A withdrawn version's row is deleted: its history entry keeps what it was and who withdrew it. */
    @Test
    void withdrawingAVersionIsRecordedInHistory() {
        String versionId;
        try {
            versionId = forcedTinyUpload("8C1F64FFC");
            given().auth().oauth2(ADMIN).header("X-Request-Id", "withdraw-0000001")
                    .when().delete("/api/inventory/oui/registry/MA-S/versions/{id}", versionId).then().statusCode(204);
        } finally {
            withdrawAll("MA-S");
        }
        List<History.HistoryView> entries = history.of(List.of(History.REGISTRY_VERSION), java.util.UUID.fromString(versionId),
                org.crp.common.paging.PageRequest.of(null, null, null)).items();
        assertEquals(1, entries.size(), entries.toString());
        History.HistoryView withdrawn = entries.get(0);
        assertEquals("WITHDRAWN", withdrawn.action());
        assertEquals("admin", withdrawn.subject());
        assertEquals("withdraw-0000001", withdrawn.requestId());
        assertEquals("MA-S", withdrawn.changes().get("kind"));
        assertEquals("admin", withdrawn.changes().get("uploadedBy"));
        assertEquals(1, withdrawn.changes().get("blocks"));
        assertEquals(true, withdrawn.changes().get("current"));
        assertBundled("MA-S");
    }

    @Test
    void anOversizedBodyIs413ProblemJson() {
        byte[] big = new byte[8 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        upload(ADMIN).body(big).when().put("/api/inventory/oui/registry/MA-L")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413), "errors[0].field", equalTo("file"));
        assertBundled("MA-L");
    }

    @Test
    void aFileThatWouldHalveTheRegistryIs422UnlessForced() {
        String tiny = HEADER + "MA-S,8C1F64FFF,Tiny Registry Ltd,x\n";
        upload(ADMIN).body(tiny).when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("/problems/registry-shrinks"), "detail", containsString("force=true"),
                        "detail", containsString("5029"));
        upload(ADMIN, "2021-01-01").body((bundled("oui36.csv") + "MA-S,8C1F64FFF,Older Test Ltd,x\n").getBytes(StandardCharsets.UTF_8))
                .when().put("/api/inventory/oui/registry/MA-S")
                .then().statusCode(422).body("errors[0].field", equalTo("publishedOn"), "detail", containsString("2022-08-27"));
        assertBundled("MA-S");
        try {
            upload(ADMIN).queryParam("force", true).body(tiny).when().put("/api/inventory/oui/registry/MA-S")
                    .then().statusCode(200).body("source", equalTo("uploaded"), "blocks", equalTo(1));
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", "70:B3:D5:F2:F1:23")
                    .then().statusCode(200).body("registry", equalTo("MA-L"), "organisation", equalTo("IEEE Registration Authority"));
        } finally {
            withdrawAll("MA-S");
        }
        assertBundled("MA-S");
    }

    @Test
    void versionsArePagedNewestFirst() {
        try {
            String older = forcedTinyUpload("8C1F64FFF");
            String newer = forcedTinyUpload("8C1F64FFE");
            String cursor = given().auth().oauth2(AUDITOR).queryParam("limit", 1).queryParam("total", true)
                    .when().get("/api/inventory/oui/registry/MA-S/versions").then().statusCode(200)
                    .body("items.id", contains(newer), "items[0].current", equalTo(true), "total", equalTo(2))
                    .extract().path("nextCursor");
            given().auth().oauth2(AUDITOR).queryParam("limit", 1).queryParam("cursor", cursor)
                    .when().get("/api/inventory/oui/registry/MA-S/versions").then().statusCode(200)
                    .body("items.id", contains(older), "items[0].current", equalTo(false), "nextCursor", nullValue());
            // withdrawing the newest puts the one before it in use, and the list says so
            given().auth().oauth2(ADMIN).when().delete("/api/inventory/oui/registry/MA-S/versions/{id}", newer)
                    .then().statusCode(204);
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/registry/MA-S/versions").then().statusCode(200)
                    .body("items.id", contains(older), "items[0].current", equalTo(true));
            given().auth().oauth2(AUDITOR).queryParam("limit", 0)
                    .when().get("/api/inventory/oui/registry/MA-S/versions").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo("limit"));
        } finally {
            withdrawAll("MA-S");
        }
    }

    static String forcedTinyUpload(String assignment) {
        return upload(ADMIN).queryParam("force", true).body(HEADER + "MA-S," + assignment + ",Tiny Registry Ltd,x\n")
                .when().put("/api/inventory/oui/registry/MA-S").then().statusCode(200).extract().path("versionId");
    }

    @Test
    void anUploadChangesLookupsAtOnceAndIsVersionedAndWithdrawable() throws InterruptedException {
        String newer = bundled("oui36.csv") + "MA-S,8C1F64FFF,\"" + HIKVISION + "\",\"No.555 Qianmo Road Hangzhou Zhejiang CN 310052 \"\r\n";
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", MAC_IN_UNASSIGNED_MA_S)
                .then().statusCode(200).body("covered", equalTo(false));
        try {
            String versionId = upload(ADMIN).body(newer.getBytes(StandardCharsets.UTF_8))
                    .when().put("/api/inventory/oui/registry/ma-s")
                    .then().statusCode(200)
                    .body("kind", equalTo("MA-S"), "source", equalTo("uploaded"), "blocks", equalTo(5030),
                            "rows", equalTo(5030), "publishedOn", equalTo(LocalDate.now().toString()),
                            "uploadedBy", equalTo("admin"))
                    .extract().path("versionId");

            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", MAC_IN_UNASSIGNED_MA_S)
                    .then().statusCode(200)
                    .body("prefix", equalTo("8C1F64FFF"), "prefixBits", equalTo(36), "organisation", equalTo(HIKVISION),
                            "covered", equalTo(true), "watchlist.name", equalTo("Hikvision"),
                            "registryPublishedOn", equalTo(LocalDate.now().toString()));
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/registry").then().statusCode(200)
                    .body("registries.find { it.kind == 'MA-S' }.versionId", equalTo(versionId),
                            "registries.find { it.kind == 'MA-S' }.uploadedBy", equalTo("admin"),
                            "registries.find { it.kind == 'MA-L' }.source", equalTo("bundled"));

            ProvenanceChanged expected = new ProvenanceChanged(ProvenanceChanged.Subject.REGISTRY,
                    Set.of(RegistryKind.MA_S), true, "");
            assertEquals(1, events.local().size(), events.sync.toString());
            assertEquals(expected.registries(), events.local().get(0).registries());
            assertTrue(events.afterSuccess.stream().anyMatch(ProvenanceChanged::originatedHere),
                    "fired outside a transaction: AFTER_SUCCESS observers hear it at once");
            assertTrue(events.awaitAsync(e -> e.subject() == ProvenanceChanged.Subject.REGISTRY));

            // the same file again changes nothing: a retried upload is harmless
            upload(ADMIN).body(newer.getBytes(StandardCharsets.UTF_8)).when().put("/api/inventory/oui/registry/MA-S")
                    .then().statusCode(200).body("versionId", equalTo(versionId));
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/registry/MA-S/versions")
                    .then().statusCode(200).body("items", hasSize(1), "items[0].id", equalTo(versionId),
                            "items[0].current", equalTo(true), "items[0].blocks", equalTo(5030));
            assertEquals(1, events.local().size());

            given().auth().oauth2(ADMIN).when().delete("/api/inventory/oui/registry/MA-S/versions/{id}", versionId)
                    .then().statusCode(204);
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", MAC_IN_UNASSIGNED_MA_S)
                    .then().statusCode(200).body("organisation", equalTo("IEEE Registration Authority"), "covered", equalTo(false));
            assertEquals(2, events.local().size(), "withdrawing the version in use is a change too");
            given().auth().oauth2(ADMIN).when().delete("/api/inventory/oui/registry/MA-S/versions/{id}", versionId)
                    .then().statusCode(404).contentType("application/problem+json");
        } finally {
            withdrawAll("MA-S");
        }
        assertBundled("MA-S");
    }

    @Test
    void aVersionStoredByAnotherReplicaIsPickedUpByThePoller() {
        OuiRegistryVersion version = new OuiRegistryVersion();
        version.kind = "MA-M";
        version.publishedOn = LocalDate.now();
        version.rowCount = 1;
        version.blockCount = 1;
        version.sha256 = "0".repeat(64);
        version.uploadedBy = "admin-on-another-replica";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                store.lock(RegistryKind.MA_M);
                store.insert(version, Map.of(0x741AE09L, "Replica Test Works"));
            });
            // (the scheduled poll, every 60 s, may get there first: poll() waits for it, and either announces)
            poller.poll();
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", "74:1A:E0:91:23:45")
                    .then().statusCode(200).body("organisation", equalTo("Replica Test Works"), "registry", equalTo("MA-M"));
            assertEquals(1, events.sync.size(), events.sync.toString());
            assertEquals(false, events.sync.get(0).originatedHere(), "another replica made the change");
            given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/registry").then().statusCode(200)
                    .body("registries.find { it.kind == 'MA-M' }.uploadedBy", equalTo("admin-on-another-replica"));
        } finally {
            withdrawAll("MA-M");
        }
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/{mac}", "74:1A:E0:91:23:45")
                .then().statusCode(200).body("organisation", equalTo("Private"));
        assertBundled("MA-M");
    }

    @Test
    void theReplicaIsReadyOnceTheRegistriesAreLoaded() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'ieee-registry' }.status", equalTo("UP"));
    }

    @Test
    void withdrawingAnUnknownVersionIs404() {
        given().auth().oauth2(ADMIN).when().delete("/api/inventory/oui/registry/MA-L/versions/{id}",
                "01900000-0000-7000-8000-000000000099").then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(AUDITOR).when().get("/api/inventory/oui/registry/MA-Q/versions")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
    }
}
