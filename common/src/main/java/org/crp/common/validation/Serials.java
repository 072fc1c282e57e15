package org.crp.common.validation;

import java.util.regex.Pattern;

/**
 * A camera serial as inventory-service registers it, and every service that names cameras checks it the same way: a
 * letter or digit, then letters, digits and {@code . _ / -}, at most {@link #MAX} characters. A serial inventory
 * refuses can never be matched to a device.
 */
public final class Serials {

    public static final int MAX = 64;
    /** For {@code @Pattern(regexp = PATTERN, message = RULE)} beside {@code @Size(max = MAX)}. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._/-]*";
    public static final String RULE = "may hold only letters, digits and . _ / -";

    private static final Pattern WHOLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0," + (MAX - 1) + "}");

    private Serials() {
    }

    /** Whether inventory registers this serial: the pattern and the length together. */
    public static boolean valid(String serial) {
        return serial != null && WHOLE.matcher(serial).matches();
    }
}
