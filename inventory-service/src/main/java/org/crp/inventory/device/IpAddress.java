package org.crp.inventory.device;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** IPv4 and IPv6 literals only; a host name is never resolved. */
public final class IpAddress {
    private static final Pattern V4 = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern V6_CHARS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpAddress() {
    }

    /** The canonical text of the address, or null when {@code raw} is not an IP literal. */
    public static String normalize(String raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.strip();
        if (V4.matcher(text).matches()) {
            return text;
        }
        // With a colon and only hex digits, colons and dots, InetAddress parses a literal and never does a lookup.
        if (text.indexOf(':') >= 0 && V6_CHARS.matcher(text).matches()) {
            try {
                return InetAddress.getByName(text).getHostAddress();
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return null;
    }
}
