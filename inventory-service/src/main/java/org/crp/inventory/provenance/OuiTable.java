package org.crp.inventory.provenance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;

/**
 * One registry (MA-L, MA-M or MA-S) as loaded in memory: its blocks keyed by prefix value and
 * where they came from. Immutable once built; a change builds a new table.
 *
 * @param versionId null for the bundled snapshot, otherwise the uploaded version's id
 * @param uploadedAt null for the bundled snapshot
 * @param uploadedBy null for the bundled snapshot
 */
public record OuiTable(RegistryKind kind, Source source, UUID versionId, LocalDate publishedOn, int rows,
        String sha256, Instant uploadedAt, String uploadedBy, Map<Long, String> blocks) {

    public enum Source {
        BUNDLED, UPLOADED
    }

    public OuiTable {
        blocks = Collections.unmodifiableMap(blocks);
    }

    public int size() {
        return blocks.size();
    }

    public String organisation(long prefix) {
        return blocks.get(prefix);
    }
}
