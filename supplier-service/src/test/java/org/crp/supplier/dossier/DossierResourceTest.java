package org.crp.supplier.dossier;

import static io.restassured.RestAssured.given;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.openCase;
import static org.crp.supplier.hold.HoldResourceTest.deviceEvidence;
import static org.crp.supplier.hold.HoldResourceTest.place;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.crp.supplier.testing.InventoryStub;
import org.junit.jupiter.api.Test;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(InventoryStub.class)
class DossierResourceTest {

    record World(String caseId, String number, List<String> evidenceIds, List<String> descriptions) {
    }

    /** A case with a timeline entry, a deadline, three evidence items (two with custody) and a hold. */
    static World world() {
        String caseId = openCase();
        String number = given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", caseId).then().extract().path("number");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "FILING", "occurredAt", "2026-04-01T09:00:00Z", "text", "Complaint filed in district court"))
                .when().post("/api/supplier/cases/{id}/events", caseId).then().statusCode(201);
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "HEARING", "dueDate", "2099-10-12", "description", "First hearing"))
                .when().post("/api/supplier/cases/{id}/deadlines", caseId).then().statusCode(201);
        UUID device = UUID.randomUUID();
        String camera = deviceEvidence(caseId, device);
        Map<String, Object> document = new HashMap<>();
        document.put("kind", "DOCUMENT");
        document.put("description", "Certificate of origin " + UUID.randomUUID().toString().substring(0, 6));
        document.put("reference", "b".repeat(64));
        String certificate = given().auth().oauth2(LEGAL).contentType(ContentType.JSON).body(document)
                .when().post("/api/supplier/cases/{id}/evidence", caseId).then().statusCode(201).extract().path("id");
        String log = given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "NETWORK_LOG", "description", "Firewall log of outbound traffic"))
                .when().post("/api/supplier/cases/{id}/evidence", caseId).then().statusCode(201).extract().path("id");
        for (String evidenceId : List.of(camera, certificate)) {
            for (String action : List.of("COLLECTED", "STORED")) {
                given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                        .body(Map.of("action", action, "location", "Evidence room B", "note", action + " for the case"))
                        .when().post("/api/supplier/cases/{id}/evidence/{e}/custody", caseId, evidenceId).then().statusCode(201);
            }
        }
        place(LEGAL, caseId, Map.of("deviceIds", List.of(device.toString()))).statusCode(201);
        String supplierId = given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}", caseId).then().extract().path("supplierId");
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("type", "UNAUTHORIZED_DATA_TRANSFER", "summary", "Footage uploaded to an overseas server",
                        "evidenceIds", List.of(log)))
                .when().post("/api/supplier/suppliers/{id}/findings", supplierId).then().statusCode(201);
        List<String> descriptions = List.of(
                given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/evidence/{e}", caseId, camera).then().extract().path("description"),
                (String) document.get("description"), "Firewall log of outbound traffic");
        return new World(caseId, number, List.of(camera, certificate, log), descriptions);
    }

    @Test
    void jsonDossierHoldsEverySection() {
        World world = world();
        given().auth().oauth2(AUDITOR).accept(ContentType.JSON).when().get("/api/supplier/cases/{id}/dossier", world.caseId())
                .then().statusCode(200).contentType(ContentType.JSON)
                .body("caseNumber", is(world.number()), "generatedBy", is("auditor"),
                        "sections.summary.legalCase.number", is(world.number()),
                        "sections.summary.supplier.country", is("CN"),
                        "sections.timeline.text", contains("Complaint filed in district court"),
                        "sections.deadlines.kind", contains("HEARING"),
                        "sections.evidence.item.id", contains(world.evidenceIds().toArray()),
                        "sections.evidence[0].custody", hasSize(2),
                        "sections.evidence[0].custody.action", contains("COLLECTED", "STORED"),
                        "sections.evidence.verification.intact", contains(true, true, true),
                        "sections.evidence[2].verification.entries", is(0),
                        "sections.holds", hasSize(1),
                        "sections.holds[0].status", is("ACTIVE"),
                        "sections.findings.summary", contains("Footage uploaded to an overseas server"),
                        "sections.findings[0].evidenceIds", contains(world.evidenceIds().get(2)));
        // no Accept header: JSON too
        given().auth().oauth2(LEGAL).when().get("/api/supplier/cases/{id}/dossier", world.caseId())
                .then().statusCode(200).contentType(ContentType.JSON).body("caseNumber", is(world.number()));
    }

    @Test
    void pdfDossierOpensAndNamesTheCaseAndEveryEvidenceItem() throws IOException {
        World world = world();
        Response response = given().auth().oauth2(LEGAL).accept("application/pdf")
                .when().get("/api/supplier/cases/{id}/dossier", world.caseId());
        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(world.number() + "-dossier.pdf"));
        byte[] bytes = response.asByteArray();
        PdfReader reader = new PdfReader(bytes);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString();
        assertTrue(all.contains(world.number()), "case number in the PDF:\n" + all);
        for (int i = 0; i < world.evidenceIds().size(); i++) {
            assertTrue(all.contains(world.evidenceIds().get(i)), "evidence id " + world.evidenceIds().get(i) + " in:\n" + all);
            assertTrue(all.contains(world.descriptions().get(i)), "evidence " + world.descriptions().get(i) + " in:\n" + all);
        }
        assertTrue(all.contains("Complaint filed in district court") && all.contains("First hearing"), all);
        assertTrue(all.contains("intact, 2 entries"), all);
        assertTrue(all.contains("Legal holds"), all);
        assertTrue(all.contains("Footage uploaded to an overseas server"), all);
        assertTrue(all.contains("No computed damages"), all);
    }

    /** The dossier is evidence for a Korean court: Hangul, Chinese makers' names and the em dash come out as written. */
    @Test
    void pdfDossierShowsKoreanAndChineseTextInAnEmbeddedFont() throws IOException {
        World world = world();
        given().auth().oauth2(LEGAL).contentType(ContentType.JSON)
                .body(Map.of("kind", "FILING", "occurredAt", "2026-04-02T09:00:00Z", "text", DossierPdfTest.KOREAN_FILING))
                .when().post("/api/supplier/cases/{id}/events", world.caseId()).then().statusCode(201);
        Response response = given().auth().oauth2(LEGAL).accept("application/pdf")
                .when().get("/api/supplier/cases/{id}/dossier", world.caseId());
        response.then().statusCode(200).contentType("application/pdf");
        byte[] bytes = response.asByteArray();
        String all = DossierPdfTest.text(bytes);
        assertTrue(all.contains(DossierPdfTest.KOREAN_FILING), all);
        assertTrue(all.contains("Complaint filed in district court"), all);
        assertFalse(all.contains("Note: this PDF's fonts cannot show"), all);
        assertTrue(DossierPdfTest.fonts(bytes).stream().map(DossierPdfTest::baseFont)
                .anyMatch(name -> name.matches("[A-Z]{6}\\+WenQuanYiMicroHei")), "the wide font embedded as a subset");
        assertTrue(bytes.length < 2_000_000, bytes.length + " bytes");
    }

    @Test
    void dossierOfAnUnknownCaseIs404AndOtherFormsAre406() {
        given().auth().oauth2(LEGAL).accept("application/pdf").when().get("/api/supplier/cases/{id}/dossier", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(LEGAL).accept(ContentType.JSON).when().get("/api/supplier/cases/{id}/dossier", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(LEGAL).accept("text/csv").when().get("/api/supplier/cases/{id}/dossier", openCase())
                .then().statusCode(406).contentType("application/problem+json").body("detail",
                        org.hamcrest.Matchers.equalTo("This resource answers application/json or application/pdf;"
                                + " send an Accept header that takes it"));
    }
}
