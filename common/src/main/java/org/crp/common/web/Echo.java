package org.crp.common.web;

/** A caller's own value, quoted back in an error message. */
public final class Echo {

    private Echo() {
    }

    /**
     * The value as typed, cut after {@code max} characters (code points, so no pair is split) with "..." added.
     * Control, format (bidi overrides) and line-separator characters become '?': they would garble the message
     * wherever it is shown.
     */
    public static String of(String value, int max) {
        String shown = value.codePointCount(0, value.length()) > max
                ? value.substring(0, value.offsetByCodePoints(0, max)) + "..." : value;
        return shown.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "?");
    }
}
