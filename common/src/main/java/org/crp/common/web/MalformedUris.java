package org.crp.common.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The request URI check that Quarkus runs before any handler, but with a reason a caller can act on.
 * Quarkus' own check (a bare 400 with no body) is switched off by {@link #QUARKUS_CHECK_OFF}: the
 * entry points set it, and the build sets it for the tests.
 */
public final class MalformedUris {

    /** Read once, when Quarkus' HTTP recorder loads: it must be set before Quarkus starts. */
    public static final String QUARKUS_CHECK_OFF = "vertx.disableURIValidation";

    private MalformedUris() {
    }

    /** Why the URI is not one that Quarkus would have accepted, if it is not. */
    public static Optional<String> problem(String uri) {
        try {
            new URI(uri);
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("The request URI is malformed (" + e.getReason() + " at character " + (e.getIndex() + 1)
                    + "): percent-encode every character outside RFC 3986, and write a literal '%' as %25");
        }
    }
}
