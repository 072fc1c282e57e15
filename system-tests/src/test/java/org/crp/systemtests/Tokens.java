package org.crp.systemtests;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;

/** Real tokens from the stack's Keycloak, cached per user while they have time to live (they live 15 minutes). */
public final class Tokens {
    private static final String TOKEN_URL = Stack.KEYCLOAK + "/realms/crp/protocol/openid-connect/token";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /**
     * Password grant through the public crp-cli client; demo users' passwords equal their names. A cached token
     * with less than two minutes to live is replaced, so that a long run never sends an expired one.
     */
    public static String of(String user) {
        return CACHE.compute(user, (u, cached) -> cached != null && expiresAt(cached) > Instant.now().getEpochSecond() + 120
                ? cached
                : given().formParam("client_id", "crp-cli").formParam("grant_type", "password").formParam("username", u)
                        .formParam("password", u).when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
    }

    static long expiresAt(String token) {
        return claims(token).getLong("exp");
    }

    /** Client-credentials grant of a service's confidential client. */
    public static String serviceAccount(String clientId, String secret) {
        return given().formParam("client_id", clientId).formParam("client_secret", secret)
                .formParam("grant_type", "client_credentials")
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token");
    }

    public static JsonPath claims(String token) {
        String payload = token.split("\\.")[1];
        return new JsonPath(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
