package org.crp.gateway.limit;

/** A token bucket: {@code capacity} tokens at most, refilled continuously at {@code ratePerSecond}. */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long refilledAt;

    TokenBucket(double capacity, double ratePerSecond, long now) {
        this.capacity = capacity;
        this.tokensPerNano = ratePerSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.refilledAt = now;
    }

    /**
     * Takes one token if there is one.
     *
     * @return 0 if a token was taken, otherwise the nanoseconds until the next token
     */
    synchronized long tryTake(long now) {
        refill(now);
        if (tokens >= 1d) {
            tokens -= 1d;
            return 0L;
        }
        return Math.max(1L, (long) Math.ceil((1d - tokens) / tokensPerNano));
    }

    /** Full and quiet: forgetting it changes nothing for its caller. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = now - refilledAt;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            refilledAt = now;
        }
    }
}
