package org.crp.supplier.legalcase;

/** What a timeline entry records; STATUS_CHANGE entries are written by the service on every status change. */
public enum EventKind {
    NOTE, FILING, HEARING, RULING, OFFER, STATUS_CHANGE
}
