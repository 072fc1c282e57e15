package org.crp.replacement.workorder;

/**
 * Whether inventory knows about the swap: NONE until completion, PENDING in the outbox (also while inventory cannot
 * be reached), then DELIVERED, or REFUSED when inventory refuses it for good (a covered camera, a serial or MAC
 * address it already has, an old camera it no longer has): the order is then FAILED with inventory's reason.
 */
public enum SyncState {
    NONE, PENDING, DELIVERED, REFUSED
}
