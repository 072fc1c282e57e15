package org.crp.inventory.risk;

import java.util.Arrays;

import org.crp.common.problem.ApiException;

/** The run-time editable lists of the FOREIGN_CALLBACK rule, named as in their URLs. */
public enum RiskListKind {
    /** ISO 3166-1 alpha-2 codes; a camera talking to any of them gets FOREIGN_CALLBACK at full weight. */
    COUNTRIES_OF_CONCERN("countries-of-concern"),
    /** Destinations cameras may talk to: IP addresses, CIDR blocks or exact host names; anything else is unlisted. */
    DESTINATION_ALLOWLIST("destination-allowlist");

    private final String slug;

    RiskListKind(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static RiskListKind of(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst()
                .orElseThrow(() -> new ApiException(404, "not-found", "Not found", "There is no risk list '" + slug
                        + "'; the lists are " + Arrays.stream(values()).map(RiskListKind::slug).toList(), null));
    }
}
