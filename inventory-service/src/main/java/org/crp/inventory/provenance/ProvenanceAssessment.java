package org.crp.inventory.provenance;

/**
 * What the registry and the watchlist say about one device. Every component may be null.
 *
 * @param mac the MAC address as normalised (AA:BB:CC:DD:EE:FF); null when none or malformed was given
 * @param registry the IEEE block holding the MAC; null when the MAC is missing, malformed or in no known block
 * @param macCovered the watchlist entry covering the registry organisation
 * @param declaredCovered the watchlist entry covering the declared manufacturer
 * @param verifiedCovered the watchlist entry covering the verified manufacturer
 */
public record ProvenanceAssessment(String mac, OuiMatch registry, WatchlistMatch macCovered,
        WatchlistMatch declaredCovered, WatchlistMatch verifiedCovered) {

    /** The organisation IEEE registered the MAC's block to, or null. */
    public String registryOrganisation() {
        return registry == null ? null : registry.organisation();
    }

    /** True when any of the three names is covered. */
    public boolean anyCovered() {
        return macCovered != null || declaredCovered != null || verifiedCovered != null;
    }
}
