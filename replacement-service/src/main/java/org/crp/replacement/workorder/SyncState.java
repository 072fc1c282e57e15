package org.crp.replacement.workorder;

/** Whether inventory knows about the swap: NONE until completion, PENDING in the outbox, then DELIVERED or REFUSED. */
public enum SyncState {
    NONE, PENDING, DELIVERED, REFUSED
}
