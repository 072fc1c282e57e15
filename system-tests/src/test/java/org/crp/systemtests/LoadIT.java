package org.crp.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * Issue 8, part 5: {@code crp.load.clients} (50) concurrent clients for {@code crp.load.seconds} (60) through
 * the gateway, each as a user of its own (the gateway's rate limit is per token subject: 50 requests/s, burst
 * 100), about 80% reads (device lists and devices by id, stats, vendors, suppliers) and 20% writes (new devices,
 * network observations, case events). Every answer must be the expected 2xx: 0 errors. Throughput, p50 and p99
 * are printed and written to target/load.json. Each client writes only what it owns (its devices, its case), so
 * that the writes measure the stack, not optimistic-lock conflicts between clients.
 */
@ExtendWith(Stack.class)
class LoadIT {

    static final int CLIENTS = Integer.getInteger("crp.load.clients", 50);
    static final int SECONDS = Integer.getInteger("crp.load.seconds", 60);
    static final int SHARED_DEVICES = 100;

    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** Unique MACs for the devices the run creates, in a block no other suite uses. */
    static final AtomicLong MAC = new AtomicLong(0x700000);

    static String siteId;
    static String zoneId;
    static String supplierId;
    static final List<String> sharedDevices = new ArrayList<>();
    static final List<String> tokens = new ArrayList<>();
    static final List<String> cases = new ArrayList<>();

