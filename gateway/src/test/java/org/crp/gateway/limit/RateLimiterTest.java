package org.crp.gateway.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void aBurstIsAllowedThenTheRateRefillsIt() {
        RateLimiter limiter = new RateLimiter(true, 3, 2, 100, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"), "empty: one token in 0.5 s, so retry after 1 s");
        assertEquals(0, limiter.acquire("b"), "other callers have their own bucket");
        now.addAndGet(500_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(1, limiter.acquire("a"));
    }

    @Test
    void retryAfterIsTheWholeSecondsUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(true, 1, 0.25, 100, now::get);
        assertEquals(0, limiter.acquire("slow"));
        assertEquals(4, limiter.acquire("slow"));
        now.addAndGet(3_000_000_000L);
        assertEquals(1, limiter.acquire("slow"));
    }

    @Test
    void quietCallersAreForgotten() {
        RateLimiter limiter = new RateLimiter(true, 2, 1, 100, now::get);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.forgetQuietCallers();
        assertEquals(2, limiter.trackedCallers(), "not yet full again");
        now.addAndGet(2_000_000_000L);
        limiter.forgetQuietCallers();
        assertEquals(0, limiter.trackedCallers());
    }

    @Test
    void callersBeyondTheTrackedMaximumShareABucket() {
        RateLimiter limiter = new RateLimiter(true, 1, 0.001, 1, now::get);
        assertEquals(0, limiter.acquire("tracked"));
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            if (limiter.acquire("stranger-" + i) == 0) {
                allowed++;
            }
        }
        assertEquals(10, allowed, "the shared bucket holds ten callers' burst");
        assertEquals(1, limiter.trackedCallers());
    }

    @Test
    void disabledAllowsEverything() {
        RateLimiter limiter = new RateLimiter(false, 1, 1, 1, now::get);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
    }
}
