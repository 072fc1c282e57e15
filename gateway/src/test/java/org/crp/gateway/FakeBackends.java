package org.crp.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP servers standing in for the services.
 * <ul>
 * <li>inventory: echoes what reached it (method, uri, headers, body byte count); serves stats, a
 * streamed download of any size, readiness and an OpenAPI document.</li>
 * <li>supplier: cases (filtered by {@code status}, repeated = OR, as supplier-service does), their summary
 * and deadlines (slowly for the user {@code sleepy}), each only for the roles supplier-service admits (403
 * otherwise), readiness, an OpenAPI document that collides with inventory's on one schema; echoes anything
 * else.</li>
 * <li>replacement: nobody listens on its port, unless a test calls {@link #startReplacement()}: then
 * it serves three ACTIVE programmes and their progress (the third's answers 500) to the roles
 * replacement-service admits, until {@link #stopReplacement()}.</li>
 * <li>{@link #callsBy(String)}: the overview's calls (inventory stats, supplier, replacement) each caller made;
 * {@link #requestsBy(String)} the same with their query strings.</li>
 * <li>slow ({@code /api/slow}): answers after 3 s, its timeout is 1 s, except on {@code /api/slow/patient/**}
 * (5 s, a route rule after the configured ones).</li>
 * <li>flaky ({@code /api/flaky}): answers 503 or 200 as told on {@code /control/fail|ok}, counts calls
 * on {@code /control/hits}.</li>
 * </ul>
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    /** Every case supplier-service has, newest first: one OPEN, one FILED (open too), one CLOSED. */
    static final List<String> CASES = List.of(
            "{\"id\":\"case-1\",\"title\":\"Misdeclared origin, lot 7\",\"status\":\"OPEN\"}",
            "{\"id\":\"case-2\",\"title\":\"Forged certificates\",\"status\":\"FILED\"}",
            "{\"id\":\"case-3\",\"title\":\"Late delivery, settled\",\"status\":\"CLOSED\"}");
    static final Set<String> CASE_STATUSES = Set.of("OPEN", "INVESTIGATING", "FILED", "IN_LITIGATION", "SETTLED",
            "JUDGMENT", "DISMISSED", "CLOSED");
    /** supplier-service's @RolesAllowed on cases and upcoming deadlines. */
    static final Set<String> CASE_READERS = Set.of("legal-counsel", "auditor", "admin", "service");
    /** supplier-service's @RolesAllowed on the case and deadline summaries (counts): a programme manager too. */
    static final Set<String> CASE_COUNT_READERS = Set.of("program-manager", "legal-counsel", "auditor", "admin", "service");
    /** replacement-service's @RolesAllowed on programmes and their progress. */
    static final Set<String> PROGRAMME_READERS = Set.of("program-manager", "auditor", "admin");
    static final String DEADLINES = "{\"items\":[{\"id\":\"deadline-1\",\"caseId\":\"case-1\",\"due\":\"2030-01-31\"}],"
            + "\"nextCursor\":null}";
    /** What supplier-service says of the upcoming deadlines when asked {@code total=true}: more than the page shows. */
    static final int DEADLINES_TOTAL = 61;
    static final String STATS = "{\"byStatus\":{\"IN_SERVICE\":12,\"REMOVED\":3},\"byRiskLevel\":{\"HIGH\":4,\"LOW\":11}}";

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern GROUPS = Pattern.compile("\"groups\"\\s*:\\s*\\[([^\\]]*)\\]");

    /** "subject path?query" of each call the overview's backends took (no '?' without a query). */
    private static final Queue<String> OVERVIEW_CALLS = new ConcurrentLinkedQueue<>();

    /** The paths of the overview backends' calls made with this subject's token, in order. */
    static List<String> callsBy(String subject) {
        return requestsBy(subject).stream().map(call -> call.contains("?") ? call.substring(0, call.indexOf('?')) : call)
                .toList();
    }

    /** The same calls with their raw query strings, such as {@code /api/supplier/deadlines?withinDays=30&total=true}. */
    static List<String> requestsBy(String subject) {
        return OVERVIEW_CALLS.stream().filter(call -> call.startsWith(subject + " "))
                .map(call -> call.substring(subject.length() + 1)).toList();
    }

    private final List<HttpServer> servers = new ArrayList<>();

    private static volatile int replacementPort;
    private static HttpServer replacement;

    static final String ACTIVE_PROGRAMMES = "{\"items\":[{\"id\":\"prog-1\",\"name\":\"Border posts\",\"status\":\"ACTIVE\"},"
            + "{\"id\":\"prog-2\",\"name\":\"Harbour\",\"status\":\"ACTIVE\"},"
            + "{\"id\":\"prog-3\",\"name\":\"Airport\",\"status\":\"ACTIVE\"}],\"nextCursor\":null}";
    static final String PROGRESS_1 = "{\"programmeId\":\"prog-1\",\"devices\":5,\"completed\":3,\"remaining\":2,"
            + "\"percentComplete\":60.0,\"byStatus\":{\"COMPLETED\":3},\"burnDown\":[],"
            + "\"projection\":{\"completionDate\":\"2027-03-17\",\"onTarget\":true}}";
    static final String PROGRESS_2 = "{\"programmeId\":\"prog-2\",\"devices\":4,\"completed\":0,\"remaining\":4,"
            + "\"percentComplete\":0.0,\"projection\":{\"completionDate\":null,\"onTarget\":null,"
            + "\"reason\":\"no work order was completed in the last 7 days, so there is no pace to project from\"}}";

    /** Starts the fake replacement-service on its (until now closed) port. */
    static synchronized void startReplacement() throws IOException {
        replacement = HttpServer.create(new InetSocketAddress("127.0.0.1", replacementPort), 0);
        replacement.createContext("/", exchange -> {
            try {
                drain(exchange);
                if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
                    respond(exchange, 401, "{\"status\":401}");
                    return;
                }
                record(exchange);
                if (!admitted(exchange, PROGRAMME_READERS)) {
                    respond(exchange, 403, "{\"status\":403}");
                    return;
                }
                switch (exchange.getRequestURI().getPath()) {
                    case "/api/replacement/programmes" -> respond(exchange, 200, ACTIVE_PROGRAMMES);
                    case "/api/replacement/programmes/prog-1/progress" -> respond(exchange, 200, PROGRESS_1);
                    case "/api/replacement/programmes/prog-2/progress" -> respond(exchange, 200, PROGRESS_2);
                    default -> respond(exchange, 500, "{\"status\":500}");
                }
            } finally {
                exchange.close();
            }
        });
        replacement.setExecutor(Executors.newFixedThreadPool(2));
        replacement.start();
    }

    static synchronized void stopReplacement() {
        if (replacement != null) {
            replacement.stop(0);
            replacement = null;
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            HttpServer inventory = server(8, FakeBackends::inventory);
            HttpServer supplier = server(4, FakeBackends::supplier);
            HttpServer slow = server(2, exchange -> {
                sleep(3_000);
                respond(exchange, 200, "{}");
            });
            AtomicBoolean failing = new AtomicBoolean();
            AtomicInteger hits = new AtomicInteger();
            HttpServer flaky = server(2, exchange -> flaky(exchange, failing, hits));
            int closedPort;
            try (ServerSocket probe = new ServerSocket(0)) {
                closedPort = probe.getLocalPort();
            }
            Map<String, String> config = new HashMap<>();
            config.put("crp.gateway.backends.inventory.url", url(inventory));
            replacementPort = closedPort;
            config.put("crp.gateway.backends.replacement.url", "http://127.0.0.1:" + closedPort);
            config.put("crp.gateway.backends.supplier.url", url(supplier));
            config.put("crp.gateway.backends.slow.prefix", "/api/slow");
            config.put("crp.gateway.backends.slow.url", url(slow));
            config.put("crp.gateway.backends.slow.timeout", "1s");
            config.put("crp.gateway.route-timeouts.rules[1].paths", "/api/slow/patient/**");
            config.put("crp.gateway.route-timeouts.rules[1].timeout", "5s");
            config.put("crp.gateway.backends.flaky.prefix", "/api/flaky");
            config.put("crp.gateway.backends.flaky.url", url(flaky));
            return config;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpServer server(int threads, HttpHandler handler) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try {
                handler.handle(exchange);
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(Executors.newFixedThreadPool(threads));
        server.start();
        servers.add(server);
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void inventory(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        switch (path) {
            case "/api/inventory/stats" -> {
                record(exchange);
                respond(exchange, 200, STATS);
            }
            case "/api/inventory/exports/devices.csv" -> download(exchange);
            case "/q/health/ready" -> respond(exchange, 200, "{\"status\":\"UP\",\"checks\":[]}");
            case "/q/openapi" -> respond(exchange, 200, openapi("inventory", "/api/inventory/devices",
                    "{\"type\":\"object\",\"properties\":{\"serial\":{\"type\":\"string\"}}}"));
            default -> echo(exchange);
        }
    }

    private static void supplier(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean overviewRead = "GET".equals(exchange.getRequestMethod()) && (path.equals("/api/supplier/cases")
                || path.equals("/api/supplier/cases/summary") || path.equals("/api/supplier/deadlines")
                || path.equals("/api/supplier/deadlines/summary"));
        if (overviewRead) {
            record(exchange);
            if (!admitted(exchange, path.endsWith("/summary") ? CASE_COUNT_READERS : CASE_READERS)) {
                drain(exchange);
                respond(exchange, 403, "{\"status\":403}");
                return;
            }
        }
        switch (path) {
            case "/api/supplier/cases" -> {
                if ("GET".equals(exchange.getRequestMethod())) {
                    drain(exchange);
                    cases(exchange);
                } else {
                    echo(exchange);
                }
            }
            // open (not CLOSED): 3 + 1 + 2 = 6
            case "/api/supplier/cases/summary" -> respond(exchange, 200, "{\"byStatus\":{\"OPEN\":3,\"INVESTIGATING\":1,"
                    + "\"FILED\":2,\"IN_LITIGATION\":0,\"SETTLED\":0,\"JUDGMENT\":0,\"DISMISSED\":0,\"CLOSED\":4},\"total\":10}");
            case "/api/supplier/deadlines/summary" -> respond(exchange, 200,
                    "{\"withinDays\":30,\"from\":\"2030-01-01\",\"until\":\"2030-01-31\",\"total\":4}");
            case "/api/supplier/deadlines" -> {
                if ("sleepy".equals(subject(exchange))) {
                    sleep(3_000);
                }
                respond(exchange, 200, asksForTotal(exchange)
                        ? DEADLINES.substring(0, DEADLINES.length() - 1) + ",\"total\":" + DEADLINES_TOTAL + "}"
                        : DEADLINES);
            }
            case "/q/health/ready" -> respond(exchange, 200, "{\"status\":\"UP\",\"checks\":[]}");
            case "/q/openapi" -> respond(exchange, 200, openapi("supplier", "/api/supplier/cases",
                    "{\"type\":\"object\",\"properties\":{\"caseId\":{\"type\":\"string\"}}}"));
            default -> echo(exchange);
        }
    }

    /** Like supplier-service's case list: {@code status} repeated is OR, an unknown one is 400, none is every case. */
    private static void cases(HttpExchange exchange) throws IOException {
        Set<String> statuses = new HashSet<>();
        String query = exchange.getRequestURI().getRawQuery();
        for (String pair : query == null ? new String[0] : query.split("&")) {
            if (pair.startsWith("status=")) {
                String status = URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
                if (!CASE_STATUSES.contains(status)) {
                    respond(exchange, 400, "{\"status\":400,\"detail\":\"unknown status " + status + "\"}");
                    return;
                }
                statuses.add(status);
            }
        }
        List<String> items = CASES.stream()
                .filter(c -> statuses.isEmpty() || statuses.stream().anyMatch(s -> c.contains("\"status\":\"" + s + "\"")))
                .toList();
        respond(exchange, 200, "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":null,\"total\":"
                + items.size() + "}");
    }

    private static void record(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        OVERVIEW_CALLS.add(subject(exchange) + " " + exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query));
    }

    /** Like supplier-service's lists: the total comes only with {@code total=true}. */
    private static boolean asksForTotal(HttpExchange exchange) {
        String query = exchange.getRequestURI().getRawQuery();
        return query != null && java.util.Arrays.asList(query.split("&")).contains("total=true");
    }

    /** Whether the token holds one of these roles (the services' @RolesAllowed). */
    private static boolean admitted(HttpExchange exchange, Set<String> roles) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || authorization.split("\\.").length < 2) {
            return false;
        }
        String payload = new String(Base64.getUrlDecoder().decode(authorization.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = GROUPS.matcher(payload);
        if (!m.find()) {
            return false;
        }
        for (String role : m.group(1).split(",")) {
            if (roles.contains(role.trim().replace("\"", ""))) {
                return true;
            }
        }
        return false;
    }

    private static void flaky(HttpExchange exchange, AtomicBoolean failing, AtomicInteger hits) throws IOException {
        drain(exchange);
        switch (exchange.getRequestURI().getPath()) {
            case "/control/fail" -> {
                failing.set(true);
                respond(exchange, 204, null);
            }
            case "/control/ok" -> {
                failing.set(false);
                respond(exchange, 204, null);
            }
            case "/control/hits" -> respond(exchange, 200, Integer.toString(hits.get()));
            default -> {
                hits.incrementAndGet();
                if (failing.get()) {
                    respond(exchange, 503, "{\"flaky\":\"failing\"}");
                } else {
                    respond(exchange, 200, "{\"flaky\":\"fine\"}");
                }
            }
        }
    }

    /** A document with one path and one schema "Item", defined differently by each service. */
    private static String openapi(String service, String path, String itemSchema) {
        return "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"CRP " + service + "-service\",\"version\":\"1\"},"
                + "\"tags\":[{\"name\":\"" + service + "\"}],"
                + "\"paths\":{\"" + path + "\":{\"get\":{\"tags\":[\"" + service + "\"],\"responses\":{\"200\":"
                + "{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Item\"}}}}}}}},"
                + "\"components\":{\"schemas\":{\"Item\":" + itemSchema + "},"
                + "\"securitySchemes\":{\"SecurityScheme\":{\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"}}}}";
    }

    private static void echo(HttpExchange exchange) throws IOException {
        long bodyBytes = drain(exchange);
        StringBuilder headers = new StringBuilder();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (headers.length() > 0) {
                headers.append(',');
            }
            headers.append('"').append(name.toLowerCase()).append("\":\"")
                    .append(String.join(", ", values).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        });
        String json = String.format(
                "{\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"requestId\":\"%s\",\"bodyBytes\":%d,\"headers\":{%s}}",
                exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Request-Id"), bodyBytes, headers);
        // Like the services: the request id comes back on the answer.
        if (exchange.getRequestHeaders().getFirst("X-Request-Id") != null) {
            exchange.getResponseHeaders().add("X-Request-Id", exchange.getRequestHeaders().getFirst("X-Request-Id"));
        }
        exchange.getResponseHeaders().add("Connection", "X-Backend-Hop");
        exchange.getResponseHeaders().add("X-Backend-Hop", "must not reach the caller");
        exchange.getResponseHeaders().add("Keep-Alive", "timeout=5");
        respond(exchange, 200, json);
    }

    /** {@code ?bytes=N}: N bytes streamed in chunks, never held in memory. */
    private static void download(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        long bytes = Long.parseLong(query.substring(query.indexOf("bytes=") + 6));
        exchange.getResponseHeaders().add("Content-Type", "text/csv");
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'x');
        try (OutputStream out = exchange.getResponseBody()) {
            long left = bytes;
            while (left > 0) {
                int n = (int) Math.min(chunk.length, left);
                out.write(chunk, 0, n);
                left -= n;
            }
        }
    }

    private static long drain(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static String subject(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || authorization.split("\\.").length < 2) {
            return null;
        }
        String payload = new String(Base64.getUrlDecoder().decode(authorization.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher m = SUBJECT.matcher(payload);
        return m.find() ? m.group(1) : null;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        servers.forEach(s -> s.stop(0));
        stopReplacement();
    }
}
