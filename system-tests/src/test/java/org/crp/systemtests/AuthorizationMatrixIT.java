package org.crp.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * Issue 8, part 4: every documented operation, with every realm role and every kind of bad token, through
 * the gateway and straight at its service. The table below is the contract; an operation the services
 * document but the table does not name fails the suite, so new endpoints must be given their roles here.
 */
@ExtendWith(Stack.class)
class AuthorizationMatrixIT {

    /**
     * One line per operation: METHOD path-template : the realm roles allowed, or {@code public}. Roles:
     * pm program-manager, so security-officer, lc legal-counsel, vn vendor, au auditor, ad admin, svc service.
     * Sources: the Roles sections of issues 3 (inventory), 4 (replacement), 5 (supplier) and 7 (gateway), and
     * each resource's @RolesAllowed. "Allowed" means allowed end to end: through the gateway a role must
     * pass both the gateway's route policy and the service's own check.
     */
    static final List<String> TABLE = List.of(
            // gateway's own routes
            "GET    /api/overview                                                      : pm so lc au ad svc",
            "GET    /api/openapi                                                       : public",
            // inventory-service
            "GET    /api/inventory/devices                                             : pm so lc au ad svc",
            "POST   /api/inventory/devices                                             : pm so ad",
            "GET    /api/inventory/devices/bulk/export                                 : pm so lc au ad",
            "POST   /api/inventory/devices/bulk/import                                 : pm so ad",
            "POST   /api/inventory/devices/bulk/status                                 : pm so ad svc",
            "DELETE /api/inventory/devices/{id}                                        : pm so ad",
            "GET    /api/inventory/devices/{id}                                        : pm so lc au ad svc",
            "PUT    /api/inventory/devices/{id}                                        : pm so ad",
            "GET    /api/inventory/devices/{id}/history                                : pm so lc au ad svc",
            "DELETE /api/inventory/devices/{id}/holds/{caseId}                         : lc ad svc",
            "PUT    /api/inventory/devices/{id}/holds/{caseId}                         : lc ad svc",
            "GET    /api/inventory/devices/{id}/inspections                            : pm so lc au ad svc",
            "POST   /api/inventory/devices/{id}/inspections                            : so ad",
            "GET    /api/inventory/devices/{id}/observations                           : pm so lc au ad svc",
            "POST   /api/inventory/devices/{id}/status                                 : pm so ad svc",
            "POST   /api/inventory/observations                                        : so ad",
            "GET    /api/inventory/oui/registry                                        : pm so lc au ad svc",
            "PUT    /api/inventory/oui/registry/{kind}                                 : ad",
            "GET    /api/inventory/oui/registry/{kind}/versions                        : pm so lc au ad svc",
            "DELETE /api/inventory/oui/registry/{kind}/versions/{id}                   : ad",
            "GET    /api/inventory/oui/{mac}                                           : pm so lc au ad svc",
            "POST   /api/inventory/replacements                                        : ad svc",
            "POST   /api/inventory/replacements/releases                               : ad svc",
            "GET    /api/inventory/risk/lists                                          : pm so lc au ad svc",
            "GET    /api/inventory/risk/lists/{name}                                   : pm so lc au ad svc",
            "PUT    /api/inventory/risk/lists/{name}                                   : so ad",
            "GET    /api/inventory/risk/lists/{name}/history                           : pm so lc au ad svc",
            "POST   /api/inventory/risk/rescore                                        : so ad",
            "GET    /api/inventory/sites                                               : pm so lc au ad svc",
            "POST   /api/inventory/sites                                               : pm so ad",
            "DELETE /api/inventory/sites/{id}                                          : pm so ad",
            "GET    /api/inventory/sites/{id}                                          : pm so lc au ad svc",
            "PUT    /api/inventory/sites/{id}                                          : pm so ad",
            "GET    /api/inventory/stats                                               : pm so lc au ad svc",
            "GET    /api/inventory/suppliers/{supplierId}/mismatched-devices           : pm so lc au ad svc",
            "GET    /api/inventory/suppliers/{supplierId}/summary                      : pm so lc au ad svc",
            "GET    /api/inventory/watchlist                                           : pm so lc au ad svc",
            "POST   /api/inventory/watchlist                                           : so ad",
            "GET    /api/inventory/watchlist/match                                     : pm so lc au ad svc",
            "DELETE /api/inventory/watchlist/{id}                                      : so ad",
            "GET    /api/inventory/watchlist/{id}                                      : pm so lc au ad svc",
            "PUT    /api/inventory/watchlist/{id}                                      : so ad",
            "GET    /api/inventory/watchlist/{id}/history                              : pm so lc au ad svc",
            "GET    /api/inventory/zones                                               : pm so lc au ad svc",
            "POST   /api/inventory/zones                                               : pm so ad",
            "DELETE /api/inventory/zones/{id}                                          : pm so ad",
            "GET    /api/inventory/zones/{id}                                          : pm so lc au ad svc",
            "PUT    /api/inventory/zones/{id}                                          : pm so ad",
            "GET    /api/inventory/zones/{id}/history                                  : pm so lc au ad svc",
            // replacement-service
            "GET    /api/replacement/costs/by-supplier                                 : pm lc au ad svc",
            "GET    /api/replacement/programmes                                        : pm au ad",
            "POST   /api/replacement/programmes                                        : pm ad",
            "GET    /api/replacement/programmes/{id}                                   : pm au ad",
            "PUT    /api/replacement/programmes/{id}                                   : pm ad",
            "GET    /api/replacement/programmes/{id}/plan                              : pm au ad",
            "POST   /api/replacement/programmes/{id}/plan                              : pm ad",
            "GET    /api/replacement/programmes/{id}/progress                          : pm au ad",
            "POST   /api/replacement/programmes/{id}/status                            : pm ad",
            "GET    /api/replacement/vendors                                           : pm so lc au ad svc",
            "POST   /api/replacement/vendors                                           : pm ad",
            "GET    /api/replacement/vendors/{id}                                      : pm so lc au ad svc",
            "POST   /api/replacement/vendors/{id}/status                               : pm ad",
            "GET    /api/replacement/vendors/{vendorId}/models                         : pm so lc au ad svc",
            "POST   /api/replacement/vendors/{vendorId}/models                         : pm ad",
            "GET    /api/replacement/vendors/{vendorId}/models/{id}                    : pm so lc au ad svc",
            "GET    /api/replacement/work-orders                                       : pm vn au ad",
            "GET    /api/replacement/work-orders/{id}                                  : pm vn au ad",
            "POST   /api/replacement/work-orders/{id}/completion                       : pm vn ad",
            "GET    /api/replacement/work-orders/{id}/history                          : pm vn au ad",
            "POST   /api/replacement/work-orders/{id}/status                           : pm vn ad",
            // supplier-service
            "GET    /api/supplier/cases                                                : lc au ad svc",
            "POST   /api/supplier/cases                                                : lc ad",
            "GET    /api/supplier/cases/by-number/{number}                             : lc au ad svc",
            "GET    /api/supplier/cases/summary                                        : pm lc au ad svc",
            "GET    /api/supplier/cases/{id}                                           : lc au ad svc",
            "PUT    /api/supplier/cases/{id}                                           : lc ad",
            "GET    /api/supplier/cases/{id}/damages                                   : lc au ad svc",
            "GET    /api/supplier/cases/{id}/damages/costs                             : lc au ad svc",
            "POST   /api/supplier/cases/{id}/damages/costs                             : lc ad",
            "GET    /api/supplier/cases/{id}/damages/costs/{costId}                    : lc au ad svc",
            "POST   /api/supplier/cases/{id}/damages/recompute                         : lc ad",
            "GET    /api/supplier/cases/{id}/deadlines                                 : lc au ad svc",
            "POST   /api/supplier/cases/{id}/deadlines                                 : lc ad",
            "GET    /api/supplier/cases/{id}/deadlines/{deadlineId}                    : lc au ad svc",
            "POST   /api/supplier/cases/{id}/deadlines/{deadlineId}/met                : lc ad",
            "GET    /api/supplier/cases/{id}/dossier                                   : lc au ad svc",
            "GET    /api/supplier/cases/{id}/events                                    : lc au ad svc",
            "POST   /api/supplier/cases/{id}/events                                    : lc ad",
            "GET    /api/supplier/cases/{id}/events/{eventId}                          : lc au ad svc",
            "GET    /api/supplier/cases/{id}/evidence                                  : lc au ad svc",
            "POST   /api/supplier/cases/{id}/evidence                                  : lc ad",
            "GET    /api/supplier/cases/{id}/evidence/{evidenceId}                     : lc au ad svc",
            "GET    /api/supplier/cases/{id}/evidence/{evidenceId}/custody             : lc au ad svc",
            "POST   /api/supplier/cases/{id}/evidence/{evidenceId}/custody             : lc ad",
            "GET    /api/supplier/cases/{id}/evidence/{evidenceId}/custody/verify      : lc au ad svc",
            "GET    /api/supplier/cases/{id}/evidence/{evidenceId}/custody/{entryId}   : lc au ad svc",
            "GET    /api/supplier/cases/{id}/holds                                     : lc au ad svc",
            "POST   /api/supplier/cases/{id}/holds                                     : lc ad",
            "DELETE /api/supplier/cases/{id}/holds/{holdId}                            : lc ad",
            "GET    /api/supplier/cases/{id}/holds/{holdId}                            : lc au ad svc",
            "POST   /api/supplier/cases/{id}/holds/{holdId}/release                    : lc ad",
            "POST   /api/supplier/cases/{id}/status                                    : lc ad",
            "GET    /api/supplier/deadlines                                            : lc au ad svc",
            "GET    /api/supplier/deadlines/summary                                    : pm lc au ad svc",
            "GET    /api/supplier/deliveries/{deliveryId}                              : so lc au ad svc",
            "POST   /api/supplier/deliveries/{deliveryId}/certificates                 : lc ad",
            "GET    /api/supplier/deliveries/{deliveryId}/certificates/{certificateId} : so lc au ad svc",
            "POST   /api/supplier/deliveries/{deliveryId}/check                        : so lc ad",
            "GET    /api/supplier/findings/{findingId}                                 : so lc au ad svc",
            "GET    /api/supplier/suppliers                                            : pm so lc au ad svc",
            "POST   /api/supplier/suppliers                                            : pm lc ad",
            "GET    /api/supplier/suppliers/{id}                                       : pm so lc au ad svc",
            "GET    /api/supplier/suppliers/{id}/deliveries                            : so lc au ad svc",
            "POST   /api/supplier/suppliers/{id}/deliveries                            : lc ad",
            "GET    /api/supplier/suppliers/{id}/deliveries/{deliveryId}               : so lc au ad svc",
            "GET    /api/supplier/suppliers/{id}/exposure                              : pm so lc au ad svc",
            "GET    /api/supplier/suppliers/{id}/findings                              : so lc au ad svc",
            "POST   /api/supplier/suppliers/{id}/findings                              : so lc ad",
            "POST   /api/supplier/suppliers/{id}/scan                                  : so lc ad",
            "POST   /api/supplier/suppliers/{id}/status                                : lc ad"
    );

