package org.crp.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void idsAreVersion7WithTheVariantAndTheMillisecondsOfNow() {
        long before = System.currentTimeMillis();
        UUID id = new TimeOrderedIds().next();
        long after = System.currentTimeMillis();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        long millis = id.getMostSignificantBits() >>> 16;
        assertTrue(millis >= before && millis <= after, millis + " is not between " + before + " and " + after);
    }

    @Test
    void aGeneratorsIdsAreDistinctAndAscendAsPostgresqlOrdersThem() {
        TimeOrderedIds ids = new TimeOrderedIds();
        Set<UUID> seen = new HashSet<>();
        String previous = "";
        for (int i = 0; i < 200_000; i++) {
            UUID id = ids.next();
            assertTrue(seen.add(id), "repeated " + id);
            // PostgreSQL compares uuids byte by byte, as their text compares
            assertTrue(id.toString().compareTo(previous) > 0, id + " does not follow " + previous);
            previous = id.toString();
        }
    }

    @Test
    void idsOfTwoGeneratorsFollowTheClock() {
        TimeOrderedIds first = new TimeOrderedIds();
        TimeOrderedIds second = new TimeOrderedIds();
        for (int i = 0; i < 100; i++) {
            UUID earlier = first.next();
            long start = System.nanoTime();
            while (System.nanoTime() - start < 5_000) {
                Thread.onSpinWait();
            }
            UUID later = second.next();
            assertTrue(earlier.toString().compareTo(later.toString()) < 0, earlier + " made before " + later);
        }
    }

    @Test
    void twoGeneratorsStartAtDifferentPoints() {
        assertNotEquals(new TimeOrderedIds().next(), new TimeOrderedIds().next());
    }
}
