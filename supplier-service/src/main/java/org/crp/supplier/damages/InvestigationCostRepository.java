package org.crp.supplier.damages;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class InvestigationCostRepository implements PanacheRepositoryBase<InvestigationCost, UUID> {

    public List<InvestigationCost> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
