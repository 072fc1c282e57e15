package org.crp.systemtests;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.path.json.JsonPath;

/** Real tokens from the stack's Keycloak, cached per user for the run (they live 15 minutes). */
public final class Tokens {
    private static final String TOKEN_URL = Stack.KEYCLOAK + "/realms/crp/protocol/openid-connect/token";
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** Password grant through the public crp-cli client; demo users' passwords equal their names. */
    public static String of(String user) {
        return CACHE.computeIfAbsent(user, u -> given().formParam("client_id", "crp-cli")
                .formParam("grant_type", "password").formParam("username", u).formParam("password", u)
                .when().post(TOKEN_URL).then().statusCode(200).extract().path("access_token"));
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
