package org.crp.inventory.provenance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A counter bumped with every watchlist change, so that replicas notice one with a single read. */
@Entity
@Table(name = "provenance_revision")
public class ProvenanceRevision extends PanacheEntityBase {
    static final String WATCHLIST = "watchlist";

    @Id
    public String name;
    public long revision;

    /** Increments the counter in the current transaction; the row lock also serialises watchlist writers. */
    static void bump(String name) {
        update("revision = revision + 1 where name = ?1", name);
    }

    static long current(String name) {
        ProvenanceRevision row = findById(name);
        return row == null ? 0 : row.revision;
    }
}
