package org.crp.supplier.damages;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DamagesSnapshotRepository implements PanacheRepositoryBase<DamagesSnapshot, UUID> {

    public Optional<DamagesSnapshot> latest(UUID caseId) {
        return find("caseId = ?1 order by computedAt desc, id desc", caseId).firstResultOptional();
    }
}
