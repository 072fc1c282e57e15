package org.crp.inventory.risk;

import java.util.List;

/**
 * What the rules look at for one device. Coverage fields hold the name of the watchlist entity
 * that covers the maker (null when none does); {@code callbacks} summarise its network evidence.
 */
public record RiskInput(
        String declaredManufacturer,
        String declaredCovered,
        String verifiedManufacturer,
        String verifiedCovered,
        String declaredCountry,
        String verifiedCountry,
        String macOrganisation,
        String macCovered,
        int zoneCriticality,
        List<String> concernCountriesContacted,
        List<String> unlistedDestinationsContacted) {
}
