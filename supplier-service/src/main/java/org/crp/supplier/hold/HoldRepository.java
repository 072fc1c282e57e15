package org.crp.supplier.hold;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class HoldRepository implements PanacheRepositoryBase<LegalHold, UUID> {

    public List<LegalHold> active(UUID caseId) {
        return list("caseId = ?1 and status = ?2 order by id", caseId, HoldStatus.ACTIVE);
    }

    public List<LegalHold> all(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