    @BeforeAll
    static void setUp() {
        String admin = Tokens.of("admin");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        siteId = created(admin, "/api/inventory/sites", Map.of("code", "LOAD-" + run, "name", "Load site",
                "region", "Load region " + run));
        zoneId = created(admin, "/api/inventory/zones", Map.of("siteId", siteId, "code", "LZ" + run, "name", "Yard",
                "kind", "PERIMETER", "criticality", 2, "maxOutOfServiceFraction", 0.5));
        supplierId = created(admin, "/api/supplier/suppliers", Map.of("name", "Load supplier " + run,
                "registrationNumber", "LOAD-" + run, "country", "KR"));
        for (int i = 0; i < SHARED_DEVICES; i++) {
            sharedDevices.add(created(admin, "/api/inventory/devices", device("LS" + run + "-" + i)));
        }
        // One user and one case per client, made one after another: creating cases of one supplier at once
        // would be a conflict of the setup, not load.
        String keycloakAdmin = KeycloakAdmin.adminToken();
        String roleId = given().auth().oauth2(keycloakAdmin).when()
                .get(Stack.KEYCLOAK + "/admin/realms/crp/roles/admin").then().statusCode(200).extract().path("id");
        for (int i = 0; i < CLIENTS; i++) {
            if (i % 10 == 9) {
                keycloakAdmin = KeycloakAdmin.adminToken(); // the master realm's tokens live a minute
            }
            String user = "systest-load-" + run.toLowerCase(Locale.ROOT) + "-" + i;
            String location = given().auth().oauth2(keycloakAdmin).contentType(ContentType.JSON)
                    .body(Json.write(Map.of("username", user, "enabled", true, "email", user + "@example.org",
                            "firstName", "Load", "lastName", "Client", "emailVerified", true,
                            "credentials", List.of(Map.of("type", "password", "value", user, "temporary", false)))))
                    .when().post(Stack.KEYCLOAK + "/admin/realms/crp/users").then().statusCode(201)
                    .extract().header("Location");
            given().auth().oauth2(keycloakAdmin).contentType(ContentType.JSON)
                    .body(Json.write(List.of(Map.of("id", roleId, "name", "admin"))))
                    .when().post(location + "/role-mappings/realm").then().statusCode(204);
            tokens.add(KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", "crp-cli", user));
            cases.add(created(admin, "/api/supplier/cases", Map.of("supplierId", supplierId, "type", "FRAUD")));
        }
    }

    record Result(String operation, int status, long nanos, String detail) {
    }

    /** What a client does next, and the status that counts as success. */
    record Step(String operation, HttpRequest request, int expected) {
    }

    @Test
    void fiftyClientsReadAndWriteThroughTheGatewayWithoutAnError() throws Exception {
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errorCount = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        long[] window = new long[2];
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    start.await();
                    long end = window[0] + SECONDS * 1_000_000_000L;
                    List<String> ownDevices = new ArrayList<>();
                    long[] mine = new long[1024];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        Step step = next(client, ownDevices);
                        long t0 = System.nanoTime();
                        Result result = send(step);
                        long took = System.nanoTime() - t0;
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = took;
                        counts.computeIfAbsent(step.operation(), k -> new AtomicInteger()).incrementAndGet();
                        if (result.status() != step.expected()) {
                            if (errorCount.incrementAndGet() <= 20) {
                                errors.add(step.operation() + ": expected " + step.expected() + ", got " + result.status()
                                        + " " + result.detail());
                            }
                        } else if (step.operation().equals("POST device")) {
                            ownDevices.add(result.detail());
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                    return null;
                }));
            }
            window[0] = System.nanoTime();
            start.countDown();
            for (Future<?> client : clients) {
                client.get();
            }
            window[1] = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }

        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double elapsed = (window[1] - window[0]) / 1e9;
        double throughput = all.length / elapsed;
        double p50 = percentile(all, 50) / 1e6;
        double p99 = percentile(all, 99) / 1e6;
        double max = all.length == 0 ? 0 : all[all.length - 1] / 1e6;
        long writes = counts.entrySet().stream().filter(e -> !e.getKey().startsWith("GET"))
                .mapToLong(e -> e.getValue().get()).sum();
        Map<String, Integer> byOperation = new TreeMap<>();
        counts.forEach((k, v) -> byOperation.put(k, v.get()));
        String report = String.format(Locale.ROOT, "{\"clients\": %d, \"seconds\": %.1f, \"requests\": %d, "
                + "\"writes\": %d, \"errors\": %d, \"throughputPerSecond\": %.1f, \"p50Ms\": %.1f, \"p99Ms\": %.1f, "
                + "\"maxMs\": %.1f, \"finishedAt\": \"%s\", \"byOperation\": %s}", CLIENTS, elapsed, all.length, writes,
                errorCount.get(), throughput, p50, p99, max, Instant.now(), Json.write(byOperation));
        System.out.println("load: " + report);
        Path out = Stack.STACK_DIR.getParent().resolve("load.json");
        try {
            Files.writeString(out, report + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        assertTrue(all.length > CLIENTS, "the clients sent requests: " + all.length);
        assertTrue(writes > 0 && writes < all.length, "the mix holds reads and writes");
        assertEquals(0, errorCount.get(), errorCount.get() + " of " + all.length + " requests failed, first ones:\n  "
                + String.join("\n  ", errors));
    }

    static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static Step next(int client, List<String> ownDevices) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String token = tokens.get(client);
        int roll = random.nextInt(100);
        if (roll < 25) {
            return get("GET devices", "/api/inventory/devices?limit=20&siteId=" + siteId, token);
        }
        if (roll < 50) {
            return get("GET device", "/api/inventory/devices/" + sharedDevices.get(random.nextInt(sharedDevices.size())), token);
        }
        if (roll < 60) {
            return get("GET stats", "/api/inventory/stats", token);
        }
        if (roll < 70) {
            return get("GET vendors", "/api/replacement/vendors?limit=20", token);
        }
        if (roll < 80) {
            return get("GET suppliers", "/api/supplier/suppliers?limit=20", token);
        }
        if (roll < 88 || ownDevices.isEmpty()) {
            String serial = "LD" + client + "-" + UUID.randomUUID().toString().substring(0, 12);
            return post("POST device", "/api/inventory/devices", token, Json.write(device(serial)), 201);
        }
        if (roll < 94) {
            // A flow to one of the client's own cameras: the device is re-scored, and only this client touches it.
            String mac = ownMac(ownDevices.get(random.nextInt(ownDevices.size())));
            String flow = Json.write(List.of(Map.of("time", Instant.now().minusSeconds(60).toString(), "sourceMac", mac,
                    "destination", "203.0.113." + random.nextInt(1, 255), "port", 443, "protocol", "TCP",
                    "destinationCountry", "KR", "bytes", random.nextInt(1, 100_000))));
            return post("POST observations", "/api/inventory/observations", token, flow, 200);
        }
        return post("POST case event", "/api/supplier/cases/" + cases.get(client) + "/events", token,
                Json.write(Map.of("kind", "NOTE", "occurredAt", Instant.now().minusSeconds(60).toString(),
                        "text", "Load note " + random.nextInt())), 201);
    }

    /** Devices a client created are remembered as "id mac", so observations can name the MAC. */
    static String ownMac(String remembered) {
        return remembered.substring(remembered.indexOf(' ') + 1);
    }

    static Step get(String operation, String path, String token) {
        return new Step(operation, HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), 200);
    }

    static Step post(String operation, String path, String token, String json, int expected) {
        return new Step(operation, HttpRequest.newBuilder(URI.create(Stack.GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), expected);
    }

    static Result send(Step step) {
        try {
            HttpResponse<String> response = CLIENT.send(step.request(), HttpResponse.BodyHandlers.ofString());
            String body = response.body() == null ? "" : response.body();
            if (step.operation().equals("POST device") && response.statusCode() == 201) {
                String id = io.restassured.path.json.JsonPath.from(body).getString("id");
                String mac = io.restassured.path.json.JsonPath.from(body).getString("macAddress");
                return new Result(step.operation(), 201, 0, id + " " + mac);
            }
            return new Result(step.operation(), response.statusCode(), 0,
                    body.length() > 300 ? body.substring(0, 300) + "..." : body);
        } catch (IOException e) {
            return new Result(step.operation(), -1, 0, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(step.operation(), -1, 0, "interrupted");
        }
    }

    static Map<String, Object> device(String serial) {
        long mac = MAC.getAndIncrement();
        return Map.of("serial", serial, "model", "XNO-6080R", "declaredManufacturer", "Local Vision",
                "declaredCountry", "KR", "macAddress", String.format("E0:50:8B:%02X:%02X:%02X", (mac >> 16) & 0xFF,
                        (mac >> 8) & 0xFF, mac & 0xFF), "siteId", siteId, "zoneId", zoneId, "supplierId", supplierId);
    }

    static String created(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.write(body))
                .when().post(Stack.GATEWAY + path).then().statusCode(201).extract().path("id");
    }
}
