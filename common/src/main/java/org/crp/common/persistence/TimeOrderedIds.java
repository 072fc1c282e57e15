package org.crp.common.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Version 7 UUIDs (RFC 9562) for rows written in bulk, as {@link BaseEntity}'s ids are: the Unix time in
 * milliseconds, 12 random bits drawn once per generator, then a 62-bit counter that starts at a secure random
 * point and counts up by one per id (the RFC's monotonic random). The ids of one generator are unique and ascend in
 * the order they were made; two generators collide only if their random starts land within a batch's length of
 * each other.
 * <p>
 * Hibernate's generator draws from {@link SecureRandom} whenever the clock has moved, which was a tenth of the CPU a
 * million-row import spent parsing; this one draws once. Not thread-safe: one per batch.
 */
public final class TimeOrderedIds {

    private static final SecureRandom SEED = new SecureRandom();

    /** The UUID's rand_a, fixed, and rand_b, the counter. */
    private final long high;
    private long low;
    private long lastMillis;

    public TimeOrderedIds() {
        high = SEED.nextInt(1 << 12);
        // below 2^61: 2^61 ids before the counter could reach the variant bits
        low = SEED.nextLong() >>> 3;
    }

    public UUID next() {
        // a clock set back keeps the last time, so that the ids still ascend
        lastMillis = Math.max(lastMillis, System.currentTimeMillis());
        return new UUID(lastMillis << 16 | 0x7000 | high, Long.MIN_VALUE | ++low);
    }
}
