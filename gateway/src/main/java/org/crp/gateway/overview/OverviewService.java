package org.crp.gateway.overview;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.backend.BackendFetch;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.config.GatewayConfig;

import io.vertx.core.Future;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The programme overview: inventory stats, active programmes with their progress, open cases and
 * deadlines due soon, fetched in parallel with the caller's own token, each with its own timeout. What
 * comes back is passed through unchanged; what does not is left out and named under {@code degraded}.
 * Callers without a case-detail role get case and deadline counts only.
 */
@ApplicationScoped
public class OverviewService {

    /** One part of the overview and the service call that provides it. */
    /** {@code countUri}, when set, is what a caller without a case-detail role is sent to instead. */
    record Part(String key, String backend, String uri, boolean caseDetail, String countUri) {
        String uriFor(boolean details) {
            return details || countUri == null ? uri : countUri;
        }
    }

    private final Backends backends;
    private final BackendFetch fetch;
    private final GatewayConfig.Overview config;
    private final List<Part> parts;

    OverviewService(Backends backends, BackendFetch fetch, GatewayConfig config) {
        this.backends = backends;
        this.fetch = fetch;
        this.config = config.overview();
        this.parts = List.of(
                new Part("inventory", "inventory", "/api/inventory/stats", false, null),
                new Part("programmes", "replacement", "/api/replacement/programmes?status=ACTIVE", false, null),
                // supplier-service lets a programme manager read case counts only, not the cases
                new Part("cases", "supplier",
                        "/api/supplier/cases?status=OPEN&limit=" + this.config.caseLimit() + "&total=true", true,
                        "/api/supplier/cases/summary"),
                new Part("deadlines", "supplier",
                        "/api/supplier/deadlines?withinDays=" + this.config.deadlineDays(), true, null));
    }

    public Future<JsonObject> overview(String authorization, String requestId, Set<String> roles) {
        Map<String, String> headers = new HashMap<>();
        headers.put("Authorization", authorization);
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        boolean details = config.caseDetailRoles().stream().anyMatch(roles::contains);
        List<Future<Object>> fetched = parts.stream().map(part -> fetchPart(part, part.uriFor(details), headers)).toList();
        return Future.join(fetched).transform(ignored -> {
            JsonObject overview = new JsonObject();
            JsonArray degraded = new JsonArray();
            for (int i = 0; i < parts.size(); i++) {
                Part part = parts.get(i);
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
     * {@code {"count": n}}: from a summary its OPEN count, from a list its {@code total} if the
     * service gave one, else its length.
     */
    static JsonObject countOnly(Object listAnswer) {
        long count;
        if (listAnswer instanceof JsonObject summary && summary.getValue("byStatus") instanceof JsonObject byStatus) {
            count = byStatus.getLong("OPEN", 0L);
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
