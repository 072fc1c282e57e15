package org.crp.inventory.bulk;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * How the register's CSV readers (devices, flow records) take a field: the spaces around it are dropped and
 * nothing else, so that a control character at either end stays in the value to be refused, as it is anywhere
 * else (commons-csv's own trim would drop it silently).
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
