package org.crp.supplier.deadline;

/** OPEN until counsel marks it MET, or the deadline job finds its due date passed and marks it MISSED; both are final. */
public enum DeadlineStatus {
    OPEN, MET, MISSED
}
