package org.crp.gateway.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.backend.Backend;
import org.crp.gateway.backend.BackendFetch;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.config.GatewayConfig;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

/**
 * The one OpenAPI document: the gateway's own ({@code META-INF/openapi.json}, also served by SmallRye
 * OpenAPI at {@code /q/openapi}) merged with each service's, fetched when asked with a timeout each and
 * kept for a short while. A document missing a service is kept for at most 5 s.
 */
@ApplicationScoped
public class OpenApiService {

    private static final long DEGRADED_CACHE_MILLIS = 5_000L;

    private final Backends backends;
    private final BackendFetch fetch;
    private final GatewayConfig.OpenApi config;
    private final JsonObject own;
    private volatile Cached cached;
    private Future<JsonObject> building;

    OpenApiService(Backends backends, BackendFetch fetch, GatewayConfig config) {
        this.backends = backends;
        this.fetch = fetch;
        this.config = config.openapi();
        this.own = loadOwn();
    }

    public Future<JsonObject> document() {
        Cached current = cached;
        if (current != null && System.currentTimeMillis() < current.freshUntil) {
            return Future.succeededFuture(current.document);
        }
        synchronized (this) {
            if (building == null) {
                building = build().onComplete(done -> {
                    synchronized (this) {
                        building = null;
                    }
                });
            }
            return building;
        }
    }

    private Future<JsonObject> build() {
        List<Backend> documented = backends.all().stream().filter(b -> b.config().openapiPath().isPresent()).toList();
        List<Future<Buffer>> fetched = new ArrayList<>();
        for (Backend backend : documented) {
            fetched.add(fetch.get(backend, backend.config().openapiPath().get(), config.timeout(), Map.of()));
        }
        return Future.join(fetched).transform(ignored -> {
            Map<String, JsonObject> documents = new TreeMap<>();
            Map<String, String> missing = new TreeMap<>();
            for (int i = 0; i < documented.size(); i++) {
                Backend backend = documented.get(i);
                Future<Buffer> result = fetched.get(i);
                if (result.succeeded()) {
                    try {
                        documents.put(backend.name(), result.result().toJsonObject());
                    } catch (RuntimeException e) {
                        missing.put(backend.serviceName(), "document is not JSON");
                    }
                } else {
                    missing.put(backend.serviceName(), result.cause() instanceof BackendFetch.Failed f ? f.reason()
                            : "failed");
                }
            }
            JsonObject merged = OpenApiMerger.merge(own, documents, missing);
            long keep = missing.isEmpty() ? config.cacheFor().toMillis()
                    : Math.min(config.cacheFor().toMillis(), DEGRADED_CACHE_MILLIS);
            cached = new Cached(merged, System.currentTimeMillis() + keep);
            return Future.succeededFuture(merged);
        });
    }

    private static JsonObject loadOwn() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("META-INF/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("META-INF/openapi.json is missing from the gateway");
            }
            return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Cached(JsonObject document, long freshUntil) {
    }
}
