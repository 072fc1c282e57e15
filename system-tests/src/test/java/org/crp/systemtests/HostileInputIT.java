package org.crp.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.crp.common.testing.RawHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * Issue 8, part 3: malformed and hostile requests through the gateway, generated from the services'
 * OpenAPI documents (every write operation's body, field by field; every path and query parameter) and
 * hand-picked (oversize bodies, non-canonical paths, CSV uploads, odd content types). Every answer must
 * be a 4xx problem+json, and afterwards every table of the three schemas must hold exactly what it held.
 */
@ExtendWith(Stack.class)
class HostileInputIT {

    static final String SQL = "' OR '1'='1'; DROP TABLE inventory.device; --";
    static final String TRAVERSAL = "../../../../etc/passwd";
    static final String RTL_OVERRIDE = "\u202eRK";
    static final String UNPAIRED_SURROGATE = "\ud800x";
    static final String CONTROL = "\u0007\u001b[31m";
    static final String NUL = "a\u0000b";
    static final String HUGE = "A".repeat(100_000);
    /** Long enough to break any field limit, far below the 128 KB request line past which Vert.x answers a bare 414. */
    static final String LONG_PARAM = "A".repeat(3_000);
    static final long TEN_MB = 10L * 1024 * 1024;

    static final List<String> SCHEMAS = List.of("inventory", "replacement", "supplier");
    static final int THREADS = 8;

    /** Existing records, so that hostile bodies reach the rules of real resources rather than a 404. */
    static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();
    /** Admin users to spread the calls over: the gateway's rate limit is per token subject. */
    static final List<String> ADMINS = new ArrayList<>();

    record Case(String service, String description, Http.Call call, Integer exactStatus) {
    }

    @BeforeAll
    static void fixtures() {
        String admin = Tokens.of("admin");
        ADMINS.clear();
        ADMINS.add(admin);
        for (int i = 1; i <= 3; i++) {
            KeycloakAdmin.ensureUser("systest-admin-" + i, "admin", Map.of());
            ADMINS.add(KeycloakAdmin.passwordToken(Stack.KEYCLOAK, "crp", "crp-cli", "systest-admin-" + i));
        }
        String site = created(admin, "/api/inventory/sites", Map.of("code", code("HS-"), "name", "Hostile site",
                "region", "Hostile region"));
        FIXTURES.put("sites", site);
        FIXTURES.put("zones", created(admin, "/api/inventory/zones", Map.of("siteId", site, "code", code("HZ"),
                "name", "Fence", "kind", "PERIMETER", "criticality", 3, "maxOutOfServiceFraction", 0.5)));
        String supplier = created(admin, "/api/supplier/suppliers", Map.of("name", "Hostile supplier " + code(""),
                "registrationNumber", code("HR-"), "country", "KR"));
        FIXTURES.put("suppliers", supplier);
        FIXTURES.put("devices", created(admin, "/api/inventory/devices", Map.of("serial", code("HSN"),
                "model", "XNO-6080R", "declaredManufacturer", "Local Vision", "declaredCountry", "KR",
                "macAddress", "E0:50:8B:AA:BB:01", "siteId", site, "zoneId", FIXTURES.get("zones"),
                "supplierId", supplier)));
        FIXTURES.put("cases", created(admin, "/api/supplier/cases", Map.of("supplierId", supplier, "type", "FRAUD")));
        FIXTURES.put("holds", FIXTURES.get("cases"));
        String vendor = created(admin, "/api/replacement/vendors", Map.of("name", "Hostile vendor " + code(""),
                "registrationNumber", code("HV-"), "country", "KR", "regions", List.of("Hostile region"),
                "installsPerDay", 5));
        FIXTURES.put("vendors", vendor);
        FIXTURES.put("models", created(admin, "/api/replacement/vendors/" + vendor + "/models",
                Map.of("manufacturer", "Hanwha Vision", "model", code("HQ-"), "countryOfOrigin", "KR",
                        "unitCost", 400, "installCost", 100, "leadTimeDays", 3)));
        FIXTURES.put("programmes", created(admin, "/api/replacement/programmes", Map.of("name", "Hostile " + code(""),
                "scope", Map.of(), "budget", 1000, "currency", "KRW", "startDate", "2027-03-01", "targetDate", "2027-06-30")));
        // Records the newer supplier and inventory operations work on, so their bodies meet real resources.
        String delivery = created(admin, "/api/supplier/suppliers/" + supplier + "/deliveries", Map.of(
                "contractNumber", code("HC-"), "deliveryDate", "2025-03-01", "declaredOrigin", "KR",
                "serials", List.of(code("HSN"))));
        FIXTURES.put("deliveries", delivery);
        FIXTURES.put("certificates", created(admin, "/api/supplier/deliveries/" + delivery + "/certificates", Map.of(
                "issuer", "Hostile chamber", "number", code("HCERT-"), "issueDate", "2025-03-01", "claimedOrigin", "KR",
                "documentSha256", "b".repeat(64))));
        FIXTURES.put("findings", created(admin, "/api/supplier/suppliers/" + supplier + "/findings", Map.of(
                "type", "ORIGIN_MISREPRESENTATION", "summary", "Hostile fixture finding")));
        FIXTURES.put("costs", created(admin, "/api/supplier/cases/" + FIXTURES.get("cases") + "/damages/costs", Map.of(
                "description", "Hostile fixture cost", "amount", 1000, "currency", "KRW", "incurredOn", "2025-03-01")));
        FIXTURES.put("lists", "countries-of-concern");
    }

    @Test
    void hostileRequestsGetA4xxProblemAndChangeNothing() throws Exception {
        Map<String, OpenApi.Operation> operations = OpenApi.operations();
        List<Case> cases = new ArrayList<>();
        for (OpenApi.Operation op : operations.values()) {
            if (op.servicePort() == 0) {
                continue;
            }
            cases.addAll(bodyCases(op));
            cases.addAll(pathParameterCases(op));
            cases.addAll(queryParameterCases(op));
        }
        cases.addAll(handPicked());

        Map<String, String> before = Database.snapshot(SCHEMAS);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, AtomicInteger> perService = new TreeMap<>();
        cases.forEach(c -> perService.computeIfAbsent(c.service(), s -> new AtomicInteger()).incrementAndGet());
        AtomicInteger sent = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> pending = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                String token = ADMINS.get(i % ADMINS.size());
                pending.add(pool.submit(() -> {
                    sent.incrementAndGet();
                    Http.Answer answer = c.call().bearer(token).send();
                    boolean ok = answer.status() >= 400 && answer.status() < 500 && answer.isProblem()
                            && (c.exactStatus() == null || c.exactStatus() == answer.status());
                    if (!ok) {
                        failures.add(c.service() + " " + c.call() + " [" + c.description() + "]: "
                                + (c.exactStatus() == null ? "" : "expected " + c.exactStatus() + ", ") + answer.brief());
                    }
                }));
            }
            for (Future<?> future : pending) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        Map<String, String> after = Database.snapshot(SCHEMAS);

        System.out.printf("hostile input: %d requests through the gateway %s, %d not answered with a 4xx problem%n",
                sent.get(), perService, failures.size());
        perService.forEach((service, count) -> assertTrue(count.get() >= 100,
                service + " got at least 100 hostile requests: " + count.get()));
        Collections.sort(failures);
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent.get() + " hostile requests were not answered "
                + "with a 4xx application/problem+json:\n  " + String.join("\n  ", failures));
        List<String> changed = before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table)))
                .map(table -> table + ": " + before.get(table) + " -> " + after.get(table)).toList();
        assertEquals(before.keySet(), after.keySet(), "the same tables exist");
        assertTrue(changed.isEmpty(), "hostile requests changed rows:\n  " + String.join("\n  ", changed));
    }

    /**
     * URIs that no HTTP client library sends (java.net.URI refuses them), written on a socket: a bad
     * percent-escape in the path or the query, a bare '%', characters outside RFC 3986. The gateway and each
     * service (its jar, as deployed) answer them with a 400 problem+json that says what is wrong.
     */
    @Test
    void malformedUrisGetA400ProblemFromTheGatewayAndEveryService() throws Exception {
        String token = ADMINS.get(0);
        Map<Integer, String> prefixes = new TreeMap<>(Map.of(Stack.GATEWAY_PORT, "/api/inventory",
                Stack.INVENTORY_PORT, "/api/inventory", Stack.REPLACEMENT_PORT, "/api/replacement",
                Stack.SUPPLIER_PORT, "/api/supplier"));
        List<String> failures = new ArrayList<>();
        for (Map.Entry<Integer, String> entry : prefixes.entrySet()) {
            for (String target : RawHttp.MALFORMED_TARGETS) {
                String answer = RawHttp.get(entry.getKey(), entry.getValue() + target, token);
                if (!answer.startsWith("HTTP/1.1 400 ") || !answer.toLowerCase().contains("content-type: application/problem+json")
                        || !answer.contains("The request URI is malformed")) {
                    failures.add(entry.getKey() + " " + entry.getValue() + target + ": " + answer.lines().findFirst().orElse("")
                            + " ... " + answer.substring(Math.max(0, answer.length() - 200)));
                }
            }
        }
        assertTrue(failures.isEmpty(), "malformed URIs not refused with a 400 problem+json:\n  " + String.join("\n  ", failures));
    }

    // ---------------------------------------------------------------------------------------------------
    // Generated from the documents
    // ---------------------------------------------------------------------------------------------------

    /** A path made concrete with existing records where the segment names them, random ids otherwise. */
    static String concretePath(OpenApi.Operation op, String hostileParam, String hostileValue) {
        String[] segments = op.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                if (name.equals(hostileParam)) {
                    path.append(hostileValue);
                } else {
                    // A hold needs no body, so even a refused-looking request could place one: no real target.
                    String existing = op.path().contains("/holds/") ? null : FIXTURES.get(segments[i - 1]);
                    path.append(existing != null ? existing : switch (name) {
                        case "number" -> "LC-1999-99999";
                        case "mac" -> "E0:50:8B:AA:BB:01";
                        case "kind" -> "MA-L";
                        default -> UUID.randomUUID().toString();
                    });
                }
            } else {
                path.append(segment);
            }
        }
        return Stack.GATEWAY + path;
    }

    @SuppressWarnings("unchecked")
    static List<Case> bodyCases(OpenApi.Operation op) {
        Map<String, Object> schema = op.jsonBodySchema();
        if (schema == null || !op.requestMediaTypes().contains("application/json")) {
            return List.of();
        }
        String service = OpenApi.serviceName(op.path());
        String url = concretePath(op, null, null);
        Object base = example(op, "", schema, 0);
        List<Case> cases = new ArrayList<>();
        for (Mutation mutation : mutations(op, schema, base, new ArrayList<>(), 0)) {
            cases.add(new Case(service, mutation.description(),
                    Http.call(op.method(), url).json(Json.write(mutation.apply(base))), null));
        }
        String json = Json.write(base);
        Map<String, String> whole = new LinkedHashMap<>();
        whole.put("truncated JSON", json.substring(0, json.length() / 2));
        whole.put("trailing garbage", json + " {\"x\":1} garbage");
        whole.put("single quotes", json.replace('"', '\''));
        whole.put("JSON with a raw NUL byte", json.startsWith("{\"") ? "{\"\u0000" + json.substring(2) : "[\"\u0000\"]");
        whole.put("nesting 10,000 deep", "[".repeat(10_000) + "]".repeat(10_000));
        whole.put("object nested 5,000 deep", "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000));
        whole.put("JSON null", "null");
        whole.put("a bare string", "\"" + SQL + "\"");
        whole.put("a bare number", "99999999999999999999999999");
        whole.put("the wrong shape", json.startsWith("[") ? "{}" : "[" + json + "]");
        whole.put("empty body", "");
        if (base instanceof Map<?, ?> map && !map.isEmpty()) {
            Map.Entry<?, ?> first = map.entrySet().iterator().next();
            whole.put("duplicate key " + first.getKey(), "{" + Json.quote(String.valueOf(first.getKey())) + ":"
                    + Json.write(first.getValue()) + "," + json.substring(1));
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("unexpected", HUGE);
            extra.putAll((Map<String, Object>) map);
            whole.put("unknown field with 100k chars", Json.write(extra));
        }
        whole.forEach((description, body) -> cases.add(new Case(service, description,
                Http.call(op.method(), url).json(body), null)));
        cases.add(new Case(service, "text/plain body", Http.call(op.method(), url).body("text/plain", json), null));
        cases.add(new Case(service, "XML body", Http.call(op.method(), url).body("application/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"), null));
        cases.add(new Case(service, "form body", Http.call(op.method(), url).body("application/x-www-form-urlencoded",
                "a=1&b=" + URLEncoder.encode(SQL, StandardCharsets.UTF_8)), null));
        return cases;
    }

    record Mutation(String description, List<Object> path, Object value, boolean remove) {
        @SuppressWarnings("unchecked")
        Object apply(Object base) {
            Object copy = deepCopy(base);
            Object parent = copy;
            for (int i = 0; i < path.size() - 1; i++) {
                Object key = path.get(i);
                parent = key instanceof Integer index ? ((List<Object>) parent).get(index) : ((Map<String, Object>) parent).get(key);
            }
            Object last = path.get(path.size() - 1);
            if (last instanceof Integer index) {
                ((List<Object>) parent).set(index, value);
            } else if (remove) {
                ((Map<String, Object>) parent).remove(last);
            } else {
                ((Map<String, Object>) parent).put((String) last, value);
            }
            return copy;
        }
    }

    @SuppressWarnings("unchecked")
    static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put((String) k, deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(HostileInputIT::deepCopy).toList());
        }
        return value;
    }

    /** Bad values for every field of the body, one at a time, everything else left valid. */
    @SuppressWarnings("unchecked")
    static List<Mutation> mutations(OpenApi.Operation op, Map<String, Object> schemaOrRef, Object base, List<Object> at,
            int depth) {
        Map<String, Object> schema = op.resolve(schemaOrRef);
        List<Mutation> out = new ArrayList<>();
        if (depth > 3) {
            return out;
        }
        if ("array".equals(schema.get("type")) && base instanceof List<?> list && !list.isEmpty()) {
            Map<String, Object> items = (Map<String, Object>) schema.getOrDefault("items", Map.of());
            List<Object> first = new ArrayList<>(at);
            first.add(0);
            out.addAll(valueMutations(op, "item", items, first));
            out.addAll(mutations(op, items, list.get(0), first, depth + 1));
            return out;
        }
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        if (properties == null || !(base instanceof Map<?, ?> object)) {
            return out;
        }
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            List<Object> path = new ArrayList<>(at);
            path.add(property.getKey());
            Map<String, Object> propertySchema = (Map<String, Object>) property.getValue();
            out.addAll(valueMutations(op, property.getKey(), propertySchema, path));
            if (required.contains(property.getKey())) {
                out.add(new Mutation("required " + property.getKey() + " missing", path, null, true));
                out.add(new Mutation("required " + property.getKey() + " null", path, null, false));
            }
            Object nested = object.get(property.getKey());
            if (nested instanceof Map || nested instanceof List) {
                out.addAll(mutations(op, propertySchema, nested, path, depth + 1));
            }
        }
        return out;
    }

    static List<Mutation> valueMutations(OpenApi.Operation op, String name, Map<String, Object> schemaOrRef,
            List<Object> path) {
        Map<String, Object> schema = op.resolve(schemaOrRef);
        String type = String.valueOf(schema.get("type"));
        List<Mutation> out = new ArrayList<>();
        java.util.function.BiConsumer<String, Object> add = (description, value) -> out.add(
                new Mutation(name + ": " + description, path, value, false));
        switch (type) {
            case "string" -> {
                boolean timestamp = "date-time".equals(schema.get("format"));
                add.accept(timestamp ? "a number instead of a timestamp" : "a number instead of text", 12345);
                add.accept("an object instead of text", Map.of("$gt", ""));
                add.accept("100k characters", HUGE);
                add.accept("a NUL character", NUL);
                if (constrained(name, schema)) {
                    add.accept("SQL injection", SQL);
                    add.accept("path traversal", TRAVERSAL);
                    add.accept("right-to-left override", RTL_OVERRIDE);
                    add.accept("unpaired surrogate", UNPAIRED_SURROGATE);
                    add.accept("control characters", CONTROL);
                    add.accept("blank", " ");
                }
                if (schema.get("enum") != null) {
                    add.accept("a value outside the enum", "NOT_A_" + name.toUpperCase());
                    add.accept("the enum in lower case", String.valueOf(((List<?>) schema.get("enum")).get(0)).toLowerCase());
                }
                if ("date".equals(schema.get("format"))) {
                    add.accept("30 February", "2026-02-30");
                    add.accept("a year beyond 9999", "+100000-01-01");
                    add.accept("a day-first date", "31/12/2026");
                }
                if ("date-time".equals(schema.get("format"))) {
                    add.accept("an hour 25", "2026-01-01T25:00:00Z");
                    add.accept("no zone", "not-a-time");
                }
                if ("uuid".equals(schema.get("format"))) {
                    add.accept("a short id", "1234");
                    add.accept("a UUID with a bad digit", "0190a000-0000-7000-8000-00000000000g");
                }
                String lower = name.toLowerCase();
                if (lower.contains("country")) {
                    add.accept("unknown country", "XX");
                    add.accept("lower-case country", "kr");
                    add.accept("alpha-3 country", "KOR");
                }
                if (lower.equals("macaddress")) {
                    add.accept("MAC with a bad digit", "E0:50:8B:12:34:5G");
                    add.accept("MAC too short", "E0:50:8B");
                    add.accept("MAC with mixed separators", "E0-50:8B.12:34-56");
                }
            }
            case "integer" -> {
                add.accept("text instead of a number", "12");
                add.accept("a fraction", 1.5);
                add.accept("beyond any long", new Json.Raw("99999999999999999999999"));
                add.accept("far below zero", new Json.Raw("-99999999999999999999999"));
                add.accept("a boolean", true);
                if (schema.get("minimum") instanceof Number min) {
                    add.accept("below its minimum", min.longValue() - 1);
                }
                if (schema.get("maximum") instanceof Number max) {
                    add.accept("above its maximum", max.longValue() + 1);
                }
            }
            case "number" -> {
                add.accept("text instead of a number", "12.5");
                add.accept("a boolean", false);
                add.accept("1e400", new Json.Raw("1e400"));
                add.accept("NaN", new Json.Raw("NaN"));
                add.accept("a negative", -1);
                add.accept("30 digits", new Json.Raw("123456789012345678901234567890.123"));
            }
            case "boolean" -> {
                add.accept("text instead of a boolean", "yes");
                add.accept("a number instead of a boolean", 1);
            }
            case "array" -> {
                add.accept("text instead of a list", "x");
                add.accept("an object instead of a list", Map.of());
                add.accept("a list of 100,000 items", Collections.nCopies(100_000, "x"));
            }
            case "object" -> {
                add.accept("a number instead of an object", 7);
                add.accept("a list instead of an object", List.of());
            }
            default -> {
            }
        }
        return out;
    }

    /** Fields whose value is checked against a shape: hostile text there must be refused, not stored. */
    static boolean constrained(String name, Map<String, Object> schema) {
        if (schema.get("enum") != null || Set.of("uuid", "date", "date-time").contains(String.valueOf(schema.get("format")))) {
            return true;
        }
        Object pattern = schema.get("pattern");
        String lower = name.toLowerCase();
        return (pattern != null && !pattern.equals("\\S")) || lower.contains("country") || lower.equals("currency")
                || lower.equals("macaddress");
    }

    /** A plausible valid instance of the schema, so that a single bad field is the only problem. */
    @SuppressWarnings("unchecked")
    static Object example(OpenApi.Operation op, String name, Map<String, Object> schemaOrRef, int depth) {
        Map<String, Object> schema = op.resolve(schemaOrRef);
        String type = String.valueOf(schema.get("type"));
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
                if (depth < 4) {
                    properties.forEach((key, value) -> object.put(key, example(op, key, (Map<String, Object>) value, depth + 1)));
                }
                return object;
            }
            case "array" -> {
                Object item = example(op, name, (Map<String, Object>) schema.getOrDefault("items", Map.of()), depth + 1);
                return new ArrayList<>(List.of(item));
            }
            case "integer" -> {
                return schema.get("minimum") instanceof Number min ? Math.max(min.longValue(), 1L) : 1;
            }
            case "number" -> {
                return schema.get("maximum") instanceof Number max && max.doubleValue() <= 1 ? 0.5 : 10;
            }
            case "boolean" -> {
                return false;
            }
            default -> {
                return exampleText(name, schema);
            }
        }
    }

    static String exampleText(String name, Map<String, Object> schema) {
        String format = String.valueOf(schema.get("format"));
        String lower = name.toLowerCase();
        if (format.equals("date")) {
            // Dates of things that happened must not lie ahead; a programme's dates must.
            return Set.of("deliveryDate", "issueDate", "incurredOn").contains(name) ? "2025-03-01" : "2027-03-01";
        }
        if (format.equals("date-time")) {
            return "2026-01-01T00:00:00Z";
        }
        if (format.equals("uuid") || lower.endsWith("id")) {
            String fixture = switch (name) {
                case "siteId" -> FIXTURES.get("sites");
                case "zoneId" -> FIXTURES.get("zones");
                case "supplierId" -> FIXTURES.get("suppliers");
                case "vendorId" -> FIXTURES.get("vendors");
                case "deviceId", "oldDeviceId" -> FIXTURES.get("devices");
                case "caseId" -> FIXTURES.get("cases");
                case "programmeId" -> FIXTURES.get("programmes");
                default -> null;
            };
            return fixture != null ? fixture : UUID.randomUUID().toString();
        }
        if (lower.contains("country")) {
            return "KR";
        }
        return switch (lower) {
            case "currency" -> "KRW";
            case "macaddress", "sourcemac" -> "E0:50:8B:12:34:56";
            case "ipaddress", "sourceip" -> "10.0.0.1";
            case "code" -> code("HC");
            case "serial" -> code("SN");
            case "registrationnumber" -> code("REG-");
            case "reportsha256" -> "a".repeat(64);
            case "protocol" -> "TCP";
            case "destination" -> "example.org";
            default -> "Systest value";
        };
    }

    @SuppressWarnings("unchecked")
    static List<Case> pathParameterCases(OpenApi.Operation op) {
        List<Case> cases = new ArrayList<>();
        String service = OpenApi.serviceName(op.path());
        Map<String, String> hostile = new LinkedHashMap<>();
        hostile.put("SQL injection", encode(SQL));
        hostile.put("encoded traversal", "..%2F..%2F..%2Fetc%2Fpasswd");
        hostile.put("encoded dot segment", "%2e%2e");
        hostile.put("NUL", "a%00b");
        hostile.put("right-to-left override", encode(RTL_OVERRIDE));
        hostile.put("invalid UTF-8", "%C0%AF%FF");
        hostile.put("3,000 characters", LONG_PARAM);
        for (Map<String, Object> param : op.parameters()) {
            if (!"path".equals(param.get("in"))) {
                continue;
            }
            String name = (String) param.get("name");
            Map<String, String> values = new LinkedHashMap<>(hostile);
            Map<String, Object> schema = op.resolve((Map<String, Object>) param.getOrDefault("schema", Map.of()));
            if ("uuid".equals(schema.get("format"))) {
                // Numbers are hostile only where an id is expected; some string parameters may be numbers.
                values.put("negative number", "-1");
                values.put("overflowing number", "99999999999999999999999");
            }
            values.forEach((description, value) -> {
                Http.Call call = Http.call(op.method(), concretePath(op, name, value));
                if (!op.requestMediaTypes().isEmpty()) {
                    call.json("{}");
                }
                cases.add(new Case(service, "path parameter " + name + ": " + description, call, null));
            });
        }
        return cases;
    }

    static final Set<String> CONSTRAINED_QUERY = Set.of("status", "riskLevel", "kind", "type", "syncState", "list",
            "country", "cursor", "publishedOn");

    @SuppressWarnings("unchecked")
    static List<Case> queryParameterCases(OpenApi.Operation op) {
        if (op.writes()) {
            return List.of();
        }
        List<Case> cases = new ArrayList<>();
        String service = OpenApi.serviceName(op.path());
        String url = concretePath(op, null, null);
        for (Map<String, Object> param : op.parameters()) {
            if (!"query".equals(param.get("in"))) {
                continue;
            }
            String name = (String) param.get("name");
            Map<String, Object> schema = op.resolve((Map<String, Object>) param.getOrDefault("schema", Map.of()));
            String type = String.valueOf(schema.get("type"));
            Map<String, Object> itemSchema = "array".equals(type)
                    ? op.resolve((Map<String, Object>) schema.getOrDefault("items", Map.of())) : schema;
            Map<String, String> values = new LinkedHashMap<>();
            switch (String.valueOf(itemSchema.get("type"))) {
                case "integer" -> {
                    values.put("text", "abc");
                    if (name.equals("limit") || itemSchema.get("minimum") instanceof Number) {
                        values.put("negative", "-1");
                    }
                    values.put("overflowing", "99999999999999999999");
                    values.put("fraction", "1.5");
                }
                case "boolean" -> values.put("not a boolean", "maybe");
                default -> {
                    if (name.endsWith("Id") || CONSTRAINED_QUERY.contains(name)) {
                        values.put("SQL injection", encode(SQL));
                        values.put("path traversal", encode(TRAVERSAL));
                        values.put("right-to-left override", encode(RTL_OVERRIDE));
                    }
                    if (itemSchema.get("maxLength") != null || name.endsWith("Id") || CONSTRAINED_QUERY.contains(name)) {
                        values.put("3,000 characters", LONG_PARAM);
                    }
                    values.put("NUL", "x%00y");
                }
            }
            values.forEach((description, value) -> cases.add(new Case(service, "query " + name + ": " + description,
                    Http.call(op.method(), url + "?" + name + "=" + value), null)));
        }
        return cases;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---------------------------------------------------------------------------------------------------
    // Hand-picked
    // ---------------------------------------------------------------------------------------------------

    static List<Case> handPicked() {
        List<Case> cases = new ArrayList<>();
        Map<String, String> writes = Map.of("inventory", "/api/inventory/sites", "replacement", "/api/replacement/vendors",
                "supplier", "/api/supplier/suppliers");
        for (Map.Entry<String, String> entry : writes.entrySet()) {
            String service = entry.getKey();
            String url = Stack.GATEWAY + entry.getValue();
            // Over the 10 MB limit: declared up front, and streamed without a length.
            cases.add(new Case(service, "11 MB with Content-Length", Http.call("POST", url).body("application/json",
                    () -> HttpRequest.BodyPublishers.ofByteArray(oversizeJson())), 413));
            cases.add(new Case(service, "11 MB streamed (chunked)", Http.call("POST", url).body("application/json",
                    () -> HttpRequest.BodyPublishers.ofInputStream(HostileInputIT::oversizeStream)), 413));
            String prefix = Stack.GATEWAY + "/api/" + service;
            cases.add(new Case(service, "dot segments", Http.call("GET", prefix + "/../../etc/passwd"), null));
            cases.add(new Case(service, "dot segments into another service",
                    Http.call("GET", prefix + "/../" + (service.equals("supplier") ? "inventory/sites" : "supplier/suppliers")), null));
            cases.add(new Case(service, "encoded dot segments", Http.call("GET", prefix + "/%2e%2e/%2e%2e/etc/passwd"), null));
            cases.add(new Case(service, "double slash", Http.call("GET", prefix + "//sites"), null));
            cases.add(new Case(service, "unknown path", Http.call("GET", prefix + "/does-not-exist/" + encode(SQL)), null));
            cases.add(new Case(service, "method not allowed", Http.call("PATCH", url).json("{}"), null));
            cases.add(new Case(service, "TRACE", Http.call("TRACE", url), null));
        }
        String site = FIXTURES.get("sites");
        // CSV imports are all or nothing: one bad row refuses the whole file.
        String header = "serial,asset_tag,model,declared_manufacturer,declared_country,mac_address,ip_address,"
                + "firmware_version,site_code,zone_code,supplier_id,contract_reference,install_date\n";
        String good = code("CSV") + ",,XNO-1,Local Vision,KR,E0:50:8B:00:11:22,,,NOSUCHSITE,,,,\n";
        Map<String, String> csv = new LinkedHashMap<>();
        csv.put("SQL in a MAC", header + code("CSV") + ",,XNO-1,Local Vision,KR," + SQL.replace(",", ";") + ",,,,,,,\n");
        csv.put("unknown country", header + code("CSV") + ",,XNO-1,Local Vision,XX,E0:50:8B:00:11:23,,,,,,,\n");
        csv.put("NUL in a serial", header + "A\u0000B,,XNO-1,Local Vision,KR,E0:50:8B:00:11:24,,,,,,,\n");
        csv.put("a good row, then a bad date", header + good + code("CSV") + ",,XNO-1,Local Vision,KR,"
                + "E0:50:8B:00:11:25,,,,,,,2026-02-30\n");
        csv.put("wrong header", "serial;model\n" + TRAVERSAL + ";x\n");
        csv.put("a 100k-character line", header + HUGE + "\n");
        csv.put("unbalanced quotes", header + "\"" + code("CSV") + ",,XNO-1\n");
        csv.put("binary garbage", "\u0000\u0001\u0002\u00ff\ufffe");
        csv.put("empty", "");
        csv.forEach((description, body) -> cases.add(new Case("inventory", "bulk import: " + description,
                Http.call("POST", Stack.GATEWAY + "/api/inventory/devices/bulk/import").body("text/csv", body), null)));
        cases.add(new Case("inventory", "bulk import: dryRun not a boolean", Http.call("POST",
                Stack.GATEWAY + "/api/inventory/devices/bulk/import?dryRun=maybe").body("text/csv", header), null));
        cases.add(new Case("inventory", "observations CSV: garbage", Http.call("POST",
                Stack.GATEWAY + "/api/inventory/observations").body("text/csv", "time,destination\n" + SQL + "\n"), null));
        cases.add(new Case("inventory", "observations: 10,001 records", Http.call("POST",
                Stack.GATEWAY + "/api/inventory/observations").json("[" + String.join(",", Collections.nCopies(10_001,
                        "{\"time\":\"2026-01-01T00:00:00Z\",\"destination\":\"example.org\",\"port\":1,\"protocol\":\"TCP\",\"bytes\":1}"))
                        + "]"), null));
        for (String kind : List.of(encode(TRAVERSAL), "MA-L%00", encode(SQL))) {
            cases.add(new Case("inventory", "registry upload to kind " + kind, Http.call("PUT",
                    Stack.GATEWAY + "/api/inventory/oui/registry/" + kind).body("text/csv", "Registry,Assignment\n"), null));
        }
        cases.add(new Case("inventory", "registry upload: garbage", Http.call("PUT",
                Stack.GATEWAY + "/api/inventory/oui/registry/MA-L").body("text/csv", "not,a,registry\n" + SQL + "\n"), null));
        cases.add(new Case("inventory", "registry upload: bad publishedOn", Http.call("PUT",
                Stack.GATEWAY + "/api/inventory/oui/registry/MA-L?publishedOn=" + encode(SQL)).body("text/csv",
                        "Registry,Assignment,Organization Name,Organization Address\n"), null));
        cases.add(new Case("inventory", "If-Match garbage", Http.call("PUT", Stack.GATEWAY + "/api/inventory/sites/" + site)
                .header("If-Match", SQL).json(Json.write(Map.of("code", code("HS-"), "name", "x", "region", "y"))), null));
        cases.add(new Case("inventory", "If-Match overflowing", Http.call("PUT", Stack.GATEWAY + "/api/inventory/sites/" + site)
                .header("If-Match", "\"99999999999999999999999\"").json(Json.write(Map.of("code", code("HS-"),
                        "name", "x", "region", "y"))), null));
        cases.add(new Case("supplier", "If-Match negative", Http.call("POST", Stack.GATEWAY + "/api/supplier/suppliers/"
                + FIXTURES.get("suppliers") + "/status").header("If-Match", "\"-1\"")
                .json(Json.write(Map.of("status", "SUSPENDED", "reason", "x"))), null));
        cases.add(new Case("replacement", "If-Match with a NUL", Http.call("POST", Stack.GATEWAY + "/api/replacement/vendors/"
                + FIXTURES.get("vendors") + "/status").header("If-Match", "\"1 OR 1=1\"")
                .json(Json.write(Map.of("status", "SUSPENDED"))), null));
        return cases;
    }

    static byte[] oversizeJson() {
        byte[] body = new byte[(int) TEN_MB + 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] start = "{\"name\":\"".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(start, 0, body, 0, start.length);
        java.util.Arrays.fill(body, start.length, body.length - 2, (byte) 'A');
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    static InputStream oversizeStream() {
        return new java.io.ByteArrayInputStream(oversizeJson());
    }

    // ---------------------------------------------------------------------------------------------------

    static String code(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String created(String token, String path, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Json.write(body))
                .when().post(Stack.GATEWAY + path).then().statusCode(201).extract().path("id");
    }
}
