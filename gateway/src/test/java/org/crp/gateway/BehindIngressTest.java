package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/**
 * The gateway behind an ingress that ends TLS (CRP_BEHIND_PROXY=true in k8s/): the caller's scheme, host and address
 * come from the ingress's X-Forwarded-*, so the services build https Location headers and a caller without a token
 * has its own rate-limit bucket instead of sharing the ingress pod's.
 */
@QuarkusTest
@TestProfile(BehindIngressTest.Ingress.class)
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class BehindIngressTest {

    public static class Ingress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // what %prod with CRP_BEHIND_PROXY=true sets
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true");
        }
    }

    static final String PM = token("pm", "program-manager");

    @Test
    void theServiceHearsThePublicSchemeHostAndTheCaller() {
        given().auth().oauth2(PM).header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.crp.example.org")
                .when().get("/api/inventory/sites")
                .then().statusCode(200)
                .body("headers.x-forwarded-proto", equalTo("https"),
                        "headers.x-forwarded-host", startsWith("api.crp.example.org"),
                        "headers.x-forwarded-for", startsWith("203.0.113.7"),
                        "headers.forwarded", startsWith("for=203.0.113.7;proto=https;host=\"api.crp.example.org"));
    }

    @Test
    void callersWithoutATokenBehindOneIngressEachHaveTheirOwnBucket() {
        int refusedAt = -1;
        for (int i = 0; i < 200 && refusedAt < 0; i++) {
            Response r = given().header("X-Forwarded-For", "198.51.100.20").when().get("/api/inventory/sites");
            if (r.statusCode() == 429) {
                refusedAt = i;
            } else {
                r.then().statusCode(401);
            }
        }
        assertTrue(refusedAt >= LimitsTest.BURST, "the first caller was refused after " + refusedAt + " calls");
        // another caller through the same ingress pod is not refused for the first one's calls
        given().header("X-Forwarded-For", "198.51.100.21").when().get("/api/inventory/sites").then().statusCode(401);
    }
}
