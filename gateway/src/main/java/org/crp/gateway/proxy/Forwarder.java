package org.crp.gateway.proxy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.crp.gateway.backend.Backend;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.edge.AccessLog;
import org.crp.gateway.edge.Problems;
import org.crp.gateway.edge.RequestIds;
import org.crp.gateway.limit.BodySizeLimits;
import org.crp.gateway.limit.RouteTimeouts;
import org.jboss.logging.Logger;

import io.vertx.circuitbreaker.OpenCircuitException;
import io.vertx.core.Promise;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards a call to its service with vertx-http-proxy: bodies stream both ways (Vert.x pipes with
 * back-pressure, nothing is buffered), through the service's circuit breaker, with the service's
 * connect timeout and the route's timeout. Unreachable, silent or failing services and refused bodies are answered as problem+json.
 */
@ApplicationScoped
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    /** A long upload tells the service's idle timer about its progress at most this often. */
    private static final long PROGRESS_EVERY_NANOS = 500_000_000L;
    private static final Set<HttpMethod> RETRYABLE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Backends backends;
    private final BodySizeLimits limits;
    private final RouteTimeouts timeouts;

    Forwarder(Backends backends, BodySizeLimits limits, RouteTimeouts timeouts) {
        this.backends = backends;
        this.limits = limits;
        this.timeouts = timeouts;
    }

    /** 413 at once for a declared body over the route's limit; a streamed body is counted while it flows. */
    public void refuseDeclaredOversizeBody(RoutingContext ctx) {
        String declared = ctx.request().getHeader("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                Problems.send(ctx, 400, "bad-request", "Bad request", "Content-Length is not a number");
                return;
            }
            long max = limits.maxFor(ctx.request().path());
            if (length > max) {
                if (length > limits.drainMax()) {
                    // Not worth reading just to drop it: the connection goes after the answer.
                    ctx.response().putHeader("Connection", "close");
                }
                tooLarge(ctx, max);
                return;
            }
        }
        ctx.next();
    }

    public void forward(RoutingContext ctx, Backend backend) {
        AccessLog.backend(ctx, backend.name());
        HttpServerRequest in = ctx.request();
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(in);
        ForwardedHeaders.toService(in, proxyRequest.headers());
        proxyRequest.putHeader(RequestIds.HEADER, RequestIds.of(ctx));
        if (proxyRequest.headers().contains("Expect")) {
            // Everything that could refuse the body has passed: ask the caller for it now.
            proxyRequest.headers().remove("Expect");
            if ("100-continue".equalsIgnoreCase(in.getHeader("Expect"))) {
                ctx.response().writeContinue();
            }
        }
        Exchange exchange = new Exchange(timeouts.timeoutFor(backend, in.path()).toMillis());
        if (hasBody(in)) {
            long max = limits.maxFor(in.path());
            exchange.body = new LimitedBody(in, max, limits.drainMax(), exchange::bodyTooLarge, exchange::progress);
            proxyRequest.setBody(Body.body(exchange.body, proxyRequest.getBody().length()));
        } else {
            // Nothing to stream: the service gets an empty body without a pipe.
            proxyRequest.setBody(null);
        }
        boolean retryable = proxyRequest.getBody() == null && RETRYABLE.contains(in.method());
        backend.breaker().<ProxyResponse>execute(attempt -> send(ctx, backend, proxyRequest, exchange, attempt, retryable))
                .onComplete(outcome -> {
                    if (outcome.succeeded() && outcome.result() != null) {
                        relay(ctx, outcome.result());
                    } else if (outcome.failed() && outcome.cause() instanceof FailedAnswer answer) {
                        relay(ctx, answer.response);
                    } else {
                        proxyRequest.release();
                        if (exchange.refused()) {
                            tooLarge(ctx, limits.maxFor(in.path()));
                        } else if (outcome.failed()) {
                            answerFailure(ctx, backend, outcome.cause());
                        }
                    }
                });
    }

    /**
     * One try at the service. A kept-alive connection the service closed just as it was reused fails a
     * call that never reached it, and a connection attempt can fail once under load; a call without a
     * body that cannot change anything (GET, HEAD, OPTIONS) is then tried once more.
     */
    private void send(RoutingContext ctx, Backend backend, ProxyRequest proxyRequest, Exchange exchange,
            Promise<ProxyResponse> attempt, boolean retryable) {
        HttpServerRequest in = ctx.request();
        backends.client().request(backend.request(in.method(), in.uri(), exchange.idleTimeoutMillis))
                .onFailure(failure -> {
                    if (retryable && !ctx.response().closed()) {
                        send(ctx, backend, proxyRequest, exchange, attempt, false);
                    } else {
                        attempt.fail(new Unreachable(failure));
                    }
                })
                .onSuccess(clientRequest -> {
                    exchange.clientRequest = clientRequest;
                    proxyRequest.send(clientRequest).onComplete(sent -> {
                        if (sent.succeeded()) {
                            exchange.responded = true;
                            ProxyResponse response = sent.result();
                            if (countsAgainstService(response.getStatusCode())) {
                                attempt.fail(new FailedAnswer(response));
                            } else {
                                attempt.complete(response);
                            }
                        } else if (exchange.refused() || ctx.response().closed()) {
                            // The caller's doing (oversize body, went away), not the service's.
                            attempt.complete(null);
                        } else if (retryable && sent.cause() instanceof HttpClosedException) {
                            LOG.debugf("Retrying on another connection [requestId=%s]", RequestIds.of(ctx));
                            send(ctx, backend, proxyRequest, exchange, attempt, false);
                        } else {
                            exchange.responded = true;
                            attempt.fail(sent.cause());
                        }
                    });
                });
    }

    private static void relay(RoutingContext ctx, ProxyResponse response) {
        if (ctx.response().closed()) {
            // The caller hung up while the service answered: nothing to relay to.
            response.release();
            return;
        }
        ForwardedHeaders.toCaller(response.headers());
        // What the gateway already put on the answer (X-Request-Id, CORS) is not repeated from the service's.
        for (Map.Entry<String, String> own : ctx.response().headers()) {
            response.headers().remove(own.getKey());
        }
        try {
            response.send();
        } catch (IllegalStateException e) {
            // The service's answer was torn down meanwhile (its connection reset): the caller's goes too.
            LOG.debugf("Relaying failed [requestId=%s]: %s", RequestIds.of(ctx), e.getMessage());
            ctx.response().reset();
        }
    }

    private static boolean hasBody(HttpServerRequest in) {
        String length = in.getHeader("Content-Length");
        if (length != null) {
            return !"0".equals(length.trim());
        }
        String encoding = in.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase().contains("chunked");
    }

    /** The service is in trouble, as opposed to refusing this one call. */
    private static boolean countsAgainstService(int status) {
        return status == 502 || status == 503 || status == 504;
    }

    private static void tooLarge(RoutingContext ctx, long max) {
        Problems.send(ctx, 413, "payload-too-large", "Payload too large",
                "The request body is larger than this route accepts (" + max + " bytes)");
    }

    private static void answerFailure(RoutingContext ctx, Backend backend, Throwable failure) {
        if (failure instanceof OpenCircuitException) {
            Problems.send(ctx, 503, "circuit-open", "Backend unavailable", backend.serviceName()
                    + " failed repeatedly and is given a rest; retry after the time in Retry-After",
                    backend.retryAfterSeconds());
        } else if (failure instanceof Unreachable) {
            Problems.send(ctx, 503, "backend-unavailable", "Backend unavailable",
                    backend.serviceName() + " is not reachable; retry shortly");
        } else if (isTimeout(failure)) {
            Problems.send(ctx, 504, "backend-timeout", "Backend timeout",
                    backend.serviceName() + " did not answer in time");
        } else {
            LOG.warnf("Forwarding to %s failed [requestId=%s]: %s", backend.name(), RequestIds.of(ctx), failure);
            Problems.send(ctx, 502, "bad-gateway", "Bad gateway", backend.serviceName() + " failed to answer");
        }
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** State of one forwarded call that the body, the breaker and the answer share. */
    private static final class Exchange {
        final long idleTimeoutMillis;
        LimitedBody body;
        HttpClientRequest clientRequest;
        boolean responded;
        long progressAt = System.nanoTime();

        Exchange(long idleTimeoutMillis) {
            this.idleTimeoutMillis = idleTimeoutMillis;
        }

        boolean refused() {
            return body != null && body.exceeded();
        }

        void bodyTooLarge() {
            if (clientRequest != null) {
                clientRequest.reset();
            }
        }

        /** Upload progress restarts the service's idle timer: a long upload is not a silent service. */
        void progress() {
            long now = System.nanoTime();
            if (!responded && clientRequest != null && now - progressAt > PROGRESS_EVERY_NANOS) {
                progressAt = now;
                clientRequest.idleTimeout(idleTimeoutMillis);
            }
        }
    }

    /** No connection to the service could be had. */
    static final class Unreachable extends RuntimeException {
        Unreachable(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** The service answered, but with a status that says it is in trouble; still relayed to the caller. */
    static final class FailedAnswer extends RuntimeException {
        final transient ProxyResponse response;

        FailedAnswer(ProxyResponse response) {
            super("answered " + response.getStatusCode(), null, false, false);
            this.response = response;
        }
    }
}
