package org.crp.gateway.overview;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.backend.Backend;
import org.crp.gateway.backend.BackendFetch;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.config.GatewayConfig;
import org.crp.gateway.policy.RoutePolicy;

import io.quarkus.runtime.Startup;

import io.vertx.core.Future;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The programme overview: inventory stats, active programmes with their progress, open cases and
 * deadlines due soon, fetched in parallel with the caller's own token, each with its own timeout. What
 * comes back is passed through unchanged; what does not is left out and named under {@code degraded}.
 * Each active programme also gets a {@code progress} summary (percent complete, projected completion)
 * from replacement-service's progress endpoint, asked for all programmes in parallel once the list is
 * in; a programme whose progress does not come is named under {@code degraded} as well.
 * Callers without a case-detail role get case and deadline counts only.
 * <p>
 * A part is asked for only if the caller holds one of its readers ({@code crp.gateway.overview.readers}, the
 * roles the part's service endpoint admits); the others are left out, not fetched and not named under
 * {@code degraded}, which is for parts that failed. At startup each reader must also pass the gateway's route
 * policy for the part's path, so that the overview never fetches for a role what the gateway would refuse it.
 */
@ApplicationScoped
@Startup // built at startup, so that readers the route policy refuses stop the gateway there, not a caller's overview
public class OverviewService {

    /**
     * One part of the overview, the service call that provides it and the roles that may read it.
     * {@code countUri}, when set, is what a caller without a case-detail role is sent to instead.
     */
    record Part(String key, String backend, String uri, boolean caseDetail, String countUri, Set<String> readers) {
        String uriFor(boolean details) {
            return details || countUri == null ? uri : countUri;
        }

        boolean readableBy(Set<String> roles) {
            return roles.stream().anyMatch(readers::contains);
        }
    }

    /**
     * What supplier-service calls an open case: every {@code CaseStatus} but {@code CLOSED} (its exposure's
     * open count). Its case list takes a repeated {@code status} as OR, so the overview asks for all of them.
     */
    static final List<String> OPEN_CASE_STATUSES = List.of("OPEN", "INVESTIGATING", "FILED", "IN_LITIGATION",
            "SETTLED", "JUDGMENT", "DISMISSED");
    static final String CLOSED_CASE_STATUS = "CLOSED";

    /** The most programmes whose progress one overview asks for (the list's default page). */
    static final int MAX_PROGRESS = 50;

    private final Backends backends;
    private final BackendFetch fetch;
    private final GatewayConfig.Overview config;
    private final List<Part> parts;

    OverviewService(Backends backends, BackendFetch fetch, GatewayConfig config, RoutePolicy policy) {
        this.backends = backends;
        this.fetch = fetch;
        this.config = config.overview();
        Map<String, List<String>> readers = this.config.readers();
        String openCases = OPEN_CASE_STATUSES.stream().map(status -> "status=" + status)
                .collect(Collectors.joining("&"));
        this.parts = List.of(
                new Part("inventory", "inventory", "/api/inventory/stats", false, null, readersOf("inventory", readers)),
                new Part("programmes", "replacement", "/api/replacement/programmes?status=ACTIVE", false, null,
                        readersOf("programmes", readers)),
                // the overview's cases are the open ones, as supplier-service counts them; a programme manager
                // reads case counts only, not the cases
                new Part("cases", "supplier",
                        "/api/supplier/cases?" + openCases + "&limit=" + this.config.caseLimit() + "&total=true", true,
                        "/api/supplier/cases/summary", readersOf("cases", readers)),
                // likewise the deadlines, soonest first, with how many there are beyond the page shown; a programme
                // manager reads how many fall due, not which
                new Part("deadlines", "supplier",
                        "/api/supplier/deadlines?withinDays=" + this.config.deadlineDays() + "&total=true", true,
                        "/api/supplier/deadlines/summary?withinDays=" + this.config.deadlineDays(),
                        readersOf("deadlines", readers)));
        List<String> unknown = readers.keySet().stream()
                .filter(key -> parts.stream().noneMatch(part -> part.key().equals(key))).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalStateException("crp.gateway.overview.readers names parts the overview does not have: "
                    + unknown);
        }
        checkAgainst(policy);
    }

    private static Set<String> readersOf(String part, Map<String, List<String>> readers) {
        List<String> roles = readers.get(part);
        if (roles == null || roles.isEmpty()) {
            throw new IllegalStateException("crp.gateway.overview.readers." + part + " is not set: say which roles read it");
        }
        return Set.copyOf(roles.stream().map(String::trim).toList());
    }

    /** Every reader of a part must pass the route policy for the path it would be sent to. */
    private void checkAgainst(RoutePolicy policy) {
        List<String> refused = new ArrayList<>();
        for (Part part : parts) {
            for (String role : part.readers()) {
                String uri = part.uriFor(config.caseDetailRoles().contains(role));
                String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
                if (!policy.allows("GET", path, Set.of(role))) {
                    refused.add(part.key() + ": " + role + " (GET " + path + ")");
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("crp.gateway.overview.readers names roles the route policy refuses: " + refused);
        }
    }

    public Future<JsonObject> overview(String authorization, String requestId, Set<String> roles) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", authorization);
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        boolean details = config.caseDetailRoles().stream().anyMatch(roles::contains);
        List<Part> readable = parts.stream().filter(part -> part.readableBy(roles)).toList();
        Queue<JsonObject> progressMissing = new ConcurrentLinkedQueue<>();
        List<Future<Object>> fetched = readable.stream().map(part -> {
            Future<Object> answer = fetchPart(part, part.uriFor(details), headers);
            return "programmes".equals(part.key())
                    ? answer.compose(page -> withProgress(part.backend(), page, headers, progressMissing))
                    : answer;
        }).toList();
        return Future.join(fetched).transform(ignored -> {
            JsonObject overview = new JsonObject();
            JsonArray degraded = new JsonArray();
            for (int i = 0; i < readable.size(); i++) {
                Part part = readable.get(i);
                Future<Object> result = fetched.get(i);
                if (result.succeeded()) {
                    overview.put(part.key(), part.caseDetail() && !details ? countOnly(result.result()) : result.result());
                } else {
                    String reason = result.cause() instanceof BackendFetch.Failed failed ? failed.reason()
                            : "failed";
                    degraded.add(new JsonObject().put("part", part.key()).put("backend", part.backend() + "-service")
                            .put("reason", reason));
                }
            }
            progressMissing.forEach(degraded::add);
            overview.put("degraded", degraded);
            return Future.succeededFuture(overview);
        });
    }

    private Future<Object> fetchPart(Part part, String uri, Map<String, String> headers) {
        return backends.named(part.backend())
                .map(backend -> fetch.get(backend, uri, config.timeout(), headers)
                        .compose(body -> {
                            try {
                                return Future.succeededFuture(Json.decodeValue(body));
                            } catch (RuntimeException e) {
                                return Future.failedFuture(new BackendFetch.Failed("answer is not JSON"));
                            }
                        }))
                .orElseGet(() -> Future.failedFuture(new BackendFetch.Failed("not configured")));
    }

    /**
     * Puts a {@code progress} summary on each programme of the page, asking for all of them at once;
     * a programme whose progress does not come keeps no summary and is named in {@code missing}.
     */
    private Future<Object> withProgress(String backendName, Object page, Map<String, String> headers,
            Queue<JsonObject> missing) {
        Backend backend = backends.named(backendName).orElse(null);
        if (backend == null || !(page instanceof JsonObject list) || !(list.getValue("items") instanceof JsonArray items)) {
            return Future.succeededFuture(page);
        }
        List<Future<Void>> asked = new ArrayList<>();
        for (int i = 0; i < Math.min(items.size(), MAX_PROGRESS); i++) {
            if (!(items.getValue(i) instanceof JsonObject programme) || !(programme.getValue("id") instanceof String id)) {
                continue;
            }
            String uri = "/api/replacement/programmes/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/progress";
            asked.add(fetch.get(backend, uri, config.timeout(), headers)
                    .<Void>map(body -> {
                        programme.put("progress", progressSummary(new JsonObject(body)));
                        return null;
                    })
                    .recover(failure -> {
                        missing.add(new JsonObject().put("part", "progress").put("programmeId", id)
                                .put("backend", backendName + "-service")
                                .put("reason", failure instanceof BackendFetch.Failed failed ? failed.reason()
                                        : "answer is not JSON"));
                        return Future.succeededFuture();
                    }));
        }
        return Future.join(asked).transform(ignored -> Future.succeededFuture(page));
    }

    /**
     * What the overview shows of a programme's progress: how far it is and when it will be done;
     * {@code projectedCompletion} is null, with {@code projectionReason}, when there is no pace to project from.
     */
    static JsonObject progressSummary(JsonObject progress) {
        JsonObject projection = progress.getValue("projection") instanceof JsonObject p ? p : new JsonObject();
        JsonObject summary = new JsonObject()
                .put("percentComplete", progress.getValue("percentComplete"))
                .put("devices", progress.getValue("devices"))
                .put("completed", progress.getValue("completed"))
                .put("remaining", progress.getValue("remaining"))
                .put("projectedCompletion", projection.getValue("completionDate"))
                .put("onTarget", projection.getValue("onTarget"));
        if (projection.getValue("reason") != null) {
            summary.put("projectionReason", projection.getValue("reason"));
        }
        return summary;
    }

    /**
     * {@code {"count": n}}: from a case summary the open cases (every status but CLOSED), from a list its
     * {@code total} if the service gave one, else its length.
     */
    static JsonObject countOnly(Object listAnswer) {
        long count;
        if (listAnswer instanceof JsonObject summary && summary.getValue("byStatus") instanceof JsonObject byStatus) {
            count = 0L;
            for (Map.Entry<String, Object> entry : byStatus) {
                if (!CLOSED_CASE_STATUS.equals(entry.getKey()) && entry.getValue() instanceof Number n) {
                    count += n.longValue();
                }
            }
        } else if (listAnswer instanceof JsonObject page) {
            Object total = page.getValue("total");
            Object items = page.getValue("items");
            count = total instanceof Number n ? n.longValue()
                    : items instanceof JsonArray array ? array.size() : 0L;
        } else if (listAnswer instanceof JsonArray array) {
            count = array.size();
        } else {
            count = 0L;
        }
        return new JsonObject().put("count", count);
    }
}
