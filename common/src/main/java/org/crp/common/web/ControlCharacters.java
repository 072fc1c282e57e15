package org.crp.common.web;

/**
 * The one rule on control characters in a caller's text, wherever it arrives (a JSON body, a query parameter, a
 * CSV field): C0 controls, DEL and C1 controls are refused, because PostgreSQL cannot store NUL and the others (a
 * bell, an escape sequence that recolours a terminal) have no place in a record and would reach whoever reads it.
 * Free text in a body may hold tabs and line breaks; a single-line value (a query parameter, a CSV field) may not.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * The first refused character in {@code value} (tab, line feed and carriage return allowed or not), as
     * "the control character \\u0007 (at character 3)"; null when there is none.
     */
    public static String find(String value, boolean tabsAndLineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            if (control && !(tabsAndLineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return "the control character " + String.format("\\u%04x", (int) c) + " (at character " + (i + 1) + ")";
            }
        }
        return null;
    }
}
