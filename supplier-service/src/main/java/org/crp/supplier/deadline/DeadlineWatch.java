package org.crp.supplier.deadline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Marks overdue OPEN deadlines of cases not CLOSED MISSED. Runs every {@code crp.supplier.deadlines.check-every} (1h by
 * default, {@code off} to disable). Safe on several replicas: the marking is one conditional UPDATE.
 */
@ApplicationScoped
public class DeadlineWatch {

    private static final Logger LOG = Logger.getLogger(DeadlineWatch.class);

    private final DeadlineService deadlines;
    private final Clock clock;

    DeadlineWatch(DeadlineService deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @Scheduled(identity = "deadline-watch", every = "${crp.supplier.deadlines.check-every:1h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        markMissed(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** The job itself, callable with any day so tests need not wait for the schedule or the calendar. */
    public int markMissed(LocalDate today) {
        int marked = deadlines.markOverdue(today);
        if (marked > 0) {
            LOG.infof("Marked %d overdue deadlines MISSED (due before %s)", marked, today);
        }
        return marked;
    }
}
