package org.crp.inventory.provenance;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Uploaded registry versions. Versions are entities; their blocks are written and read with plain
 * JDBC in the same transaction, because a version has tens of thousands of them.
 */
@ApplicationScoped
class OuiRegistryStore implements PanacheRepositoryBase<OuiRegistryVersion, UUID> {

    private static final int CHUNK = 10_000;
    /** pg_advisory_xact_lock key base: one lock per kind serialises uploads and deletions of that kind. */
    private static final long LOCK_BASE = 0x4352_5000_0000_0000L;

    private final EntityManager em;
    private final String table;

    OuiRegistryStore(EntityManager em,
            @ConfigProperty(name = "quarkus.hibernate-orm.database.default-schema") Optional<String> schema) {
        this.em = em;
        this.table = schema.filter(s -> !s.isBlank()).map(s -> s + ".").orElse("") + "oui_block";
    }

    /** Takes the lock of {@code kind} until the transaction ends. */
    void lock(RegistryKind kind) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, LOCK_BASE + kind.ordinal())
                .getSingleResult();
    }

    /** The current version of each kind that has one; a kind without is served from the bundled files. */
    @Transactional
    Map<RegistryKind, OuiRegistryVersion> currentVersions() {
        Map<RegistryKind, OuiRegistryVersion> current = new EnumMap<>(RegistryKind.class);
        for (RegistryKind kind : RegistryKind.values()) {
            current(kind).ifPresent(v -> current.put(kind, v));
        }
        return current;
    }

    Optional<OuiRegistryVersion> current(RegistryKind kind) {
        return find("kind = ?1 order by seq desc", kind.label()).firstResultOptional();
    }

    /** Persists a version and its blocks; the caller holds the kind's lock. */
    OuiRegistryVersion insert(OuiRegistryVersion version, Map<Long, String> blocks) {
        persistAndFlush(version);
        em.unwrap(Session.class).doWork(connection -> insertBlocks(connection, version.id, blocks));
        return version;
    }

    private void insertBlocks(Connection connection, UUID versionId, Map<Long, String> blocks) throws SQLException {
        // one statement per chunk: unnest of two arrays beats a JDBC batch of single-row inserts
        String sql = "insert into " + table + " (version_id, prefix, organisation) "
                + "select ?, p, o from unnest(?::bigint[], ?::text[]) as t(p, o)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            List<Map.Entry<Long, String>> rows = new ArrayList<>(blocks.entrySet());
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<Map.Entry<Long, String>> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                Array prefixes = connection.createArrayOf("bigint", chunk.stream().map(Map.Entry::getKey).toArray());
                Array names = connection.createArrayOf("text", chunk.stream().map(Map.Entry::getValue).toArray());
                insert.setObject(1, versionId);
                insert.setArray(2, prefixes);
                insert.setArray(3, names);
                insert.executeUpdate();
                prefixes.free();
                names.free();
            }
        }
    }

    @Transactional
    Map<Long, String> blocks(UUID versionId, int expected) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Map<Long, String> blocks = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
            Map<String, String> names = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select prefix, organisation from " + table + " where version_id = ?")) {
                select.setFetchSize(10_000);
                select.setObject(1, versionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String name = rows.getString(2);
                        blocks.put(rows.getLong(1), names.computeIfAbsent(name, n -> n));
                    }
                }
            }
            return blocks;
        });
    }
}
