package org.crp.inventory.bulk;

import java.util.List;

/**
 * The outcome of an import: of its rows, how many created a device, how many changed a registered one, and how many
 * were the device as registered (nothing written). {@code errors} lists bad rows (row 1 is the first data row) up to
 * a limit; {@code errorCount} counts them all. When there is any error nothing is written.
 */
public record ImportReport(boolean dryRun, long rows, long created, long updated, long unchanged, long errorCount,
        List<RowError> errors, long flagged) {

    public record RowError(long row, String column, String message) {
    }
}
