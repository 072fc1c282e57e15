package org.crp.inventory.provenance;

import org.crp.inventory.device.MacAddress;

/** A MAC address as the 48-bit number the registries' prefixes are cut from. */
final class MacBits {

    private MacBits() {
    }

    /** The 48-bit value of a MAC in any notation {@link MacAddress#normalize} accepts; -1 when it is none. */
    static long parse(String mac) {
        if (mac == null) {
            return -1;
        }
        String normalised = mac.length() == 17 && mac.charAt(2) == ':' ? mac : MacAddress.normalize(mac);
        if (normalised == null || normalised.length() != 17) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < 17; i++) {
            char c = normalised.charAt(i);
            if (i % 3 == 2) {
                if (c != ':') {
                    return -1;
                }
                continue;
            }
            int digit = Character.digit(c, 16);
            if (digit < 0) {
                return -1;
            }
            value = (value << 4) | digit;
        }
        return value;
    }
}
