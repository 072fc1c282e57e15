package org.crp.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Issue 8, part 1, at the scale: a domestic supplier delivers 1,300 cameras declared as Korean, with
 * certificates of origin, whose MACs lie in Hikvision and Dahua blocks; some call a server abroad; inventory
 * flags them, supplier-service's scan records findings; counsel opens a case; a programme with three local
 * vendors is planned without a hard violation and no perimeter zone ever dark; vendor users complete 100 swaps,
 * and inventory shows 100 cameras REMOVED and 100 new ones IN_SERVICE; counsel records 50 of the replaced
 * cameras as evidence and holds them, the holds reach inventory, and disposing of a held one is refused with
 * 409; the damages come from the replacement costs; the gateway's overview agrees. Everything goes through the
 * gateway with real tokens of the roles the issue names. {@code crp.programme.cameras}, {@code crp.programme.swaps}
 * and {@code crp.programme.holds} scale it (for example down, for a quick run while developing).
 */
@ExtendWith(Stack.class)
class ProgrammeIT {

    static final int CAMERAS = Integer.getInteger("crp.programme.cameras", 1300);
    static final int SWAPS = Integer.getInteger("crp.programme.swaps", 100);
    static final int HELD = Integer.getInteger("crp.programme.holds", 50);
    static final BigDecimal UNIT_COST = new BigDecimal("400000");
    static final BigDecimal INSTALL_COST = new BigDecimal("100000");
    static final List<String> COVERED_BLOCKS = List.of("44:19:B6", "3C:EF:8C"); // Hikvision, Dahua
    static final Duration DELIVERY = Duration.ofSeconds(90);

