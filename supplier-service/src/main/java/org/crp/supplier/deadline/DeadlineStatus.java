package org.crp.supplier.deadline;

/**
 * OPEN until counsel marks it MET, the deadline job (or an attempt to meet it late) finds its due date passed and
 * marks it MISSED, or its case is CLOSED and it is VACATED; all three are final.
 */
public enum DeadlineStatus {
    OPEN, MET, MISSED, VACATED
}
