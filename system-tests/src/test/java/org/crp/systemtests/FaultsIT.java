package org.crp.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 8, part 2, and issue 4's outbox on the real stack: processes are killed and restarted under the
 * services while vendor users complete work orders through the gateway, and nothing is lost or delivered twice.
 * <ol>
 * <li>inventory-service is killed (SIGKILL) and restarted twice during 1,000 completions
 * ({@code crp.faults.completions}): every swap arrives in inventory exactly once, by inventory's state, its
 * replacement (idempotency) rows and its history, and by the orders' sync state in replacement-service;</li>
 * <li>while inventory is down again, counsel places holds and engineers complete 200 more swaps
 * ({@code crp.faults.relayed}) with a second replacement-service instance running on the same database: once
 * inventory is back the holds arrive, and the two relays deliver the backlog between them, each swap once
 * (inventory, restarted, counts the calls it receives from zero);</li>
 * <li>Keycloak is stopped while engineers complete orders and counsel places holds (signed-in users are served
 * on), inventory restarted meanwhile answers 503 rather than 500 while it cannot fetch Keycloak's keys, and once
 * Keycloak is back users sign in and are served again, the services fetch new client-credentials tokens and
 * their outboxes drain.</li>
 * </ol>
 * Two settings of the test stack ({@link Stack}) keep the clock out of it: the outboxes back off at most
 * {@value Stack#OUTBOX_MAX_BACKOFF} (not 5 minutes), and the services fetch a new client-credentials token once
 * theirs is {@value Stack#SERVICE_TOKEN_AGE_SECONDS} s old (not when the realm's 15-minute token runs out), so
 * that a Keycloak outage of half a minute outlives the tokens they hold. Every process a test kills or stops is
 * running again after it, and the second replacement instance is stopped, also when the test fails.
 */
@ExtendWith(Stack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    static final int COMPLETIONS = Integer.getInteger("crp.faults.completions", 1000);
    static final int DURING_KEYCLOAK_OUTAGE = 20;
    static final int RELAYED_BY_TWO = Integer.getInteger("crp.faults.relayed", 200);
    static final int HOLDS = 20;
    static final int THREADS = 6;
    static final String INVENTORY = "inventory-service";
    static final String KEYCLOAK = "keycloak";
    static final String SECOND_REPLACEMENT = "replacement-service-2";
    static final Duration DRAIN = Duration.ofMinutes(10);
    static final String REPLACEMENTS = "/api/inventory/replacements";
    /** inventory-service straight, not through the gateway. */
    static final String INVENTORY_SITES = "http://localhost:" + Stack.INVENTORY_PORT + "/api/inventory/sites?limit=1";

    final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    final ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    String programme;
    String supplier;
    String caseId;
    String caseNumber;
    List<Map<String, Object>> orders;
    /** Vendor user per vendor id. */
    final Map<String, String> vendorUsers = new java.util.LinkedHashMap<>();
    Map<String, Object> eventsConfig;

    @BeforeAll
    void aProgrammeWithWorkForEveryFault() {
        String pm = Tokens.of("pm");
        String legal = Tokens.of("legal");
        String region = "Fault region " + run;
        supplier = ProgrammeIT.created(legal, "/api/supplier/suppliers", Map.of("name", "Faulty Optics " + run,
                "registrationNumber", "FO-" + run, "country", "KR"));
        String siteCode = "FLT-" + run;
        String site = ProgrammeIT.created(pm, "/api/inventory/sites", Map.of("code", siteCode,
                "name", "Depot " + run, "region", region));
        ProgrammeIT.created(pm, "/api/inventory/zones", Map.of("siteId", site, "code", "YARD", "name", "Yard",
                "kind", "HQ", "criticality", 2, "maxOutOfServiceFraction", 1.0));
        int cameras = COMPLETIONS + RELAYED_BY_TWO + DURING_KEYCLOAK_OUTAGE;
        StringBuilder csv = new StringBuilder("serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,"
                + "ip_address,firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n");
        for (int i = 0; i < cameras; i++) {
            csv.append("FO").append(run).append('-').append(String.format("%05d", i)).append(",,FO-IPC-1,Faulty Optics,KR,")
                    .append(mac(0x10, i)).append(",,,").append(siteCode).append(",YARD,").append(supplier)
                    .append(",FO-").append(run).append(",2025-03-15\n");
        }
        given().auth().oauth2(pm).contentType("text/csv").body(csv.toString())
                .when().post(Stack.GATEWAY + "/api/inventory/devices/bulk/import")
                .then().statusCode(200).body("created", equalTo(cameras), "errorCount", equalTo(0));

        for (int v = 0; v < 3; v++) {
            String vendor = ProgrammeIT.created(pm, "/api/replacement/vendors", Map.of("name", "Fault installer " + v
                    + " " + run, "registrationNumber", "FI-" + v + "-" + run, "country", "KR",
                    "regions", List.of(region), "installsPerDay", 100));
            ProgrammeIT.created(pm, "/api/replacement/vendors/" + vendor + "/models", Map.of("manufacturer",
                    "Hanwha Vision", "model", "XNF-" + v + run, "countryOfOrigin", "KR",
                    "unitCost", new BigDecimal("300000"), "installCost", new BigDecimal("50000"), "leadTimeDays", 0));
            String user = "systest-fault-" + run.toLowerCase(Locale.ROOT) + "-" + v;
            KeycloakAdmin.ensureUser(user, "vendor", Map.of("vendor_id", List.of(vendor)));
            vendorUsers.put(vendor, user);
        }
        LocalDate start = LocalDate.now().plusDays(7);
        programme = ProgrammeIT.created(pm, "/api/replacement/programmes", Map.of("name", "Fault drill " + run,
                "scope", Map.of("siteIds", List.of(site)), "budget", new BigDecimal("1000000000"), "currency", "KRW",
                "startDate", start.toString(), "targetDate", start.plusDays(180).toString()));
        ProgrammeIT.plan(pm, programme, cameras);
        given().auth().oauth2(pm).contentType(ContentType.JSON).body(Json.write(Map.of("status", "ACTIVE")))
                .when().post(Stack.GATEWAY + "/api/replacement/programmes/" + programme + "/status").then().statusCode(200);
        orders = new ArrayList<>(ProgrammeIT.all(pm, "/api/replacement/work-orders", Map.of("programmeId", programme)));
        orders.sort(Comparator.comparing((Map<String, Object> o) -> String.valueOf(o.get("scheduledDate")))
                .thenComparing(o -> String.valueOf(o.get("id"))));
        assertEquals(cameras, orders.size());

        JsonPath legalCase = given().auth().oauth2(legal).contentType(ContentType.JSON)
                .body(Json.write(Map.of("supplierId", supplier, "type", "FRAUD")))
                .when().post(Stack.GATEWAY + "/api/supplier/cases").then().statusCode(201).extract().jsonPath();
        caseId = legalCase.getString("id");
        caseNumber = legalCase.getString("number");
        eventsConfig = KeycloakAdmin.eventsConfig();
    }

    /** Whatever a test killed or stopped runs again, and the second replacement instance is gone. */
    @AfterEach
    void everythingRunsAgain() {
        Stack.stop(SECOND_REPLACEMENT);
        Stack.start(KEYCLOAK);
        Stack.start(INVENTORY);
    }

    @AfterAll
    void cleanUp() {
        pool.shutdownNow();
        if (eventsConfig != null) {
            KeycloakAdmin.putEventsConfig(eventsConfig);
        }
    }

    @Test
    @Order(1)
    void inventoryKilledTwiceDuringCompletionsReceivesEverySwapExactlyOnce() {
        List<Map<String, Object>> batch = orders.subList(0, COMPLETIONS);
        int[] at = { 0, COMPLETIONS / 4, COMPLETIONS * 2 / 5, COMPLETIONS * 11 / 20, COMPLETIONS * 13 / 20,
                COMPLETIONS * 4 / 5, COMPLETIONS };
        complete(batch.subList(at[0], at[1]));
        for (int round = 0; round < 2; round++) {
            int from = round == 0 ? at[1] : at[4];
            Stack.kill(INVENTORY);
            complete(batch.subList(from, from + (at[2] - at[1]))); // while inventory is down
            int next = from + (at[2] - at[1]);
            int until = round == 0 ? at[3] : at[6];
            CompletableFuture<Void> restart = CompletableFuture.runAsync(() -> Stack.start(INVENTORY));
            complete(batch.subList(next, until)); // while it starts again
            restart.join();
            if (round == 0) {
                complete(batch.subList(at[3], at[4]));
            }
        }

        List<String> ids = ids(batch);
        awaitDelivered(ids);
        String inList = inList(ids);
        // replacement-service: every order completed and delivered, each by one outbox row, some only after retries
        assertEquals(List.of(COMPLETIONS + "|" + COMPLETIONS + "|" + COMPLETIONS), Database.query(
                "select count(*) filter (where status = 'COMPLETED') || '|' || count(*) filter (where sync_state = "
                        + "'DELIVERED') || '|' || count(new_device_id) from replacement.work_order where id in " + inList));
        List<String> outbox = Database.query("select count(*) || '|' || count(*) filter (where state = 'DELIVERED') "
                + "|| '|' || count(*) filter (where attempts > 1) from replacement.outbox_message where work_order_id in "
                + inList);
        String[] rows = outbox.get(0).split("\\|");
        assertEquals(COMPLETIONS + "|" + COMPLETIONS, rows[0] + "|" + rows[1], "one delivered outbox row per order");
        assertTrue(Integer.parseInt(rows[2]) > 0, "some swaps waited for inventory to come back: " + outbox);
        assertExactlyOnceInInventory(inList, COMPLETIONS);
    }

    @Test
    @Order(2)
    void whileInventoryIsDownHoldsAndSwapsWaitAndTwoRelaysDeliverThemOnceItReturns() {
        String legal = Tokens.of("legal");
        List<String> devices = orders.subList(0, HOLDS).stream().map(o -> (String) o.get("deviceId")).toList();
        List<String> evidence = evidence(legal, devices, "Camera kept for the fault drill");
        List<Map<String, Object>> batch = orders.subList(COMPLETIONS, COMPLETIONS + RELAYED_BY_TWO);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> Stack.start(SECOND_REPLACEMENT));

        Stack.kill(INVENTORY);
        given().auth().oauth2(legal).contentType(ContentType.JSON).body(Json.write(Map.of("evidenceIds", evidence,
                "reason", "Placed while inventory is down")))
                .when().post(Stack.GATEWAY + "/api/supplier/cases/" + caseId + "/holds").then().statusCode(201);
        complete(batch);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> holds(legal, devices)
                .stream().allMatch(h -> "PENDING".equals(h.get("delivery")) && ((Number) h.get("attempts")).intValue() >= 1
                        && h.get("lastError") != null));
        second.join();
        // both relays now see the same backlog of swaps; inventory, started afresh, counts what it receives from 0
        double firstBefore = delivered(Stack.REPLACEMENT_PORT);
        double secondBefore = delivered(Stack.REPLACEMENT_2_PORT);
        Stack.start(INVENTORY);

        List<String> ids = ids(batch);
        awaitDelivered(ids);
        double first = delivered(Stack.REPLACEMENT_PORT) - firstBefore;
        double second2 = delivered(Stack.REPLACEMENT_2_PORT) - secondBefore;
        double received = metric(Stack.INVENTORY_PORT, "http_server_requests_seconds_count", REPLACEMENTS, null);
        assertEquals(RELAYED_BY_TWO, received, 0.0, "inventory received each swap once; instance one delivered "
                + first + ", instance two " + second2);
        assertTrue(first > 0 && second2 > 0, "both instances relayed: " + first + " and " + second2);
        assertEquals(RELAYED_BY_TWO, first + second2, 0.0);
        assertExactlyOnceInInventory(inList(ids), RELAYED_BY_TWO);

        await().atMost(DRAIN).pollInterval(Duration.ofSeconds(1)).until(() -> holds(legal, devices).stream()
                .allMatch(h -> "DELIVERED".equals(h.get("delivery"))));
        assertEquals(List.of(String.valueOf(HOLDS)), Database.query("select count(*) from inventory.device_hold where "
                + "case_id = '" + caseNumber + "' and released_at is null and device_id in " + inList(devices)));
        assertEquals(List.of(String.valueOf(HOLDS)), Database.query("select count(*) from inventory.device where '"
                + caseNumber + "' = any(legal_holds) and id in " + inList(devices)));
        given().auth().oauth2(Tokens.of("pm")).contentType(ContentType.JSON)
                .body(Json.write(Map.of("status", "DISPOSED", "reason", "scrap")))
                .when().post(Stack.GATEWAY + "/api/inventory/devices/" + devices.get(0) + "/status")
                .then().statusCode(409).body("detail", containsString(caseNumber));
    }

    @Test
    @Order(3)
    void servicesRecoverFromAKeycloakRestart() {
        KeycloakAdmin.recordEvents(List.of("CLIENT_LOGIN"));
        String legal = Tokens.of("legal");
        String pm = Tokens.of("pm");
        vendorUsers.values().forEach(Tokens::of); // signed in before the outage, as users at work would be
        List<Map<String, Object>> batch = orders.subList(COMPLETIONS + RELAYED_BY_TWO,
                COMPLETIONS + RELAYED_BY_TWO + DURING_KEYCLOAK_OUTAGE);
        List<String> devices = batch.subList(0, 2).stream().map(o -> (String) o.get("deviceId")).toList();
        List<String> evidence = evidence(legal, devices, "Camera kept across the Keycloak restart");

        long stoppedAt = System.currentTimeMillis();
        Stack.stop(KEYCLOAK);
        // signed-in users are served on: their tokens are checked with the keys the services already hold
        complete(batch);
        given().auth().oauth2(legal).contentType(ContentType.JSON).body(Json.write(Map.of("evidenceIds", evidence,
                "reason", "Placed while Keycloak is down")))
                .when().post(Stack.GATEWAY + "/api/supplier/cases/" + caseId + "/holds").then().statusCode(201);
        // a service started during the outage has no keys yet: it says so with a 503, never a 500
        Stack.kill(INVENTORY);
        Stack.start(INVENTORY);
        given().auth().oauth2(pm).when().get(INVENTORY_SITES).then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", equalTo("5"))
                .body("type", equalTo("/problems/identity-provider-unavailable"));
        // the services' own tokens all age past their refresh point while Keycloak is away
        long tokensAged = stoppedAt + (Stack.SERVICE_TOKEN_AGE_SECONDS + 5) * 1000L;
        await().atMost(Duration.ofSeconds(Stack.SERVICE_TOKEN_AGE_SECONDS + 10)).pollInterval(Duration.ofMillis(200))
                .until(() -> System.currentTimeMillis() >= tokensAged);
        long restartedAt = System.currentTimeMillis();
        Stack.start(KEYCLOAK);

        // users sign in again and are served, through the gateway and by each service directly
        String fresh = KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", "crp-cli", "pm");
        for (String url : List.of(Stack.GATEWAY + "/api/inventory/sites?limit=1",
                Stack.GATEWAY + "/api/replacement/programmes/" + programme,
                Stack.GATEWAY + "/api/supplier/suppliers/" + supplier, INVENTORY_SITES,
                "http://localhost:" + Stack.REPLACEMENT_PORT + "/api/replacement/programmes/" + programme,
                "http://localhost:" + Stack.SUPPLIER_PORT + "/api/supplier/suppliers/" + supplier)) {
            given().auth().oauth2(fresh).when().get(url).then().statusCode(200);
        }
        // the outboxes drain: the swaps and the holds reach inventory...
        List<String> ids = ids(batch);
        awaitDelivered(ids);
        await().atMost(DRAIN).pollInterval(Duration.ofSeconds(1)).until(() -> holds(legal, devices).stream()
                .allMatch(h -> "DELIVERED".equals(h.get("delivery"))));
        assertExactlyOnceInInventory(inList(ids), DURING_KEYCLOAK_OUTAGE);
        // ... with client-credentials tokens the services fetched after Keycloak came back
        for (String client : List.of("replacement-service", "supplier-service")) {
            List<Long> logins = KeycloakAdmin.clientLogins(client);
            assertTrue(logins.stream().anyMatch(t -> t >= restartedAt), client + " fetched no token after the restart "
                    + "at " + restartedAt + ": " + logins);
        }
    }

    // --- completing orders as the vendors' engineers do ------------------------------------------------------

    /** Dispatch (programme office), start and complete (the vendor's engineer), THREADS orders at a time. */
    void complete(List<Map<String, Object>> batch) {
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Future<?>> work = new ArrayList<>();
        for (Map<String, Object> order : batch) {
            work.add(pool.submit(() -> {
                String id = (String) order.get("id");
                String engineer = Tokens.of(vendorUsers.get((String) order.get("vendorId")));
                String base = Stack.GATEWAY + "/api/replacement/work-orders/" + id;
                int index = orders.indexOf(order);
                for (Http.Call call : List.of(
                        Http.call("POST", base + "/status").bearer(Tokens.of("pm")).json(Json.write(Map.of("status", "DISPATCHED"))),
                        Http.call("POST", base + "/status").bearer(engineer).json(Json.write(Map.of("status", "IN_PROGRESS"))),
                        Http.call("POST", base + "/completion").bearer(engineer).json(Json.write(Map.of(
                                "serial", "FN" + run + "-" + index, "macAddress", mac(0x20, index)))))) {
                    Http.Answer answer = call.send();
                    if (answer.status() != 200) {
                        failures.add(call + ": " + answer.brief());
                        return;
                    }
                }
            }));
        }
        for (Future<?> f : work) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        assertEquals(List.of(), List.copyOf(failures), "every step of every completion answered 200");
    }

    // --- checks -----------------------------------------------------------------------------------------------

    /** Every order's swap reached inventory; on a time-out the message shows the orders' sync states. */
    static void awaitDelivered(List<String> ids) {
        String sql = "select sync_state || ' ' || count(*) from replacement.work_order where id in " + inList(ids)
                + " group by sync_state";
        await().atMost(DRAIN).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                assertEquals(List.of("DELIVERED " + ids.size()), Database.query(sql), "sync states"));
    }

    /**
     * Inventory took each swap once: one replacement row (its idempotency record) per order, naming the order's new
     * camera; the old camera REMOVED once, by that order, and replaced by the new one; the new camera created once,
     * IN_SERVICE, with the serial the engineer reported.
     */
    static void assertExactlyOnceInInventory(String orderIds, int expected) {
        String n = String.valueOf(expected);
        assertEquals(List.of(n + "|" + n), Database.query("select count(*) || '|' || count(distinct r.work_order_id) "
                + "from inventory.replacement r join replacement.work_order o on o.id = r.work_order_id "
                + "and o.device_id = r.old_device_id and o.new_device_id = r.new_device_id where r.work_order_id in "
                + orderIds), "replacement rows, one per order and naming its devices");
        assertEquals(List.of(n), Database.query("select count(*) from replacement.work_order o "
                + "join inventory.device old on old.id = o.device_id and old.status = 'REMOVED' "
                + "and old.replaced_by_device_id = o.new_device_id "
                + "join inventory.device fresh on fresh.id = o.new_device_id and fresh.status = 'IN_SERVICE' "
                + "and fresh.serial = o.new_serial and fresh.replaces_device_id = o.device_id where o.id in " + orderIds),
                "old cameras removed and new ones in service");
        assertEquals(List.of(n + "|" + n), Database.query("select count(*) filter (where h.action = 'STATUS_CHANGED' "
                + "and h.changes -> 'status' ->> 'to' = 'REMOVED' and h.entity_id = o.device_id) || '|' || "
                + "count(*) filter (where h.action = 'CREATED' and h.entity_id = o.new_device_id) "
                + "from replacement.work_order o join inventory.history h on h.entity_type = 'DEVICE' "
                + "and h.entity_id in (o.device_id, o.new_device_id) where o.id in " + orderIds),
                "one removal and one registration in inventory's history per swap");
    }

    /** The case's holds on these devices. */
    List<Map<String, Object>> holds(String legal, List<String> devices) {
        return ProgrammeIT.all(legal, "/api/supplier/cases/" + caseId + "/holds", Map.of()).stream()
                .filter(h -> devices.contains(h.get("deviceId"))).toList();
    }

    /** DEVICE evidence of the case for each device, as counsel records it before holding them. */
    List<String> evidence(String legal, List<String> devices, String description) {
        List<String> ids = new ArrayList<>();
        for (String device : devices) {
            ids.add(ProgrammeIT.created(legal, "/api/supplier/cases/" + caseId + "/evidence", Map.of("kind", "DEVICE",
                    "description", description, "reference", device)));
        }
        return ids;
    }

    /** Swaps a replacement instance delivered (inventory answered 200), by its REST client's metrics. */
    static double delivered(int port) {
        return metric(port, "http_client_requests_seconds_count", REPLACEMENTS, "200");
    }

    /** The sum of a Prometheus counter over the POSTs to {@code uri} (with {@code status} only, if given). */
    static double metric(int port, String name, String uri, String status) {
        String text = given().when().get("http://localhost:" + port + "/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher m = Pattern.compile("^" + name + "\\{([^}]*)\\}\\s+(\\S+)$", Pattern.MULTILINE).matcher(text);
        double sum = 0;
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("uri=\"" + uri + "\"") && labels.contains("method=\"POST\"")
                    && (status == null || labels.contains("status=\"" + status + "\""))) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }

    static List<String> ids(List<Map<String, Object>> batch) {
        return batch.stream().map(o -> (String) o.get("id")).toList();
    }

    static String inList(List<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(",", "(", ")"));
    }

    /** A MAC in Hanwha's block (not covered); {@code kind} keeps old and new cameras apart. */
    static String mac(int kind, int i) {
        return String.format("00:09:18:%02X:%02X:%02X", kind, (i >> 8) & 0xFF, i & 0xFF);
    }
}
