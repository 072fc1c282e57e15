package org.crp.supplier.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustodyRepository implements PanacheRepositoryBase<CustodyEntry, UUID> {

    public Optional<CustodyEntry> last(UUID evidenceId) {
        return find("evidenceId = ?1 order by position desc", evidenceId).firstResultOptional();
    }

    public List<CustodyEntry> chain(UUID evidenceId) {
        return list("evidenceId = ?1 order by position", evidenceId);
    }
}