    @Test
    void theProgrammeFromDeliveryToDamages() {
        String admin = Tokens.of("admin");
        String pm = Tokens.of("pm");
        String security = Tokens.of("security");
        String legal = Tokens.of("legal");
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String region = "Programme region " + run;

        // --- a domestic supplier, a site with a perimeter, and its delivery ---------------------------------
        String supplier = created(legal, "/api/supplier/suppliers", Map.of("name", "Hanbit Optics " + run,
                "registrationNumber", "HB-" + run, "country", "KR"));
        String siteCode = "PRG-" + run;
        String site = created(pm, "/api/inventory/sites", Map.of("code", siteCode, "name", "Border post " + run,
                "region", region));
        String fence = created(pm, "/api/inventory/zones", Map.of("siteId", site, "code", "FENCE", "name", "Fence line",
                "kind", "PERIMETER", "criticality", 5, "maxOutOfServiceFraction", 0.2));
        created(pm, "/api/inventory/zones", Map.of("siteId", site, "code", "HQ", "name", "Headquarters",
                "kind", "HQ", "criticality", 2, "maxOutOfServiceFraction", 1.0));

        StringBuilder csv = new StringBuilder("serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,"
                + "ip_address,firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n");
        List<String> serials = new ArrayList<>();
        List<String> macs = new ArrayList<>();
        for (int i = 0; i < CAMERAS; i++) {
            String serial = "HB" + run + "-" + String.format("%05d", i);
            String mac = COVERED_BLOCKS.get(i % 2) + String.format(":%02X:%02X:%02X", (i >> 16) & 0xFF, (i >> 8) & 0xFF, i & 0xFF);
            serials.add(serial);
            macs.add(mac);
            csv.append(serial).append(",,HB-IPC-200,Hanbit Optics,KR,").append(mac).append(",,,").append(siteCode)
                    .append(',').append(i % 2 == 0 ? "FENCE" : "HQ").append(',').append(supplier)
                    .append(",MOIS-").append(run).append(",2025-03-15\n");
        }
        given().auth().oauth2(pm).contentType("text/csv").body(csv.toString())
                .when().post(Stack.GATEWAY + "/api/inventory/devices/bulk/import")
                .then().statusCode(200).body("created", equalTo(CAMERAS), "errorCount", equalTo(0));
        given().auth().oauth2(legal).contentType(ContentType.JSON).body(Json.write(Map.of(
                "contractNumber", "MOIS-" + run, "deliveryDate", "2025-03-10", "declaredOrigin", "KR", "serials", serials,
                "certificates", List.of(Map.of("issuer", "Korea Chamber of Commerce", "number", "KCCI-" + run,
                        "issueDate", "2025-03-02", "claimedOrigin", "KR", "documentSha256", "c".repeat(64))))))
                .when().post(Stack.GATEWAY + "/api/supplier/suppliers/" + supplier + "/deliveries").then().statusCode(201);

        // --- network evidence: every fifth camera calls a server abroad --------------------------------------
        List<Map<String, Object>> flows = new ArrayList<>();
        for (int i = 0; i < CAMERAS; i += 5) {
            flows.add(Map.of("time", Instant.now().minusSeconds(3600).toString(), "sourceMac", macs.get(i),
                    "destination", "203.0.113.77", "port", 8000, "protocol", "TCP", "destinationCountry", "CN",
                    "bytes", 1_500_000));
        }
        // in batches of 50, as a flow collector sends them (one batch of all 260 ran past the gateway's 30 s)
        for (int from = 0; from < flows.size(); from += 50) {
            List<Map<String, Object>> batch = flows.subList(from, Math.min(from + 50, flows.size()));
            given().auth().oauth2(security).contentType(ContentType.JSON).body(Json.write(batch))
                    .when().post(Stack.GATEWAY + "/api/inventory/observations")
                    .then().statusCode(200).body("matched", equalTo(batch.size()));
        }

        // --- inventory flags them --------------------------------------------------------------------------
        JsonPath summary = given().auth().oauth2(security)
                .when().get(Stack.GATEWAY + "/api/inventory/suppliers/" + supplier + "/summary")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(CAMERAS, summary.getInt("devices"));
        assertEquals(CAMERAS, summary.getInt("relabelSuspects"), "every camera's MAC lies in a covered block");
        List<Map<String, Object>> devices = allDevices(pm, site);
        assertEquals(CAMERAS, devices.size());
        Map<String, Map<String, Object>> bySerial = new HashMap<>();
        devices.forEach(d -> bySerial.put((String) d.get("serial"), d));
        String caller = (String) bySerial.get(serials.get(0)).get("id");
        given().auth().oauth2(security).when().get(Stack.GATEWAY + "/api/inventory/devices/" + caller)
                .then().statusCode(200).body("riskReasons.code", hasItems("RELABEL_SUSPECTED", "FOREIGN_CALLBACK"));

        // --- supplier-service's scan records findings, once ----------------------------------------------------
        given().auth().oauth2(security).when().post(Stack.GATEWAY + "/api/supplier/suppliers/" + supplier + "/scan")
                .then().statusCode(200).body("addedCount", org.hamcrest.Matchers.greaterThan(0));
        given().auth().oauth2(security).when().post(Stack.GATEWAY + "/api/supplier/suppliers/" + supplier + "/scan")
                .then().statusCode(200).body("addedCount", equalTo(0));
        given().auth().oauth2(legal).queryParam("limit", 1000)
                .when().get(Stack.GATEWAY + "/api/supplier/suppliers/" + supplier + "/findings")
                .then().statusCode(200).body("items.type", hasItems("ORIGIN_MISREPRESENTATION", "UNAUTHORIZED_DATA_TRANSFER"));

        // --- counsel opens a case ------------------------------------------------------------------------------
        JsonPath legalCase = given().auth().oauth2(legal).contentType(ContentType.JSON)
                .body(Json.write(Map.of("supplierId", supplier, "type", "FRAUD")))
                .when().post(Stack.GATEWAY + "/api/supplier/cases").then().statusCode(201).extract().jsonPath();
        String caseId = legalCase.getString("id");
        String caseNumber = legalCase.getString("number");

        // --- a programme with three local vendors, planned without a hard violation ---------------------------
        List<String> vendors = new ArrayList<>();
        for (int v = 0; v < 3; v++) {
            String vendor = created(pm, "/api/replacement/vendors", Map.of("name", "Local installer " + v + " " + run,
                    "registrationNumber", "LI-" + v + "-" + run, "country", "KR", "regions", List.of(region),
                    "installsPerDay", 10));
            created(pm, "/api/replacement/vendors/" + vendor + "/models", Map.of("manufacturer", "Hanwha Vision",
                    "model", "XNO-" + v + run, "countryOfOrigin", "KR", "unitCost", UNIT_COST, "installCost", INSTALL_COST,
                    "leadTimeDays", 0));
            vendors.add(vendor);
        }
        LocalDate start = LocalDate.now().plusDays(7);
        String programme = created(pm, "/api/replacement/programmes", Map.of("name", "Border cameras " + run,
                "scope", Map.of("siteIds", List.of(site)), "budget", new BigDecimal("1000000000"), "currency", "KRW",
                "startDate", start.toString(), "targetDate", start.plusDays(180).toString()));
        plan(pm, programme, CAMERAS);
        given().auth().oauth2(pm).contentType(ContentType.JSON).body(Json.write(Map.of("status", "ACTIVE")))
                .when().post(Stack.GATEWAY + "/api/replacement/programmes/" + programme + "/status").then().statusCode(200);

        List<Map<String, Object>> orders = new ArrayList<>(all(pm, "/api/replacement/work-orders",
                Map.of("programmeId", programme)));
        assertEquals(CAMERAS, orders.size(), "one work order per camera");
        int fenceCameras = (CAMERAS + 1) / 2;
        Map<Object, Long> fenceWorkByDay = orders.stream().filter(o -> fence.equals(o.get("zoneId")))
                .collect(Collectors.groupingBy(o -> o.get("scheduledDate"),
                        Collectors.counting()));
        assertEquals(fenceCameras, fenceWorkByDay.values().stream().mapToLong(Long::longValue).sum());
        assertTrue(fenceWorkByDay.values().stream().allMatch(n -> n <= fenceCameras / 5),
                "the fence line never has more than its fifth in work on one day, so it is never dark: " + fenceWorkByDay);
        assertTrue(orders.stream().map(o -> o.get("vendorId")).distinct().count() > 1, "the work is shared out");
        orders.sort(Comparator.comparing(o -> String.valueOf(o.get("scheduledDate"))));
        List<Map<String, Object>> swapped = orders.subList(0, SWAPS);

        // --- vendor users complete the first swaps -----------------------------------------------------------
        Map<String, String> vendorTokens = new LinkedHashMap<>();
        for (int v = 0; v < vendors.size(); v++) {
            String user = "systest-installer-" + run.toLowerCase(Locale.ROOT) + "-" + v;
            KeycloakAdmin.ensureUser(user, "vendor", Map.of("vendor_id", List.of(vendors.get(v))));
            vendorTokens.put(vendors.get(v), KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", "crp-cli", user));
        }
        List<String> newSerials = new ArrayList<>();
        for (int i = 0; i < swapped.size(); i++) {
            Map<String, Object> order = swapped.get(i);
            String id = (String) order.get("id");
            String engineer = vendorTokens.get((String) order.get("vendorId"));
            status(pm, id, "DISPATCHED");
            status(engineer, id, "IN_PROGRESS");
            String serial = "NEW" + run + "-" + i;
            newSerials.add(serial);
            given().auth().oauth2(engineer).contentType(ContentType.JSON).body(Json.write(Map.of("serial", serial,
                    "macAddress", String.format("00:09:18:%02X:%02X:%02X", 0x40, i >> 8, i & 0xFF))))
                    .when().post(Stack.GATEWAY + "/api/replacement/work-orders/" + id + "/completion")
                    .then().statusCode(200).body("status", equalTo("COMPLETED"));
        }

        // --- inventory shows them removed and the new cameras in service ---------------------------------------
        List<String> oldDevices = swapped.stream().map(o -> (String) o.get("deviceId")).toList();
        await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(1)).until(() -> oldDevices.stream().allMatch(id ->
                "REMOVED".equals(given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/inventory/devices/" + id)
                        .then().statusCode(200).extract().path("status"))));
        List<Map<String, Object>> after = allDevices(pm, site);
        assertEquals(SWAPS, after.stream().filter(d -> "REMOVED".equals(d.get("status"))).count(), "removed");
        List<Map<String, Object>> fresh = after.stream().filter(d -> newSerials.contains(d.get("serial"))).toList();
        assertEquals(SWAPS, fresh.size(), "the new cameras are registered at the site");
        assertTrue(fresh.stream().allMatch(d -> "IN_SERVICE".equals(d.get("status"))), "the new cameras are in service");
        assertTrue(fresh.stream().allMatch(d -> d.get("replacesDeviceId") != null), "each replaces an old camera");

        // --- evidence on replaced cameras, and a hold on them that reaches inventory ---------------------------
        assertTrue(HELD < SWAPS, "one replaced camera stays free of holds, to be disposed of");
        List<String> held = oldDevices.subList(0, HELD);
        List<String> evidence = new ArrayList<>();
        for (String device : held) {
            evidence.add(created(legal, "/api/supplier/cases/" + caseId + "/evidence", Map.of("kind", "DEVICE",
                    "description", "Camera removed from the fence line, kept for forensic examination",
                    "reference", device)));
        }
        given().auth().oauth2(legal).contentType(ContentType.JSON).body(Json.write(Map.of("deviceIds", held,
                "evidenceIds", evidence, "reason", "Preserve the cameras for the fraud case")))
                .when().post(Stack.GATEWAY + "/api/supplier/cases/" + caseId + "/holds").then().statusCode(201);
        await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(1)).until(() -> held.stream().allMatch(id -> {
            List<String> holds = given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/inventory/devices/" + id)
                    .then().statusCode(200).extract().path("legalHolds");
            return holds != null && !holds.isEmpty();
        }));
        given().auth().oauth2(pm).contentType(ContentType.JSON).body(Json.write(Map.of("status", "DISPOSED",
                "reason", "scrap")))
                .when().post(Stack.GATEWAY + "/api/inventory/devices/" + held.get(0) + "/status")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString(caseNumber));
        given().auth().oauth2(pm).contentType(ContentType.JSON).body(Json.write(Map.of("status", "DISPOSED",
                "reason", "scrap")))
                .when().post(Stack.GATEWAY + "/api/inventory/devices/" + oldDevices.get(SWAPS - 1) + "/status")
                .then().statusCode(200).body("status", equalTo("DISPOSED"));

        // --- the damages come from the replacement costs -----------------------------------------------------
        BigDecimal perSwap = UNIT_COST.add(INSTALL_COST);
        Response damages = given().auth().oauth2(legal)
                .when().post(Stack.GATEWAY + "/api/supplier/cases/" + caseId + "/damages/recompute");
        assertTrue(damages.statusCode() == 200 || damages.statusCode() == 201, damages.asString());
        JsonPath breakdown = damages.jsonPath();
        Map<String, Object> krw = breakdown.getList("breakdown.totals", Map.class).stream()
                .filter(t -> "KRW".equals(t.get("currency"))).findFirst().orElseThrow(() -> new AssertionError(
                        "no KRW total in " + damages.asString()));
        assertEquals(0, perSwap.multiply(BigDecimal.valueOf(SWAPS)).compareTo(new BigDecimal(String.valueOf(
                krw.get("replacementCompleted")))), "completed replacement cost: " + krw);
        assertEquals(0, perSwap.multiply(BigDecimal.valueOf(CAMERAS)).compareTo(new BigDecimal(String.valueOf(
                krw.get("replacementPlanned")))), "planned replacement cost: " + krw);

        // --- the gateway's overview agrees -----------------------------------------------------------------
        JsonPath stats = given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/inventory/stats")
                .then().statusCode(200).extract().jsonPath();
        JsonPath overview = given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/overview")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(), overview.getList("degraded"), "every part answered: " + overview.prettify());
        assertEquals(stats.getLong("devices"), overview.getLong("inventory.devices"));
        assertEquals(stats.getMap("byStatus"), overview.getMap("inventory.byStatus"));
        Map<String, Object> shown = overview.<Map<String, Object>>getList("programmes.items").stream()
                .filter(p -> programme.equals(p.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("the active programme is not shown: " + overview.prettify()));
        JsonPath progress = given().auth().oauth2(pm)
                .when().get(Stack.GATEWAY + "/api/replacement/programmes/" + programme + "/progress")
                .then().statusCode(200).extract().jsonPath();
        @SuppressWarnings("unchecked")
        Map<String, Object> shownProgress = (Map<String, Object>) shown.get("progress");
        assertEquals(CAMERAS, ((Number) shownProgress.get("devices")).intValue(), "overview: " + shownProgress);
        assertEquals(SWAPS, ((Number) shownProgress.get("completed")).intValue(), "overview: " + shownProgress);
        assertEquals(progress.getInt("completed"), ((Number) shownProgress.get("completed")).intValue());
        given().auth().oauth2(pm).when().get(Stack.GATEWAY + "/api/supplier/cases/summary")
                .then().statusCode(200);
        given().auth().oauth2(legal).queryParam("limit", 1000).when().get(Stack.GATEWAY + "/api/supplier/cases")
                .then().statusCode(200).body("items.id", hasItem(caseId));

        // --- an order cancelled: inventory takes its camera out of SCHEDULED, back to FLAGGED as before the plan ---
        Map<String, Object> cancelled = orders.get(SWAPS);
        String camera = (String) cancelled.get("deviceId");
        String cameraUrl = Stack.GATEWAY + "/api/inventory/devices/" + camera;
        given().auth().oauth2(pm).when().get(cameraUrl).then().statusCode(200).body("status", equalTo("SCHEDULED"));
        given().auth().oauth2(pm).contentType(ContentType.JSON)
                .body(Json.write(Map.of("status", "CANCELLED", "reason", "site closed for an exercise")))
                .when().post(Stack.GATEWAY + "/api/replacement/work-orders/" + cancelled.get("id") + "/status")
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        await().atMost(DELIVERY).pollInterval(Duration.ofSeconds(1)).until(() -> "FLAGGED".equals(
                given().auth().oauth2(pm).when().get(cameraUrl).then().statusCode(200).extract().path("status")));
        JsonPath history = given().auth().oauth2(pm).queryParam("limit", 1000).when().get(cameraUrl + "/history")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> released = history.<Map<String, Object>>getList("items").stream()
                .filter(e -> "STATUS_CHANGED".equals(e.get("action"))).reduce((a, b) -> b).orElseThrow();
        assertTrue(String.valueOf(released.get("changes")).contains("site closed for an exercise"), released.toString());
        assertTrue(String.valueOf(released.get("subject")).startsWith("pm via "), "the person who cancelled: " + released);
    }

    static void status(String token, String order, String status) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.write(Map.of("status", status)))
                .when().post(Stack.GATEWAY + "/api/replacement/work-orders/" + order + "/status")
                .then().statusCode(200).body("status", equalTo(status));
    }

    /**
     * Plans the programme and checks the plan: every camera scheduled, no hard rule broken. On a busy shared machine
     * planning may outlast the gateway's 30 s (504, while the service carries on and commits the plan); then the
     * plan is read back once it is there.
     */
    static void plan(String pm, String programme, int cameras) {
        String url = Stack.GATEWAY + "/api/replacement/programmes/" + programme + "/plan";
        Response planned = given().auth().oauth2(pm).when().post(url);
        if (planned.statusCode() == 504) {
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> given().auth().oauth2(pm).when().get(url).statusCode() == 200);
            planned = given().auth().oauth2(pm).when().get(url);
        }
        planned.then().statusCode(200).body("figures.hardViolations", equalTo(0), "figures.scheduled", equalTo(cameras));
    }

    static List<Map<String, Object>> allDevices(String token, String site) {
        return all(token, "/api/inventory/devices", Map.of("siteId", site));
    }

    /** Every item of a cursor-paged list, a thousand a page. */
    static List<Map<String, Object>> all(String token, String path, Map<String, Object> filter) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParams(filter).queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.when().get(Stack.GATEWAY + path).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    static String created(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.write(body))
                .when().post(Stack.GATEWAY + path).then().statusCode(201).extract().path("id");
    }
}
