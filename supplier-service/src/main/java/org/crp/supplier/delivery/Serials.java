package org.crp.supplier.delivery;

import java.util.regex.Pattern;

/**
 * A camera serial as inventory-service registers it: a letter or digit, then up to 63 letters, digits and
 * {@code . _ / -} (its device import's rule; its device list refuses anything longer than 64 characters). A
 * delivery holds only such serials, since a serial inventory refuses can never be matched to a device.
 */
public final class Serials {

    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}");

    public static final String RULE = "is not a serial inventory registers: 1 to 64 letters, digits or . _ / -, "
            + "starting with a letter or digit (no spaces or control characters)";

    private Serials() {
    }

    public static boolean valid(String serial) {
        return serial != null && SERIAL.matcher(serial).matches();
    }
}
