package org.crp.inventory;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.crp.common.security.Roles;
import org.crp.common.security.VerifiedTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

/**
 * A bearer token is verified once and then remembered until it expires; remembering it must change no answer:
 * the caller, its roles and the refusal of a changed or expired token stay as they were.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verifiedTokens;

    static String user() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTokenIsVerifiedOnceAndItsCallerIsRecordedOnLaterCalls() {
        String site = Fixtures.site();
        String zone = Fixtures.zone(site, 3);
        String user = user();
        String token = token(user, Roles.PROGRAM_MANAGER);
        int before = verifiedTokens.size();

        given().auth().oauth2(token).when().get("/api/inventory/sites").then().statusCode(200);
        assertEquals(before + 1, verifiedTokens.size(), "the verified token is remembered");

        // served from memory: the write is still this caller's, with its roles
        String device = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.device(site, zone, "00:40:8C"))
                .when().post("/api/inventory/devices").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).when().get("/api/inventory/devices/{id}/history", device)
                .then().statusCode(200).body("items[0].subject", equalTo(user));
        assertEquals(before + 1, verifiedTokens.size(), "the same token is remembered once");
    }

    @Test
    void aRememberedTokenKeepsItsRoles() {
        String auditor = token(user(), Roles.AUDITOR);
        given().auth().oauth2(auditor).when().get("/api/inventory/sites").then().statusCode(200);
        given().auth().oauth2(auditor).contentType(ContentType.JSON)
                .body(Map.of("code", "VT-X", "name", "Base", "region", "R"))
                .when().post("/api/inventory/sites").then().statusCode(403);
    }

    @Test
    void aTokenChangedInOneByteIsVerifiedAfreshAndRefused() {
        String token = token(user(), Roles.PROGRAM_MANAGER);
        given().auth().oauth2(token).when().get("/api/inventory/sites").then().statusCode(200);

        int at = token.lastIndexOf('.') + 5;
        String forged = token.substring(0, at) + (token.charAt(at) == 'A' ? 'B' : 'A') + token.substring(at + 1);
        given().auth().oauth2(forged).when().get("/api/inventory/sites")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aRememberedTokenIsRefusedOnceItExpires() {
        String user = user();
        String shortLived = Jwt.preferredUserName(user).subject(user).groups(Set.of(Roles.PROGRAM_MANAGER))
                .issuer("https://server.example.com").audience("https://service.example.com")
                .expiresIn(Duration.ofSeconds(3)).jws().keyId("1").sign("privateKey.jwk");
        given().auth().oauth2(shortLived).when().get("/api/inventory/sites").then().statusCode(200);

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                given().auth().oauth2(shortLived).when().get("/api/inventory/sites").then().statusCode(401));
    }
}
