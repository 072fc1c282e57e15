package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * The route policy of application.properties, role by role. "pass" means the gateway forwarded the call
 * (the service answered, or replacement's absence did: 503); "403" means the gateway refused it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class RoutePolicyMatrixTest {

    static final AtomicInteger CALLER = new AtomicInteger();

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource({
            // legal matters: legal-counsel, auditor (read), admin, service
            "legal-counsel,    GET,    /api/supplier/cases,                  pass",
            "auditor,          GET,    /api/supplier/cases/case-1,           pass",
            "admin,            POST,   /api/supplier/cases,                  pass",
            "service,          POST,   /api/supplier/cases/c-1/holds,        pass",
            "legal-counsel,    POST,   /api/supplier/cases/c-1/holds,        pass",
            // program managers read counts of cases and deadlines, nothing of a case or deadline itself
            "program-manager,  GET,    /api/supplier/cases/summary,          pass",
            "program-manager,  GET,    /api/supplier/deadlines/summary,      pass",
            "program-manager,  GET,    /api/supplier/cases,                  403",
            "program-manager,  GET,    /api/supplier/cases/case-1,           403",
            "program-manager,  GET,    /api/supplier/cases/by-number/LC-2026-1, 403",
            "program-manager,  GET,    /api/supplier/deadlines,              403",
            "program-manager,  GET,    /api/supplier/cases/case-1/deadlines, 403",
            "auditor,          GET,    /api/supplier/deadlines/summary,      pass",
            "security-officer, GET,    /api/supplier/deadlines/summary,      403",
            "program-manager,  GET,    /api/supplier/cases/case-1/evidence,  403",
            "program-manager,  GET,    /api/supplier/cases/case-1/dossier,   403",
            "program-manager,  POST,   /api/supplier/cases,                  403",
            "security-officer, GET,    /api/supplier/deadlines,              403",
            "vendor,           GET,    /api/supplier/cases,                  403",
            "auditor,          POST,   /api/supplier/cases,                  403",
            "program-manager,  GET,    /api/supplier/cases/c-1/evidence/e-1, 403",
            // other supplier routes: everyone but vendors
            "program-manager,  GET,    /api/supplier/suppliers,              pass",
            "security-officer, POST,   /api/supplier/findings,               pass",
            "vendor,           GET,    /api/supplier/suppliers,              403",
            // work orders: the only place a vendor may go
            "vendor,           GET,    /api/replacement/work-orders,         pass",
            "vendor,           POST,   /api/replacement/work-orders/wo-1/complete, pass",
            "program-manager,  POST,   /api/replacement/work-orders,         pass",
            "auditor,          GET,    /api/replacement/work-orders/wo-1,    pass",
            "auditor,          POST,   /api/replacement/work-orders,         403",
            "security-officer, POST,   /api/replacement/work-orders,         403",
            "vendor,           GET,    /api/replacement/programmes,          403",
            "vendor,           GET,    /api/inventory/devices,               403",
            "vendor,           GET,    /api/overview,                        403",
            // everything else: everyone but vendors reads, auditors only read
            "auditor,          GET,    /api/inventory/devices,               pass",
            "auditor,          HEAD,   /api/inventory/devices,               pass",
            "auditor,          DELETE, /api/inventory/devices/d-1,           403",
            "auditor,          PUT,    /api/inventory/watchlist/w-1,         403",
            "security-officer, PUT,    /api/inventory/watchlist/w-1,         pass",
            "program-manager,  POST,   /api/inventory/devices,               pass",
            "legal-counsel,    GET,    /api/inventory/devices,               pass",
            "admin,            DELETE, /api/inventory/devices/d-1,           pass",
            "guest,            GET,    /api/inventory/devices,               403",
    })
    void routePolicy(String role, String method, String path, String expected) {
        String user = role + "-" + CALLER.incrementAndGet();
        var request = given().auth().oauth2(token(user, role));
        if (!method.equals("GET") && !method.equals("HEAD") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        Response response = request.when().request(method, path);
        if (expected.equals("403")) {
            response.then().statusCode(403).contentType("application/problem+json")
                    .body("type", equalTo("/problems/forbidden"));
        } else {
            int status = response.statusCode();
            assertTrue(status != 401 && status != 403 && status != 404, method + " " + path + " answered " + status);
            if (path.startsWith("/api/replacement")) {
                assertEquals(503, status, "replacement is down in the tests: the call got as far as forwarding");
            } else if (!method.equals("HEAD")) {
                assertEquals(200, status);
            }
        }
    }
}
