package org.crp.supplier.finding;

/** How a finding came about: a supplier scan, a check of a delivery's certificates, or recorded by hand. */
public enum FindingSource {
    SCAN, DELIVERY_CHECK, MANUAL
}
