package org.crp.systemtests;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Keycloak's admin REST API as the bootstrap admin, for what the suites need beyond the realm file: another
 * realm, a client with short-lived tokens, vendor users bound to vendors the tests create. Everything is
 * created only if absent, so a second run against the same Keycloak data works too.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    static String adminToken() {
        return given().formParam("client_id", "admin-cli").formParam("grant_type", "password")
                .formParam("username", "admin").formParam("password", Stack.secret("KC_BOOTSTRAP_ADMIN_PASSWORD"))
                .when().post(Stack.KEYCLOAK + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static void createIfAbsent(String path, Object body) {
        Response response = given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(Json.write(body))
                .when().post(Stack.KEYCLOAK + "/admin" + path);
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("Keycloak refused " + path + ": " + response.statusCode() + " "
                    + response.asString());
        }
    }

    /** A realm of its own with a public client and an {@code admin} user holding an {@code admin} role. */
    public static void ensureRealm(String realm, String client, String user) {
        createIfAbsent("/realms", Map.of("realm", realm, "enabled", true,
                "roles", Map.of("realm", List.of(Map.of("name", "admin"))),
                "clients", List.of(Map.of("clientId", client, "publicClient", true, "directAccessGrantsEnabled", true)),
                "users", List.of(Map.of("username", user, "enabled", true, "email", user + "@example.org",
                        "firstName", "Other", "lastName", "Realm", "emailVerified", true,
                        "realmRoles", List.of("admin"),
                        "credentials", List.of(Map.of("type", "password", "value", user, "temporary", false))))));
    }

    /** A public client in the crp realm whose access tokens live {@code lifespanSeconds}. */
    public static void ensurePublicClient(String realm, String client, int lifespanSeconds) {
        createIfAbsent("/realms/" + realm + "/clients", Map.of("clientId", client, "publicClient", true,
                "directAccessGrantsEnabled", true, "standardFlowEnabled", false,
                "attributes", Map.of("access.token.lifespan", String.valueOf(lifespanSeconds))));
    }

    /** A crp user with one realm role and optional attributes; the password equals the user name. */
    public static void ensureUser(String user, String role, Map<String, List<String>> attributes) {
        createIfAbsent("/realms/crp/users", Map.of("username", user, "enabled", true, "email", user + "@example.org",
                "firstName", "System", "lastName", "Test", "emailVerified", true, "attributes", attributes,
                "credentials", List.of(Map.of("type", "password", "value", user, "temporary", false))));
        String admin = adminToken();
        String id = given().auth().oauth2(admin).queryParam("username", user).queryParam("exact", true)
                .when().get(Stack.KEYCLOAK + "/admin/realms/crp/users").then().statusCode(200).extract().path("[0].id");
        // Attributes again: on a second run the user exists already and may point at an older vendor.
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Json.write(Map.of("username", user, "email", user + "@example.org", "firstName", "System",
                        "lastName", "Test", "emailVerified", true, "attributes", attributes)))
                .when().put(Stack.KEYCLOAK + "/admin/realms/crp/users/" + id).then().statusCode(204);
        String roleId = given().auth().oauth2(admin).when()
                .get(Stack.KEYCLOAK + "/admin/realms/crp/roles/" + role).then().statusCode(200).extract().path("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Json.write(List.of(Map.of("id", roleId, "name", role))))
                .when().post(Stack.KEYCLOAK + "/admin/realms/crp/users/" + id + "/role-mappings/realm")
                .then().statusCode(204);
    }

    /** The crp realm's event settings (Keycloak's RealmEventsConfigRepresentation), to put back later. */
    public static Map<String, Object> eventsConfig() {
        return given().auth().oauth2(adminToken()).when().get(Stack.KEYCLOAK + "/admin/realms/crp/events/config")
                .then().statusCode(200).extract().jsonPath().getMap("");
    }

    public static void putEventsConfig(Map<String, Object> config) {
        given().auth().oauth2(adminToken()).contentType(ContentType.JSON).body(Json.write(config))
                .when().put(Stack.KEYCLOAK + "/admin/realms/crp/events/config").then().statusCode(204);
    }

    /** Keycloak keeps login events of the given types (for an hour) from now on. */
    public static void recordEvents(List<String> types) {
        Map<String, Object> config = new java.util.LinkedHashMap<>(eventsConfig());
        config.put("eventsEnabled", true);
        config.put("eventsExpiration", 3600);
        config.put("enabledEventTypes", types);
        putEventsConfig(config);
    }

    /** When (epoch milliseconds) the client got tokens through its own credentials, as Keycloak recorded it. */
    public static List<Long> clientLogins(String clientId) {
        return given().auth().oauth2(adminToken()).queryParam("type", "CLIENT_LOGIN").queryParam("client", clientId)
                .queryParam("max", 1000).when().get(Stack.KEYCLOAK + "/admin/realms/crp/events")
                .then().statusCode(200).extract().jsonPath().getList("time", Long.class);
    }

    /** Password grant against any realm and client, through any host name Keycloak answers to. */
    public static String passwordToken(String baseUrl, String realm, String client, String user) {
        return given().formParam("client_id", client).formParam("grant_type", "password")
                .formParam("username", user).formParam("password", user)
                .when().post(baseUrl + "/realms/" + realm + "/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
    }
}
