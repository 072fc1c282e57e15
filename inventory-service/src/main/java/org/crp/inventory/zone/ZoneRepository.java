package org.crp.inventory.zone;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ZoneRepository implements PanacheRepositoryBase<Zone, UUID> {

    public boolean codeTaken(UUID siteId, String code, UUID exceptId) {
        return count("siteId = ?1 and code = ?2 and id <> ?3", siteId, code,
                exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
