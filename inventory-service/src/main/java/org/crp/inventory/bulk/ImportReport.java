package org.crp.inventory.bulk;

import java.util.List;

/**
 * The outcome of an import. {@code errors} lists bad rows (row 1 is the first data row) up to a
 * limit; {@code errorCount} counts them all. When there is any error nothing is written.
 */
public record ImportReport(boolean dryRun, long rows, long created, long updated, long errorCount,
        List<RowError> errors, long flagged) {

    public record RowError(long row, String column, String message) {
    }
}
