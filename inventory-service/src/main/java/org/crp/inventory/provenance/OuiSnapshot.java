package org.crp.inventory.provenance;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The three registries at one moment. Immutable: the registry swaps the whole snapshot through one
 * volatile reference, so a lookup never sees half of an upload.
 */
public final class OuiSnapshot {

    private final Map<RegistryKind, OuiTable> tables;

    public OuiSnapshot(Collection<OuiTable> tables) {
        EnumMap<RegistryKind, OuiTable> byKind = new EnumMap<>(RegistryKind.class);
        for (OuiTable table : tables) {
            byKind.put(table.kind(), table);
        }
        this.tables = Collections.unmodifiableMap(byKind);
    }

    /** This snapshot with {@code table} in place of the one of its kind. */
    public OuiSnapshot with(OuiTable table) {
        EnumMap<RegistryKind, OuiTable> next = new EnumMap<>(tables);
        next.put(table.kind(), table);
        return new OuiSnapshot(next.values());
    }

    public OuiTable table(RegistryKind kind) {
        return tables.get(kind);
    }

    public Map<RegistryKind, OuiTable> tables() {
        return tables;
    }

    /**
     * The longest registered prefix of a 48-bit MAC address: an MA-S (36-bit) block first, then
     * MA-M (28), then MA-L (24). The 24-bit blocks that IEEE subdivides into MA-M and MA-S are
     * themselves registered to "IEEE Registration Authority", so a MAC in such a block that no
     * MA-M or MA-S row covers answers with that name.
     *
     * @return null when no registry knows the block
     */
    public OuiMatch lookup(long mac48) {
        for (RegistryKind kind : RegistryKind.LONGEST_FIRST) {
            OuiTable table = tables.get(kind);
            if (table == null) {
                continue;
            }
            long prefix = kind.prefixOf(mac48);
            String organisation = table.organisation(prefix);
            if (organisation != null) {
                return new OuiMatch(kind, kind.hex(prefix), kind.bits(), organisation);
            }
        }
        return null;
    }
}
