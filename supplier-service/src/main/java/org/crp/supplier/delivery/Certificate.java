package org.crp.supplier.delivery;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.crp.common.persistence.BaseEntity;

/** A certificate of origin that came with a delivery: who issued it, its number, and the origin it claims. */
@Entity
@Table(name = "certificate_of_origin")
public class Certificate extends BaseEntity {
    @Column(name = "delivery_id")
    public UUID deliveryId;
    public String issuer;
    public String number;
    @Column(name = "issue_date")
    public LocalDate issueDate;
    @Column(name = "claimed_origin")
    public String claimedOrigin;
    /** SHA-256 of the certificate document, 64 lower-case hex characters. */
    @Column(name = "document_sha256")
    public String documentSha256;
}
