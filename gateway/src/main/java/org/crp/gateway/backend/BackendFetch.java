package org.crp.gateway.backend;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Small GETs the gateway makes on its own account (overview parts, OpenAPI documents, readiness),
 * each bounded by its own timeout. Only a 2xx answer counts; anything else fails with a short reason
 * fit to show a caller. These calls never train the breakers (only forwarded traffic does), but an
 * open breaker is respected.
 */
@ApplicationScoped
public class BackendFetch {

    private final Backends backends;

    BackendFetch(Backends backends) {
        this.backends = backends;
    }

    public Future<Buffer> get(Backend backend, String uri, Duration timeout, Map<String, String> headers) {
        if (backend.isOpen()) {
            return Future.failedFuture(new Failed("circuit open"));
        }
        RequestOptions options = backend.request(HttpMethod.GET, uri, timeout.toMillis())
                .setTimeout(timeout.toMillis())
                .setConnectTimeout(Math.min(timeout.toMillis(), backend.config().connectTimeout().toMillis()));
        headers.forEach(options::putHeader);
        options.putHeader("Accept", "application/json");
        return backends.client().request(options)
                .recover(failure -> Future.failedFuture(new Failed(isTimeout(failure) ? "timeout" : "unreachable")))
                .compose(request -> request.send()
                        .compose(response -> response.statusCode() / 100 == 2 ? response.body()
                                : response.body().transform(ignored -> Future.failedFuture(
                                        new Failed("answered " + response.statusCode())))))
                .recover(failure -> Future.failedFuture(failure instanceof Failed ? failure
                        : new Failed(isTimeout(failure) ? "timeout" : "failed: " + failure.getClass().getSimpleName())));
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Why a fetch gave nothing: {@code unreachable}, {@code timeout}, {@code circuit open}, {@code answered 404}. */
    public static final class Failed extends RuntimeException {
        public Failed(String reason) {
            super(reason, null, false, false);
        }

        public String reason() {
            return getMessage();
        }
    }
}
