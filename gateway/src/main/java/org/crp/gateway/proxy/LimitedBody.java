package org.crp.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;

/**
 * The caller's request body as it streams to the service, counted on the way. Past {@code max} bytes it
 * stops passing data on, tells the forwarder (which answers 413) and from then on reads and drops what
 * still comes, up to {@code drainMax} more bytes, so that the caller can read the answer; a caller still
 * sending after that is disconnected. Every chunk passed on also tells the forwarder that the upload
 * progresses, so a long upload is not mistaken for a silent service.
 */
final class LimitedBody implements ReadStream<Buffer> {

    private final HttpServerRequest request;
    private final long max;
    private final long drainMax;
    private final Runnable onExceeded;
    private final Runnable onProgress;
    private long received;
    private long drained;
    private boolean exceeded;
    private Handler<Buffer> handler;
    private Handler<Void> endHandler;

    LimitedBody(HttpServerRequest request, long max, long drainMax, Runnable onExceeded, Runnable onProgress) {
        this.request = request;
        this.max = max;
        this.drainMax = drainMax;
        this.onExceeded = onExceeded;
        this.onProgress = onProgress;
    }

    boolean exceeded() {
        return exceeded;
    }

    private void data(Buffer chunk) {
        if (exceeded) {
            drained += chunk.length();
            if (drained > drainMax) {
                request.connection().close();
            }
            return;
        }
        received += chunk.length();
        if (received > max) {
            exceeded = true;
            request.resume();
            onExceeded.run();
            return;
        }
        onProgress.run();
        Handler<Buffer> h = handler;
        if (h != null) {
            h.handle(chunk);
        }
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        this.handler = handler;
        request.handler(handler == null ? null : this::data);
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        this.endHandler = endHandler;
        request.endHandler(endHandler == null ? null : v -> {
            Handler<Void> h = this.endHandler;
            if (!exceeded && h != null) {
                h.handle(null);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        request.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        if (!exceeded) {
            request.pause();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        request.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!exceeded) {
            request.fetch(amount);
        }
        return this;
    }
}
