package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.crp.common.testing.RawHttp;
import org.crp.gateway.backend.Backend;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.limit.RouteTimeouts;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class ProxyRoutesTest {

    static final String PM = token("pm", "program-manager");

    @Inject
    Backends backends;

    @Inject
    RouteTimeouts timeouts;

    @Test
    void forwardsPathQueryTokenAndBodyUnchanged() {
        given().auth().oauth2(PM).contentType(ContentType.JSON).body("{\"serial\":\"A1\"}")
                .when().post("/api/inventory/devices?siteId=abc&status=IN_SERVICE")
                .then().statusCode(200)
                .body("method", equalTo("POST"),
                        "uri", equalTo("/api/inventory/devices?siteId=abc&status=IN_SERVICE"),
                        "authorization", equalTo("Bearer " + PM),
                        "bodyBytes", equalTo(15));
    }

    @Test
    void tellsTheServiceWhoCalledThroughForwardedHeaders() {
        given().auth().oauth2(PM).header("X-Forwarded-For", "203.0.113.7")
                .when().get("/api/inventory/sites")
                .then().statusCode(200)
                .body("headers.x-forwarded-for", equalTo("203.0.113.7, 127.0.0.1"),
                        "headers.x-forwarded-proto", equalTo("http"),
                        "headers.x-forwarded-host", startsWith("localhost:"),
                        "headers.forwarded", startsWith("for=127.0.0.1;proto=http;host=\"localhost:"));
    }

    @Test
    void dropsHopByHopHeadersBothWays() {
        given().auth().oauth2(PM).header("Connection", "keep-alive, X-Hop-Test").header("X-Hop-Test", "secret")
                .header("Keep-Alive", "timeout=5").header("TE", "trailers").header("X-End-To-End", "kept")
                .when().get("/api/inventory/sites")
                .then().statusCode(200)
                .body("headers.x-hop-test", nullValue(),
                        "headers.keep-alive", nullValue(),
                        "headers.te", nullValue(),
                        "headers.x-end-to-end", equalTo("kept"))
                // the fake service names X-Backend-Hop in its Connection header and sends Keep-Alive
                .header("X-Backend-Hop", nullValue())
                .header("Keep-Alive", nullValue());
    }

    @Test
    void keepsAWellFormedRequestIdAndSendsItToTheService() {
        given().auth().oauth2(PM).header("X-Request-Id", "client-chosen-id-42")
                .when().get("/api/inventory/sites")
                .then().statusCode(200)
                .header("X-Request-Id", equalTo("client-chosen-id-42"))
                .body("requestId", equalTo("client-chosen-id-42"));
    }

    @Test
    void theAnswerCarriesTheRequestIdOnceEvenWhenTheServiceSetsItToo() {
        var response = given().auth().oauth2(PM).header("X-Request-Id", "echoed-by-service-01")
                .when().get("/api/inventory/echo-request-id")
                .then().statusCode(200).extract();
        assertEquals(java.util.List.of("echoed-by-service-01"), response.headers().getValues("X-Request-Id"));
    }

    @Test
    void replacesAMalformedRequestIdWithANewOne() {
        var response = given().auth().oauth2(PM).header("X-Request-Id", "<script>")
                .when().get("/api/inventory/sites")
                .then().statusCode(200).extract();
        String returned = response.header("X-Request-Id");
        assertEquals(36, returned.length());
        assertEquals(returned, response.path("requestId"), "the service sees the id the caller gets back");
    }

    @Test
    void problemsCarryTheRequestIdToo() {
        given().header("X-Request-Id", "problem-request-0001")
                .when().get("/api/inventory/sites")
                .then().statusCode(401)
                .header("X-Request-Id", equalTo("problem-request-0001"))
                .body("requestId", equalTo("problem-request-0001"));
        given().when().get("/q/health/live").then().header("X-Request-Id", notNullValue());
    }

    @Test
    void writesOneAccessLogLinePerRequest() {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String mdc = record instanceof org.jboss.logmanager.ExtLogRecord ext
                        ? " mdc=" + new java.util.TreeMap<>(ext.getMdcCopy())
                        : "";
                lines.add(record.getMessage() + mdc);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger access = Logger.getLogger("crp.access");
        access.addHandler(capture);
        try {
            given().auth().oauth2(PM).header("X-Request-Id", "access-log-line-0001")
                    .when().get("/api/inventory/sites?secret=not-logged")
                    .then().statusCode(200);
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(l -> l.contains("access-log-line-0001")));
            List<String> mine = lines.stream().filter(l -> l.contains("access-log-line-0001")).toList();
            assertEquals(1, mine.size(), "one line per request: " + mine);
            String line = mine.get(0);
            org.junit.jupiter.api.Assertions.assertAll(
                    () -> org.junit.jupiter.api.Assertions.assertTrue(line.startsWith("GET /api/inventory/sites 200 "), line),
                    () -> org.junit.jupiter.api.Assertions.assertTrue(line.contains("subject=pm"), line),
                    () -> org.junit.jupiter.api.Assertions.assertTrue(line.contains("backend=inventory"), line),
                    () -> org.junit.jupiter.api.Assertions.assertTrue(line.matches(".* \\d+\\.\\d+ms .*"), line),
                    () -> org.junit.jupiter.api.Assertions.assertTrue(!line.contains("not-logged"), "no query strings: " + line),
                    // the same fields as MDC, which the production JSON log carries as structured keys
                    () -> org.junit.jupiter.api.Assertions.assertTrue(line.contains("mdc={backend=inventory, latencyMs="), line),
                    () -> org.junit.jupiter.api.Assertions.assertTrue(line.contains(
                            "method=GET, outcome=answered, requestId=access-log-line-0001, route=/api/inventory/sites, status=200, subject=pm}"),
                            line));
        } finally {
            access.removeHandler(capture);
        }
    }

    @Test
    void withoutTokenIs401ProblemAndNothingIsForwarded() {
        given().when().get("/api/inventory/sites")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .header("X-Request-Id", notNullValue())
                .body("status", equalTo(401), "instance", equalTo("/api/inventory/sites"));
    }

    @Test
    void invalidTokenIs401() {
        given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").when().get("/api/inventory/sites")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("invalid or expired"));
        // tokens with an empty part, on which Quarkus OIDC's token reader fails: the caller's mistake, not an outage
        for (String token : java.util.List.of(".", "..", "a..b")) {
            given().auth().oauth2(token).when().get("/api/inventory/sites")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("detail", containsString("invalid or expired"));
        }
    }

    @Test
    void backendDownIs503Problem() {
        given().auth().oauth2(PM).when().get("/api/replacement/vendors")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("replacement-service"));
    }

    @Test
    void slowBackendIs504Problem() {
        given().auth().oauth2(PM).when().get("/api/slow/anything")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("/problems/backend-timeout"), "detail", containsString("slow-service"));
    }

    @Test
    void aRouteWithALongerTimeoutWaitsForItsSlowBackend() {
        // /api/slow answers after 3 s: past its backend's 1 s, within its route rule's 5 s
        given().auth().oauth2(PM).when().get("/api/slow/patient/report")
                .then().statusCode(200);
        given().auth().oauth2(PM).when().get("/api/slow/patientX")
                .then().statusCode(504).contentType("application/problem+json")
                .body("type", equalTo("/problems/backend-timeout"));
    }

    @Test
    void bulkImportAndExportGetMinutesWhileOrdinaryRoutesKeepTheServiceTimeout() {
        Backend inventory = backends.named("inventory").orElseThrow();
        assertEquals(Duration.ofMinutes(10), timeouts.timeoutFor(inventory, "/api/inventory/devices/bulk/import"));
        assertEquals(Duration.ofMinutes(10), timeouts.timeoutFor(inventory, "/api/inventory/devices/bulk/export"));
        assertEquals(Duration.ofSeconds(30), timeouts.timeoutFor(inventory, "/api/inventory/devices/bulk/status"));
        assertEquals(Duration.ofSeconds(30), timeouts.timeoutFor(inventory, "/api/inventory/devices"));
    }

    @Test
    void unknownApiPathIs404Problem() {
        given().auth().oauth2(PM).when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(PM).when().get("/api/inventoryX/devices")
                .then().statusCode(404).contentType("application/problem+json");
        // outside the API too, a problem rather than an HTML page; what Quarkus serves there still answers
        for (String path : List.of("/nothing-here", "/q/nothing-here", "/docs-nothing")) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("Nothing is served at " + path));
        }
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/docs/").then().statusCode(200).contentType(containsString("text/html"));
    }

    /** Quarkus' own check would answer these with a bare 400; the gateway says what is wrong, before forwarding. */
    @Test
    void malformedUrisAre400ProblemsThatSayWhatIsWrong() throws Exception {
        for (String target : RawHttp.MALFORMED_TARGETS) {
            String answer = RawHttp.get(RestAssured.port, "/api/inventory/devices" + target, PM);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), target + ": " + answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), target + ": " + answer);
            assertTrue(answer.contains("\"type\":\"/problems/malformed-uri\""), target + ": " + answer);
            assertTrue(answer.contains("The request URI is malformed ("), target + ": " + answer);
            assertTrue(answer.toLowerCase().contains("x-request-id: "), target + ": " + answer);
        }
    }

    @Test
    void nonCanonicalPathsAreRefusedRatherThanReinterpreted() {
        // Each would otherwise be judged by the policy as an inventory path and read by a service as another.
        // (HTTP clients already remove plain dot segments and doubled slashes, so encoded ones are sent.)
        for (String path : List.of("/api/inventory/%2e%2e/supplier/cases", "/api/inventory/x%2F..%2Fsupplier",
                "/api/inventory/x%5C..%5Csupplier", "/api/inventory/..;/supplier/cases", "/api/inventory/sites;x=1",
                "/api/inventory/x%3B")) {
            given().urlEncodingEnabled(false).auth().oauth2(PM).when().get(path)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/non-canonical-path"));
        }
    }

    @Test
    void dotSegmentsLeadingOutOfTheApiAreRefusedAsProblems() throws Exception {
        // java.net.http sends the path as written, as a hostile client would.
        HttpClient client = HttpClient.newHttpClient();
        for (String path : List.of("/api/inventory/../../etc/passwd", "/api/../q/health", "/x/../api/inventory/devices")) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, response.statusCode(), path);
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""), path);
        }
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
