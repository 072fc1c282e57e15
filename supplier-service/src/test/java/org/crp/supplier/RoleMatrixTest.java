package org.crp.supplier;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.vendorToken;
import static org.crp.supplier.Fixtures.ADMIN;
import static org.crp.supplier.Fixtures.AUDITOR;
import static org.crp.supplier.Fixtures.LEGAL;
import static org.crp.supplier.Fixtures.PM;
import static org.crp.supplier.Fixtures.SECURITY;
import static org.crp.supplier.Fixtures.SERVICE;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what, for every operation of the service: an allowed role gets past authorisation (its
 * answer may still be a 4xx about the request, which the calls here provoke so nothing changes), any
 * other role gets 403. legal-counsel and admin do everything; auditor and service read; a programme
 * manager reads suppliers, registers suppliers and counts cases and upcoming deadlines, but reads no case or
 * deadline; a security officer reads suppliers; a vendor nothing.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class RoleMatrixTest {

    static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("legal-counsel", LEGAL);
        ROLES.put("admin", ADMIN);
        ROLES.put("auditor", AUDITOR);
        ROLES.put("service", SERVICE);
        ROLES.put("program-manager", PM);
        ROLES.put("security-officer", SECURITY);
        ROLES.put("vendor", vendorToken("engineer", UUID.randomUUID().toString()));
    }

    static final Set<String> WRITE = Set.of("legal-counsel", "admin");
    static final Set<String> READ = Set.of("legal-counsel", "admin", "auditor", "service");
    static final Set<String> READ_COUNTS = Set.of("legal-counsel", "admin", "auditor", "service", "program-manager");
    static final Set<String> READ_SUPPLIERS = Set.of("legal-counsel", "admin", "auditor", "service", "program-manager",
            "security-officer");

    record Call(String method, String path, Set<String> allowed, boolean body) {
    }

    @Test
    void everyOperationAnswers403ToTheRolesItDoesNotServe() {
        String caseId = Fixtures.openCase();
        String r = UUID.randomUUID().toString();
        String c = "/api/supplier/cases/" + caseId;
        List<Call> calls = List.of(
                new Call("GET", "/api/supplier/suppliers", READ_SUPPLIERS, false),
                new Call("GET", "/api/supplier/suppliers/" + r, READ_SUPPLIERS, false),
                new Call("POST", "/api/supplier/suppliers", Set.of("legal-counsel", "admin", "program-manager"), true),
                new Call("POST", "/api/supplier/suppliers/" + r + "/status", WRITE, true),
                new Call("POST", "/api/supplier/cases", WRITE, true),
                new Call("GET", "/api/supplier/cases", READ, false),
                new Call("GET", "/api/supplier/cases/summary", READ_COUNTS, false),
                new Call("GET", c, READ, false),
                new Call("GET", "/api/supplier/cases/by-number/LC-1999-99999", READ, false),
                new Call("PUT", c, WRITE, true),
                new Call("POST", c + "/status", WRITE, true),
                new Call("GET", c + "/events", READ, false),
                new Call("GET", c + "/events/" + r, READ, false),
                new Call("POST", c + "/events", WRITE, true),
                new Call("GET", c + "/deadlines", READ, false),
                new Call("GET", c + "/deadlines/" + r, READ, false),
                new Call("POST", c + "/deadlines", WRITE, true),
                new Call("POST", c + "/deadlines/" + r + "/met", WRITE, false),
                new Call("GET", "/api/supplier/deadlines", READ, false),
                new Call("GET", "/api/supplier/deadlines/summary", READ_COUNTS, false),
                new Call("GET", c + "/evidence", READ, false),
                new Call("GET", c + "/evidence/" + r, READ, false),
                new Call("POST", c + "/evidence", WRITE, true),
                new Call("GET", c + "/evidence/" + r + "/custody", READ, false),
                new Call("GET", c + "/evidence/" + r + "/custody/" + r, READ, false),
                new Call("GET", c + "/evidence/" + r + "/custody/verify", READ, false),
                new Call("POST", c + "/evidence/" + r + "/custody", WRITE, true),
                new Call("GET", c + "/holds", READ, false),
                new Call("GET", c + "/holds/" + r, READ, false),
                new Call("POST", c + "/holds", WRITE, true),
                new Call("DELETE", c + "/holds/" + r, WRITE, false),
                new Call("POST", c + "/holds/" + r + "/release", WRITE, false),
                new Call("GET", c + "/dossier", READ, false));
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            for (Map.Entry<String, String> role : ROLES.entrySet()) {
                RequestSpecification request = given().auth().oauth2(role.getValue());
                if (call.body()) {
                    // an empty body: refused as invalid after authorisation, so an allowed call changes nothing
                    request = request.contentType(ContentType.JSON).body("{}");
                }
                Response response = request.request(call.method(), call.path());
                int status = response.statusCode();
                boolean allowed = call.allowed().contains(role.getKey());
                if (allowed && (status == 401 || status == 403 || status >= 500)) {
                    wrong.add(call.method() + " " + call.path() + " as " + role.getKey() + ": " + status + " but should be served");
                } else if (!allowed && status != 403) {
                    wrong.add(call.method() + " " + call.path() + " as " + role.getKey() + ": " + status + " but should be 403");
                } else if (!allowed && !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(call.method() + " " + call.path() + " as " + role.getKey() + ": 403 without problem+json");
                }
            }
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        // nothing the calls above sent was accepted
        given().auth().oauth2(LEGAL).when().get(c + "/evidence").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.is(0));
        given().auth().oauth2(LEGAL).when().get(c).then().statusCode(200).body("version", org.hamcrest.Matchers.is(0));
    }

    @Test
    void withoutATokenEverythingIs401() {
        given().when().get("/api/supplier/cases").then().statusCode(401);
        given().when().get("/api/supplier/deadlines").then().statusCode(401);
        given().when().get("/api/supplier/cases/{id}/dossier", UUID.randomUUID()).then().statusCode(401);
        given().contentType(ContentType.JSON).body("{}").when().post("/api/supplier/cases/{id}/holds", UUID.randomUUID())
                .then().statusCode(401);
    }
}
