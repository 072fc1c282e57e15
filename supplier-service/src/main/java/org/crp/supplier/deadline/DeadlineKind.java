package org.crp.supplier.deadline;

public enum DeadlineKind {
    STATUTE_OF_LIMITATIONS, FILING, HEARING, DISCOVERY, RESPONSE
}
