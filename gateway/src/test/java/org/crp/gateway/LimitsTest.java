package org.crp.gateway;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.crp.common.testing.TestTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;

/** 429, 413, 503 and the circuit breaker (504 is in ProxyRoutesTest). Test limits: burst 30, 5/s, body 1K. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class LimitsTest {

    static final int BURST = 30;

    @ConfigProperty(name = "crp.gateway.backends.flaky.url")
    URI flakyUrl;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aCallerBeyondItsRateGets429WithRetryAfter() {
        String busy = token("busy-user", "program-manager");
        int allowed = 0;
        Response refused = null;
        for (int i = 0; i < 300 && refused == null; i++) {
            Response r = given().auth().oauth2(busy).when().get("/api/inventory/sites");
            if (r.statusCode() == 429) {
                refused = r;
            } else {
                assertEquals(200, r.statusCode());
                allowed++;
            }
        }
        assertTrue(refused != null, "a 429 after " + allowed + " calls");
        assertTrue(allowed >= BURST, "the whole burst was allowed first: " + allowed);
        refused.then().contentType("application/problem+json")
                .body("status", equalTo(429), "type", equalTo("/problems/rate-limited"));
        assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1, "Retry-After " + refused.header("Retry-After"));

        // Another caller is not affected: buckets are per token subject.
        given().auth().oauth2(token("calm-user", "program-manager")).when().get("/api/inventory/sites")
                .then().statusCode(200);
    }

    @Test
    void callersWithoutATokenAreLimitedPerClientAddress() throws IOException {
        // From 127.0.0.2, so that this address' bucket is not the one the other tests use.
        int refusedAt = -1;
        String lastAnswer = "";
        for (int i = 0; i < 200 && refusedAt < 0; i++) {
            lastAnswer = rawGetFrom("127.0.0.2", "/api/inventory/sites");
            if (lastAnswer.startsWith("HTTP/1.1 429")) {
                refusedAt = i;
            } else {
                assertTrue(lastAnswer.startsWith("HTTP/1.1 401"), lastAnswer);
            }
        }
        assertTrue(refusedAt >= BURST, "refused after " + refusedAt + " anonymous calls");
        assertTrue(lastAnswer.toLowerCase().contains("retry-after:"), lastAnswer);
        given().when().get("/api/inventory/sites").then().statusCode(401);
    }

    @Test
    void declaredBodyOverTheRouteLimitIs413BeforeAnythingElse() {
        given().auth().oauth2(token("big-poster", "program-manager")).contentType("application/json")
                .body("x".repeat(2048))
                .when().post("/api/inventory/devices")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"), "detail", containsString("1024 bytes"));
        // even without a token: the size is checked first
        given().contentType("application/json").body("x".repeat(2048))
                .when().post("/api/inventory/devices")
                .then().statusCode(413);
    }

    @Test
    void expectContinueIsAnsweredOnlyOnceTheBodyIsWelcome() throws Exception {
        HttpRequest.Builder upload = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/inventory/devices"))
                .header("Authorization", "Bearer " + token("expecting-user", "program-manager"))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .timeout(Duration.ofSeconds(10));
        HttpResponse<String> welcome = client.send(upload.POST(HttpRequest.BodyPublishers.ofString("x".repeat(500))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, welcome.statusCode(), welcome.body());
        assertEquals(500, new JsonObject(welcome.body()).getInteger("bodyBytes"));
        assertEquals(null, new JsonObject(welcome.body()).getJsonObject("headers").getString("expect"),
                "the gateway answered the expectation itself");

        // Too big: refused without "100 Continue", so the caller never sends the body. (A raw request:
        // Java 17's HttpClient waits forever for a 100 that does not come.)
        String refused = raw("127.0.0.1", "POST /api/inventory/devices HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + token("expecting-user-2", "program-manager") + "\r\n"
                + "Content-Type: application/json\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
        assertTrue(refused.startsWith("HTTP/1.1 413"), refused);
    }

    @Test
    void streamedBodyOverTheRouteLimitIs413() throws Exception {
        HttpResponse<String> response = client.send(chunkedPost("/api/inventory/devices", 64 * 1024),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), response.body());
        assertEquals("/problems/payload-too-large", new JsonObject(response.body()).getString("type"));
    }

    @Test
    void streamedBodyWithinTheRouteLimitPasses() throws Exception {
        HttpResponse<String> response = client.send(chunkedPost("/api/inventory/devices", 1000),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(1000, new JsonObject(response.body()).getInteger("bodyBytes"));
        assertEquals(null, new JsonObject(response.body()).getJsonObject("headers").getString("content-length"));
    }

    @Test
    void breakerOpensAfterRepeatedFailuresThenHalfOpensAndClosesOrReopens() {
        String pm = token("breaker-user", "program-manager");
        control("fail");
        for (int i = 0; i < 3; i++) {
            // the service's own 503 is relayed and counted
            given().auth().oauth2(pm).when().get("/api/flaky/things")
                    .then().statusCode(503).body("flaky", equalTo("failing"));
        }
        int hits = Integer.parseInt(control("hits"));
        given().auth().oauth2(pm).when().get("/api/flaky/things")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("/problems/circuit-open"), "detail", containsString("flaky-service"))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        assertEquals(hits, Integer.parseInt(control("hits")), "an open breaker does not call the service");

        // Half-open after 2 s: the trial call fails, so the breaker opens again at once.
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth().oauth2(pm)
                .when().get("/api/flaky/things").then().extract().body().asString().contains("failing"));
        given().auth().oauth2(pm).when().get("/api/flaky/things")
                .then().statusCode(503).body("type", equalTo("/problems/circuit-open"));

        // Half-open again, the service has recovered: the trial succeeds and the breaker closes.
        control("ok");
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(200)).until(() -> given().auth().oauth2(pm)
                .when().get("/api/flaky/things").statusCode() == 200);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(pm).when().get("/api/flaky/things").then().statusCode(200);
        }
    }

    @Test
    void unreachableBackendIs503AndItsBreakerOpens() {
        String pm = token("down-user", "program-manager");
        for (int i = 0; i < 4; i++) {
            given().auth().oauth2(pm).when().get("/api/replacement/programmes")
                    .then().statusCode(503).contentType("application/problem+json");
        }
        // Open now (unless it is just letting a trial through, so ask twice).
        Response answer = given().auth().oauth2(pm).when().get("/api/replacement/programmes");
        if (!"/problems/circuit-open".equals(answer.path("type"))) {
            answer = given().auth().oauth2(pm).when().get("/api/replacement/programmes");
        }
        answer.then().statusCode(503).body("type", equalTo("/problems/circuit-open"))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
    }

    private String control(String action) {
        try {
            HttpRequest request = HttpRequest.newBuilder(flakyUrl.resolve("/control/" + action))
                    .method("hits".equals(action) ? "GET" : "POST", HttpRequest.BodyPublishers.noBody()).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest chunkedPost(String path, int bytes) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                .header("Authorization", "Bearer " + token("chunked-" + bytes, "program-manager"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[bytes])))
                .build();
    }

    /** A bare HTTP/1.1 GET from a chosen loopback address; returns the status line and headers. */
    private static String rawGetFrom(String localAddress, String path) throws IOException {
        return raw(localAddress, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    /** Sends a bare request head from a chosen loopback address; returns the answer's status line and headers. */
    private static String raw(String localAddress, String request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 2_000);
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            StringBuilder head = new StringBuilder();
            for (String line; (line = in.readLine()) != null && !line.isEmpty();) {
                head.append(line).append('\n');
            }
            return head.toString();
        }
    }
}
