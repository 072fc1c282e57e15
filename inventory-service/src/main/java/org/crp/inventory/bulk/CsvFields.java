package org.crp.inventory.bulk;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * How the register's CSV readers (devices, flow records) take a field: the spaces around it are dropped and
 * nothing else, so that a control character at either end stays in the value to be refused, as it is anywhere
 * else (commons-csv's own trim would drop it silently). And how the device export keeps a spreadsheet from running a
 * cell as a formula in a way the device import undoes ({@link #escapeFormula}, {@link #unescapeFormula}); the flow
 * records are never exported, so their reader leaves apostrophes alone.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /**
     * The text of a CSV file without the byte order mark that spreadsheet programs put before it when they save UTF-8
     * (U+FEFF): left in, it would be read as part of the first column's name.
     */
    public static Reader withoutByteOrderMark(Reader in) {
        PushbackReader reader = new PushbackReader(in, 1);
        try {
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reader;
    }

    /**
     * A text cell as an export writes it: a value that a spreadsheet program would run as a formula when it opens the
     * file (CSV or formula injection: a first character {@code = + - @}) is written with an apostrophe before it, as
     * OWASP recommends, so that Excel and LibreOffice show it as text. A tab or carriage return first, the rule's other
     * two characters, never reaches an export: the one-line fields refuse control characters (API and import alike).
     * A value that already starts with apostrophes before such a character ({@code '=x}) gets one more
     * ({@code ''=x}), so that {@link #unescapeFormula} gives every value back exactly as it was stored. Null stays null.
     */
    public static String escapeFormula(String value) {
        return value != null && formulaAfterApostrophes(value, 0) ? "'" + value : value;
    }

    /**
     * A text cell as an import reads it, the inverse of {@link #escapeFormula}: one leading apostrophe is removed when
     * what follows it is one of {@code = + - @}, or further apostrophes and then one of them, so that an exported
     * register imports back unchanged. So a file written by hand whose cell is {@code '=x} (an apostrophe then an
     * equals sign) stores {@code =x}, the apostrophe lost as a spreadsheet's text marker; to store {@code '=x} the cell
     * must be {@code ''=x}, as an export writes it. Any other value, an apostrophe before other text included, is left
     * as it is.
     */
    public static String unescapeFormula(String value) {
        return value != null && !value.isEmpty() && value.charAt(0) == '\'' && formulaAfterApostrophes(value, 1)
                ? value.substring(1)
                : value;
    }

    /** Whether {@code value} from {@code start} is apostrophes (none or more) and then a formula's first character. */
    private static boolean formulaAfterApostrophes(String value, int start) {
        int i = start;
        while (i < value.length() && value.charAt(i) == '\'') {
            i++;
        }
        if (i == value.length()) {
            return false;
        }
        char c = value.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    public static String value(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && raw.charAt(start) == ' ') {
            start++;
        }
        while (end > start && raw.charAt(end - 1) == ' ') {
            end--;
        }
        return start == 0 && end == raw.length() ? raw : raw.substring(start, end);
    }
}
