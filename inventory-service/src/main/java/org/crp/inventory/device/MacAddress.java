package org.crp.inventory.device;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * MAC addresses arrive in every common notation (AA:BB:CC:DD:EE:FF, aa-bb-cc-dd-ee-ff,
 * aabb.ccdd.eeff, aabbccddeeff) and are stored in one: upper-case hex pairs joined by colons.
 */
public final class MacAddress {
    private static final Pattern COLONS = Pattern.compile("\\p{XDigit}{2}(:\\p{XDigit}{2}){5}");
    private static final Pattern DASHES = Pattern.compile("\\p{XDigit}{2}(-\\p{XDigit}{2}){5}");
    private static final Pattern DOTS = Pattern.compile("\\p{XDigit}{4}(\\.\\p{XDigit}{4}){2}");
    private static final Pattern BARE = Pattern.compile("\\p{XDigit}{12}");

    private MacAddress() {
    }

    /** The normalised form, or null when {@code raw} is not a MAC address in a known notation. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (colonPairs(text)) {
            // the common notation, checked without a regex: an import normalises a million of them
            return text.toUpperCase(Locale.ROOT);
        }
        if (!(COLONS.matcher(text).matches() || DASHES.matcher(text).matches() || DOTS.matcher(text).matches()
                || BARE.matcher(text).matches())) {
            return null;
        }
        String hex = text.replaceAll("[:.\\-]", "").toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }

    /** True for six hex pairs joined by colons, as {@code COLONS} matches. */
    private static boolean colonPairs(String text) {
        if (text.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (i % 3 == 2 ? c != ':' : Character.digit(c, 16) < 0 || c > 'f') {
                return false;
            }
        }
        return true;
    }
}
