package org.crp.supplier.evidence;

public enum CustodyAction {
    COLLECTED, TRANSFERRED, ANALYSED, STORED, RETURNED
}
