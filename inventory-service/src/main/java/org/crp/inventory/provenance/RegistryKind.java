package org.crp.inventory.provenance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The three IEEE MAC address block registries. A block is the leading {@link #bits} of a 48-bit
 * MAC address, written in the IEEE files as {@link #hexDigits} hex digits ("Assignment").
 */
public enum RegistryKind {
    /** MA-L, the classic OUI: 24-bit prefix, file {@code oui.csv}. */
    MA_L("MA-L", 24),
    /** MA-M: 28-bit prefix, file {@code mam.csv}. */
    MA_M("MA-M", 28),
    /** MA-S (formerly OUI-36): 36-bit prefix, file {@code oui36.csv}. */
    MA_S("MA-S", 36);

    private final String label;
    private final int bits;

    RegistryKind(String label, int bits) {
        this.label = label;
        this.bits = bits;
    }

    /** The name IEEE uses in its files and that the API uses: MA-L, MA-M or MA-S. */
    public String label() {
        return label;
    }

    public int bits() {
        return bits;
    }

    public int hexDigits() {
        return bits / 4;
    }

    /** The block a 48-bit MAC address falls in within this registry. */
    public long prefixOf(long mac48) {
        return mac48 >>> (48 - bits);
    }

    /** The prefix as IEEE writes it: upper-case hex, zero-padded to {@link #hexDigits()}. */
    public String hex(long prefix) {
        String hex = Long.toHexString(prefix).toUpperCase(Locale.ROOT);
        return "0".repeat(hexDigits() - hex.length()) + hex;
    }

    /** Longest prefix first: the order in which a lookup tries the registries. */
    static final RegistryKind[] LONGEST_FIRST = { MA_S, MA_M, MA_L };

    /** Accepts MA-L, ma-l, MA_L. */
    public static Optional<RegistryKind> fromLabel(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(k -> k.label.equals(wanted)).findFirst();
    }
}
