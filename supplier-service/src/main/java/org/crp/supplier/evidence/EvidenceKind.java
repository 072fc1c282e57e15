package org.crp.supplier.evidence;

/** DEVICE refers to an inventory device id, DOCUMENT to the SHA-256 of the document; the others to free text. */
public enum EvidenceKind {
    DEVICE, DOCUMENT, INSPECTION_REPORT, NETWORK_LOG
}
