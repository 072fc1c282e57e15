package org.crp.inventory.provenance;

/**
 * A registry block whose organisation is covered: for set-based work in SQL, e.g. matching
 * {@code substring(replace(mac_address, ':', '') for hexDigits)} against {@link #prefix}.
 *
 * @param prefix IEEE's spelling: 6, 7 or 9 upper-case hex digits
 */
public record CoveredBlock(RegistryKind registry, String prefix, int prefixBits, String organisation,
        WatchlistMatch covered) {
}
