package org.crp.inventory.bulk;

/**
 * How the register's CSV readers (devices, flow records) take a field: the spaces around it are dropped and
 * nothing else, so that a control character at either end stays in the value to be refused, as it is anywhere
 * else (commons-csv's own trim would drop it silently).
 */
public final class CsvFields {

    private CsvFields() {
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
