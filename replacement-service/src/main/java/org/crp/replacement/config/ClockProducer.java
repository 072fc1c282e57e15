package org.crp.replacement.config;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one clock of the service (UTC), so that "today" in progress figures can be fixed in tests. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The instant to store: now, to the microsecond PostgreSQL keeps, so that an answer shows the same instant a later
     * read gives back. Every timestamp this service takes itself comes from here (Hibernate rounds createdAt and
     * updatedAt to the column's precision by itself).
     */
    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
