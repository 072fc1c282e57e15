package org.crp.inventory.risk;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;

import org.crp.inventory.history.Cause;
import org.crp.inventory.provenance.Provenance;
import org.crp.inventory.provenance.ProvenanceChanged;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The poll every replica runs ({@code crp.provenance.poll-every}, default 60 s; {@code off} disables): it brings
 * this replica's watchlist, IEEE registries and risk lists up to the database, and sees to it that every change to
 * them ends with every device scored by them, whichever replica made the change and whichever wrote the device.
 *
 * <h2>What goes wrong without it</h2>
 * Each replica scores with the lists it holds in memory. The replica that changes a list loads it at once and
 * re-scores every device, but another replica goes on scoring the devices it writes with the old lists until its poll
 * loads the change, and those devices stay wrong; a replica stopped in the middle of its full re-score leaves the
 * devices after the last batch it committed unscored by the change.
 *
 * <h2>How</h2>
 * The database keeps two numbers ({@code scoring_revision}): the revision of the lists, bumped by triggers in the
 * transaction of every change to the watchlist, the registry versions or the risk lists, whoever writes it; and the
 * revision the last <em>finished</em> full re-score scored with, recorded only after its last batch. A poll reads
 * both, loads the lists (so that memory is at least at the revision read), then:
 * <ol>
 * <li>when the revision is newer than the last finished full re-score, runs a full re-score under a PostgreSQL
 * advisory lock, so that one replica runs it and the others go on; the replica that made a change does not wait for
 * its poll but runs this step at once, waiting for the lock. A re-score cut short is therefore finished by the next
 * poll of any replica;</li>
 * <li>otherwise, when the revision moved since this replica's previous poll, re-scores the devices written since that
 * poll (a minute earlier, for the clocks of the replicas, which stamp the devices): they are the ones this replica may
 * have scored with the old lists, after another replica's full re-score had passed them. It does so once more at the
 * next poll, for writes that were in flight meanwhile.</li>
 * </ol>
 * Simpler alternatives cost more: a full re-score on every replica after every change multiplies the heaviest job by
 * the replicas; recording on each device the revision that scored it would add to every write of the register.
 * What remains: a write scored with the old lists that commits more than a minute after its scoring and after the
 * next two polls (a very long import) is corrected by the next change's re-score, or by a re-score on request.
 */
@ApplicationScoped
public class ScoringPoller {

    /** How far the devices' clocks (the replicas') may be behind the database's. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);
    /** pg_advisory_lock key: one full re-score at a time across replicas. */
    static final long FULL_RESCORE_LOCK = 0x4352_5253_0000_0001L;
    private static final Logger LOG = Logger.getLogger(ScoringPoller.class);

    private final DataSource dataSource;
    private final Provenance provenance;
    private final RiskLists lists;
    private final RiskRescorer rescorer;

    /** The revision this replica's memory was brought up to by its last poll; none before the first. */
    private long seenRevision = -1;
    /** When (database time) that revision was read; before the first poll, when this replica started. */
    private Instant seenAt = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
    /** The last poll found the revision moved: the next one looks at the devices written since, once more. */
    private boolean again;

    ScoringPoller(DataSource dataSource, Provenance provenance, RiskLists lists, RiskRescorer rescorer) {
        this.dataSource = dataSource;
        this.provenance = provenance;
        this.lists = lists;
        this.rescorer = rescorer;
    }

    /** The revision of the lists, the revision of the last finished full re-score, and the database's time. */
    record Revision(long revision, long rescored, Instant at) {
    }

    @Scheduled(identity = "scoring-poll", every = "${crp.provenance.poll-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            poll(null, false);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not check the lists and their re-scores; will try again");
        }
    }

    /** A change made here: re-score now rather than at the next poll. */
    void onProvenanceChanged(@ObservesAsync ProvenanceChanged change) {
        if (change.originatedHere()) {
            poll(change.cause(), true);
        }
    }

    void onRiskListChanged(@ObservesAsync RiskListChanged change) {
        poll(change.cause(), true);
    }

    /**
     * One poll, as the class describes.
     *
     * @param cause who set it off, for the history of the devices it re-scores; null for the schedule, whose re-scores
     *            are the risk engine's
     * @param waitForLock wait while another replica runs a full re-score, then run one if it is still due; otherwise
     *            leave it to that replica
     */
    public synchronized void poll(Cause cause, boolean waitForLock) {
        Revision read = read();
        provenance.refresh();
        lists.refresh();
        boolean moved = read.revision() > seenRevision;
        Cause by = cause != null ? cause : Cause.engine("the lists are at revision " + read.revision()
                + " (watchlist, IEEE registry, risk lists)");
        RiskRescorer.Result full = read.rescored() < read.revision() ? fullRescore(read.revision(), by, waitForLock) : null;
        if (full != null) {
            LOG.infof("Re-scored all %d devices for revision %d of the lists: %d changed, %d flagged", full.devices(),
                    read.revision(), full.changed(), full.flagged());
        } else if (moved || again) {
            RiskRescorer.Result recent = rescorer.rescoreUpdatedSince(seenAt.minus(CLOCK_MARGIN), by);
            if (recent.changed() > 0) {
                LOG.infof("Re-scored %d devices written here with older lists (since %s): %d changed, %d flagged",
                        recent.devices(), seenAt, recent.changed(), recent.flagged());
            }
        }
        again = moved;
        seenRevision = read.revision();
        seenAt = read.at();
    }

    /** Runs the full re-score of {@code revision} unless another replica runs or has run it; null when it did not. */
    private RiskRescorer.Result fullRescore(long revision, Cause cause, boolean waitForLock) {
        // a session lock, held on a connection of its own while the re-score's batches commit on theirs
        try (Connection connection = dataSource.getConnection()) {
            if (!lock(connection, waitForLock)) {
                return null;
            }
            try {
                if (read(connection).rescored() >= revision) {
                    return null; // another replica finished it while this one waited
                }
                RiskRescorer.Result result = rescorer.rescoreAll(cause);
                try (PreparedStatement done = connection.prepareStatement("update scoring_revision set"
                        + " rescored_revision = greatest(rescored_revision, ?), rescored_at = now() where id = 1")) {
                    done.setLong(1, revision);
                    done.executeUpdate();
                }
                return result;
            } finally {
                try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?)")) {
                    unlock.setLong(1, FULL_RESCORE_LOCK);
                    unlock.execute();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not run or record the full re-score", e);
        }
    }

    private static boolean lock(Connection connection, boolean wait) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                wait ? "select true from pg_advisory_lock(?)" : "select pg_try_advisory_lock(?)")) {
            lock.setLong(1, FULL_RESCORE_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    Revision read() {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the scoring revision", e);
        }
    }

    private static Revision read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select revision, rescored_revision, statement_timestamp() from scoring_revision where id = 1");
                ResultSet rs = select.executeQuery()) {
            rs.next();
            return new Revision(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant());
        }
    }
}