    static final Map<String, String> ROLE_NAMES = Map.of("pm", "program-manager", "so", "security-officer",
            "lc", "legal-counsel", "vn", "vendor", "au", "auditor", "ad", "admin", "svc", "service");
    /** A demo user (or, for service, a confidential client) holding each role. */
    static final Map<String, String> USER_OF_ROLE = Map.of("program-manager", "pm", "security-officer", "security",
            "legal-counsel", "legal", "vendor", "vendor1", "auditor", "auditor", "admin", "admin");
    static final String PUBLIC = "public";

    static final String OTHER_REALM = "crp-systest-other";
    static final String SHORT_LIVED_CLIENT = "crp-systest-short-lived";

    record Caller(String name, String token, String role) {
        boolean bad() {
            return role == null;
        }
    }

    static final List<Caller> CALLERS = new ArrayList<>();

    @BeforeAll
    static void callers() {
        // The short-lived token first, so that it has expired by the time the others are ready.
        KeycloakAdmin.ensurePublicClient("crp", SHORT_LIVED_CLIENT, 1);
        String expired = KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", SHORT_LIVED_CLIENT, "admin");
        long expiresAt = Tokens.claims(expired).getLong("exp");
        assertTrue(Tokens.claims(expired).getList("realm_access.roles").contains("admin"),
                "the short-lived token carries the admin role, so only its age can make it fail");

        KeycloakAdmin.ensureRealm(OTHER_REALM, "other-cli", "intruder");
        String otherRealm = KeycloakAdmin.passwordToken(Stack.KEYCLOAK, OTHER_REALM, "other-cli", "intruder");
        assertTrue(Tokens.claims(otherRealm).getList("realm_access.roles").contains("admin"));

        // The services pin the issuer they discovered (http://localhost:.../realms/crp); Keycloak names itself
        // after the host it was asked through, so this is a genuine crp-realm token with another issuer.
        String wrongIssuer = KeycloakAdmin.passwordToken(Stack.KEYCLOAK.replace("localhost", "127.0.0.1"), "crp",
                "crp-cli", "admin");
        assertTrue(Tokens.claims(wrongIssuer).getString("iss").contains("127.0.0.1"));

        CALLERS.clear();
        ROLE_NAMES.values().stream().sorted().forEach(role -> CALLERS.add(new Caller(role, tokenOf(role), role)));
        CALLERS.add(new Caller("no token", null, null));
        CALLERS.add(new Caller("tampered signature", tamper(Tokens.of("admin")), null));
        CALLERS.add(new Caller("another realm", otherRealm, null));
        CALLERS.add(new Caller("wrong issuer", wrongIssuer, null));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> System.currentTimeMillis() / 1000 > expiresAt + 2);
        CALLERS.add(new Caller("expired", expired, null));
    }

    static String tokenOf(String role) {
        return role.equals("service")
                ? Tokens.serviceAccount("supplier-service", Stack.secret("CRP_SUPPLIER_CLIENT_SECRET"))
                : Tokens.of(USER_OF_ROLE.get(role));
    }

    /** Flips one byte in the middle of the signature; header and claims stay exactly as Keycloak signed them. */
    static String tamper(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The table as METHOD path → allowed roles (null for public operations). */
    static Map<String, Set<String>> table() {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        Pattern line = Pattern.compile("(\\S+)\\s+(\\S+)\\s*:\\s*(.+)");
        for (String row : TABLE) {
            Matcher m = line.matcher(row.trim());
            assertTrue(m.matches(), "malformed table line: " + row);
            String key = m.group(1) + " " + m.group(2);
            Set<String> roles = null;
            if (!m.group(3).trim().equals(PUBLIC)) {
                roles = new TreeSet<>();
                for (String abbreviation : m.group(3).trim().split("\\s+")) {
                    assertTrue(ROLE_NAMES.containsKey(abbreviation), "unknown role " + abbreviation + " in: " + row);
                    roles.add(ROLE_NAMES.get(abbreviation));
                }
            }
            assertTrue(!table.containsKey(key), "operation listed twice: " + key);
            table.put(key, roles);
        }
        return table;
    }

    @Test
    void everyDocumentedOperationIsInTheTableAndEveryTableLineIsDocumented() {
        Map<String, OpenApi.Operation> documented = OpenApi.operations();
        Map<String, Set<String>> table = table();
        List<String> uncovered = documented.keySet().stream().filter(key -> !table.containsKey(key)).sorted().toList();
        List<String> stale = table.keySet().stream().filter(key -> !documented.containsKey(key)).sorted().toList();
        assertTrue(uncovered.isEmpty() && stale.isEmpty(), uncovered.size() + " documented operations are missing "
                + "from AuthorizationMatrixIT.TABLE; give each its allowed roles:\n  " + String.join("\n  ", uncovered)
                + "\n" + stale.size() + " lines of the table name operations no service documents any more:\n  "
                + String.join("\n  ", stale));
    }

    @Test
    void onlyTheAllowedRolesGetThroughAndBadTokensNever() throws Exception {
        Map<String, Set<String>> table = table();
        List<OpenApi.Operation> operations = OpenApi.operations().values().stream()
                .filter(op -> table.containsKey(op.key())).toList();
        assertTrue(operations.size() > 50, "the services document their operations: " + operations.size());

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger requests = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (OpenApi.Operation op : operations) {
                for (Caller caller : CALLERS) {
                    List<String> bases = new ArrayList<>(List.of(Stack.GATEWAY));
                    if (op.servicePort() != 0) {
                        bases.add("http://localhost:" + op.servicePort());
                    }
                    for (String base : bases) {
                        pending.add(pool.submit(() -> {
                            requests.incrementAndGet();
                            String failure = check(op, table.get(op.key()), caller, base);
                            if (failure != null) {
                                failures.add(failure);
                            }
                        }));
                    }
                }
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Collections.sort(failures);
        System.out.printf("authorization matrix: %d operations x %d callers, %d calls, %d wrong%n", operations.size(),
                CALLERS.size(), requests.get(), failures.size());
        assertEquals(CALLERS.size() * operations.stream().mapToInt(op -> op.servicePort() == 0 ? 1 : 2).sum(),
                requests.get(), "every operation was called by every caller on every route");
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests.get()
                + " calls were not answered as the table says:\n  " + String.join("\n  ", failures));
    }

    /** Calls one operation as one caller and says what is wrong with the answer, or null. */
    static String check(OpenApi.Operation op, Set<String> allowed, Caller caller, String base) {
        Http.Call call = Http.call(op.method(), base + concretePath(op)).bearer(caller.token());
        List<String> types = op.requestMediaTypes();
        if (!types.isEmpty()) {
            // A type the operation accepts, so that the role check, not content negotiation, answers.
            String type = types.contains("application/json") || types.contains("*/*") ? "application/json" : types.get(0);
            call.body(type, "{}");
        }
        Http.Answer answer = call.send();
        String where = (base.equals(Stack.GATEWAY) ? "gateway " : "service ") + op.key() + " as " + caller.name() + ": ";
        if (allowed == null) {
            return answer.status() == 401 || answer.status() == 403 || answer.status() >= 500
                    ? where + "public, but " + answer.brief() : null;
        }
        if (caller.bad()) {
            return answer.status() == 401 && answer.isProblem() ? null : where + "expected 401 problem, got " + answer.brief();
        }
        if (allowed.contains(caller.role())) {
            return answer.status() == 401 || answer.status() == 403 || answer.status() >= 500 || answer.status() < 0
                    ? where + "allowed, but " + answer.brief() : null;
        }
        return answer.status() == 403 && answer.isProblem() ? null : where + "expected 403 problem, got " + answer.brief();
    }

    /** The path with its parameters filled: random UUIDs for ids, harmless values that match nothing otherwise. */
    @SuppressWarnings("unchecked")
    static String concretePath(OpenApi.Operation op) {
        String path = op.path();
        for (Map<String, Object> param : op.parameters()) {
            if (!"path".equals(param.get("in"))) {
                continue;
            }
            String name = (String) param.get("name");
            Map<String, Object> schema = (Map<String, Object>) param.getOrDefault("schema", Map.of());
            String ref = String.valueOf(schema.get("$ref"));
            String value;
            if (ref.endsWith("/UUID") || "uuid".equals(schema.get("format")) || name.equalsIgnoreCase("id")
                    || name.endsWith("Id")) {
                value = UUID.randomUUID().toString();
            } else {
                value = switch (name) {
                    case "number" -> "LC-1999-99999";
                    case "mac" -> "00:00:5E:00:53:01";
                    default -> "systest-none";
                };
            }
            path = path.replace("{" + name + "}", value);
        }
        assertTrue(!path.contains("{"), "every path parameter of " + op.key() + " is documented");
        return path;
    }

    // ---------------------------------------------------------------------------------------------------
    // Vendor isolation on real work orders, planned through the API
    // ---------------------------------------------------------------------------------------------------

    @Test
    void aVendorNeitherSeesNorChangesAnotherVendorsWorkOrders() {
        String pm = Tokens.of("pm");
        String region = "Systest-" + UUID.randomUUID();
        String siteId = created(pm, "/api/inventory/sites", Map.of("code", code("SA-"), "name", "Isolation site",
                "region", region));
        String zoneId = created(pm, "/api/inventory/zones", Map.of("siteId", siteId, "code", code("Z"),
                "name", "Headquarters", "kind", "HQ", "criticality", 1, "maxOutOfServiceFraction", 1.0));
        created(pm, "/api/inventory/devices", Map.of("serial", code("SN"), "model", "XNO-6080R",
                "declaredManufacturer", "Local Vision", "declaredCountry", "KR", "macAddress", "E0:50:8B:00:00:01",
                "siteId", siteId, "zoneId", zoneId));
        String vendorA = created(pm, "/api/replacement/vendors", vendor(List.of(region)));
        String vendorB = created(pm, "/api/replacement/vendors", vendor(List.of("Elsewhere-" + UUID.randomUUID())));
        created(pm, "/api/replacement/vendors/" + vendorA + "/models", Map.of("manufacturer", "Hanwha Vision",
                "model", code("QNV-"), "countryOfOrigin", "KR", "unitCost", 400, "installCost", 100, "leadTimeDays", 0));
        String programme = created(pm, "/api/replacement/programmes", Map.of("name", "Isolation " + region,
                "scope", Map.of("siteIds", List.of(siteId)), "budget", 100000, "currency", "KRW",
                "startDate", "2027-03-01", "targetDate", "2027-06-30"));
        given().auth().oauth2(pm).when().post(Stack.GATEWAY + "/api/replacement/programmes/" + programme + "/plan")
                .then().statusCode(200);
        List<String> orders = given().auth().oauth2(pm).queryParam("programmeId", programme)
                .when().get(Stack.GATEWAY + "/api/replacement/work-orders")
                .then().statusCode(200).extract().path("items.id");
        List<String> owners = given().auth().oauth2(pm).queryParam("programmeId", programme)
                .when().get(Stack.GATEWAY + "/api/replacement/work-orders").then().extract().path("items.vendorId");
        assertEquals(1, orders.size(), "the plan made one work order");
        assertEquals(List.of(vendorA), owners);
        String order = orders.get(0);

        KeycloakAdmin.ensureUser("systest-vendor-a", "vendor", Map.of("vendor_id", List.of(vendorA)));
        KeycloakAdmin.ensureUser("systest-vendor-b", "vendor", Map.of("vendor_id", List.of(vendorB)));
        String engineerA = KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", "crp-cli", "systest-vendor-a");
        String engineerB = KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", "crp-cli", "systest-vendor-b");
        assertEquals(vendorB, Tokens.claims(engineerB).getString("vendor_id"));

        for (String base : List.of(Stack.GATEWAY, "http://localhost:" + Stack.REPLACEMENT_PORT)) {
            String orders_ = base + "/api/replacement/work-orders";
            given().auth().oauth2(engineerB).when().get(orders_ + "/" + order)
                    .then().statusCode(404).contentType("application/problem+json");
            given().auth().oauth2(engineerB).when().get(orders_ + "/" + order + "/history").then().statusCode(404);
            given().auth().oauth2(engineerB).contentType(ContentType.JSON).body(Json.write(Map.of("status", "IN_PROGRESS")))
                    .when().post(orders_ + "/" + order + "/status").then().statusCode(404);
            given().auth().oauth2(engineerB).contentType(ContentType.JSON)
                    .body(Json.write(Map.of("serial", code("NEW"), "macAddress", "E0:50:8B:00:00:02")))
                    .when().post(orders_ + "/" + order + "/completion").then().statusCode(404);
            List<String> seenByB = given().auth().oauth2(engineerB).queryParam("limit", 1000)
                    .when().get(orders_).then().statusCode(200).extract().path("items.id");
            assertTrue(!seenByB.contains(order), "vendor B's list does not hold vendor A's order");
            given().auth().oauth2(engineerB).queryParam("vendorId", vendorA).queryParam("total", true)
                    .when().get(orders_).then().statusCode(200).body("total", org.hamcrest.Matchers.is(0));

            given().auth().oauth2(engineerA).when().get(orders_ + "/" + order).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.is("PLANNED"));
            List<String> seenByA = given().auth().oauth2(engineerA).queryParam("limit", 1000)
                    .when().get(orders_).then().statusCode(200).extract().path("items.id");
            assertTrue(seenByA.contains(order), "vendor A sees its own order");
        }
        // Nothing vendor B tried changed the order.
        given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/replacement/work-orders/" + order + "/history")
                .then().statusCode(200);
        given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/replacement/work-orders/" + order)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("PLANNED"),
                        "newDevice", org.hamcrest.Matchers.nullValue());
    }

    static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static Map<String, Object> vendor(List<String> regions) {
        String number = code("REG-");
        return Map.of("name", "Vendor " + number, "registrationNumber", number, "country", "KR", "regions", regions,
                "installsPerDay", 10);
    }

    static String created(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.write(body))
                .when().post(Stack.GATEWAY + path).then().statusCode(201).extract().path("id");
    }
}
