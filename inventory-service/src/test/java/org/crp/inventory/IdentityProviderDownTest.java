package org.crp.inventory;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.crp.common.security.Roles;
import org.crp.common.testing.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service started while the identity provider was unreachable (here: nothing listens at its address), so it
 * has no keys to check a token with: a call with a bearer token gets a 503 problem with Retry-After, not a 500;
 * a call without one is still a plain 401.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.KeycloakUnreachable.class)
class IdentityProviderDownTest {

    public static class KeycloakUnreachable implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/crp");
        }
    }

    @Test
    void aBearerTokenThatCannotBeCheckedIsA503() {
        given().auth().oauth2(TestTokens.token("pm", Roles.PROGRAM_MANAGER))
                .when().get("/api/inventory/sites")
                .then().statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("/problems/identity-provider-unavailable"), "status", equalTo(503));
    }

    @Test
    void noTokenIsStillA401() {
        given().when().get("/api/inventory/sites").then().statusCode(401).contentType("application/problem+json");
    }
}
