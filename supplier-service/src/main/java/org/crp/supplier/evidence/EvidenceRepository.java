package org.crp.supplier.evidence;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceItem, UUID> {

    /** The item locked until the transaction ends, so custody entries of one item are appended one at a time. */
    public Optional<EvidenceItem> findForAppend(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
