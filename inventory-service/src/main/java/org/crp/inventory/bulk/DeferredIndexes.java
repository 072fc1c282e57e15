package org.crp.inventory.bulk;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import org.jboss.logging.Logger;

/**
 * The first load of an empty register, as PostgreSQL's own restore does it: the device table's indexes and keys
 * other than the primary key (the unique serial and MAC, the foreign keys to site and zone, the indexes of the list's
 * filters and sorts) are dropped in the import's transaction, the rows inserted, then the indexes built (a sort
 * each) and the keys checked (one pass each) again: a million rows in 7.2 s instead of 22 s on 2 cores
 * (bench/device-insert-breakdown). A serial or MAC the file repeats fails the unique key's build, as it would fail
 * the insert.
 * <p>
 * DDL is transactional: an import that fails or is refused rolls back to the indexes and keys as they were. The
 * price is an exclusive lock on the device table and on the tables its foreign keys reference (site and zone: dropping
 * a key locks both ends) until the import commits. So it is taken only for a real import (a dry run blocks no one)
 * into an empty register, where a reader waiting for it misses no device, and only within {@link #LOCK_TIMEOUT}:
 * when other requests hold the tables longer, the import inserts into the indexes as any other. The referenced
 * tables are locked before device, in one statement: a request that read a site and then waits for device is let
 * through first, instead of deadlocking with the import.
 */
final class DeferredIndexes {

    /** Below this, the insert's index upkeep costs less than the catalog work. */
    static final long MIN_ROWS = 10_000;
    static final String LOCK_TIMEOUT = "5s";
    private static final Logger LOG = Logger.getLogger(DeferredIndexes.class);

    private final List<String> rebuild;

    private DeferredIndexes(List<String> rebuild) {
        this.rebuild = rebuild;
    }

    /** Drops the device table's indexes and keys but its primary key when the register is empty; else null. */
    static DeferredIndexes dropIfEmpty(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (!empty(statement)) {
                return null;
            }
            List<String> drop = new ArrayList<>();
            List<String> rebuild = new ArrayList<>();
            // the tables the foreign keys reference, locked before device
            SortedSet<String> referenced = new TreeSet<>();
            // the indexes that back no constraint and the unique keys, then the foreign keys (which may use a unique key)
            try (ResultSet rs = statement.executeQuery("select 'drop index ' || indexrelid::regclass::text,"
                    + " pg_get_indexdef(indexrelid), null from pg_index i where indrelid = 'device'::regclass"
                    + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
                    + " union all select 'alter table device drop constraint ' || quote_ident(conname),"
                    + " 'alter table device add constraint ' || quote_ident(conname) || ' ' || pg_get_constraintdef(oid),"
                    + " case when contype = 'f' then confrelid::regclass::text end"
                    + " from pg_constraint where conrelid = 'device'::regclass and contype in ('u', 'f')"
                    + " order by 3 nulls first, 1")) {
                while (rs.next()) {
                    drop.add(rs.getString(1));
                    rebuild.add(rs.getString(2));
                    if (rs.getString(3) != null) {
                        referenced.add(rs.getString(3));
                    }
                }
            }
            String lockTimeout = setting(statement, "lock_timeout");
            statement.execute("savepoint deferred_indexes");
            boolean deferred = false;
            try {
                statement.execute("set local lock_timeout = '" + LOCK_TIMEOUT + "'");
                List<String> locked = new ArrayList<>(referenced);
                locked.add("device");
                statement.execute("lock table " + String.join(", ", locked) + " in access exclusive mode");
                // a device registered between the look and the lock keeps the indexes in place
                if (empty(statement)) {
                    for (String sql : drop) {
                        statement.execute(sql);
                    }
                    statement.execute("select set_config('lock_timeout', '" + lockTimeout + "', true)");
                    deferred = true;
                }
            } catch (SQLException e) {
                // a lock not granted in time (or a deadlock): this import takes the ordinary path
                LOG.infof("The import into the empty register keeps the device indexes: %s", e.getMessage());
            }
            if (!deferred) {
                statement.execute("rollback to savepoint deferred_indexes");
            }
            statement.execute("release savepoint deferred_indexes");
            return deferred ? new DeferredIndexes(rebuild) : null;
        }
    }

    /** Builds the indexes and adds (checking) the keys again: a repeat fails with SQL state 23505, a lost key with 23503. */
    void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : rebuild) {
                statement.execute(sql);
            }
        }
    }

    private static boolean empty(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select not exists (select 1 from device)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select current_setting('" + name + "')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
