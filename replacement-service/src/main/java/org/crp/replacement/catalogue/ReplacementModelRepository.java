package org.crp.replacement.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ReplacementModelRepository implements PanacheRepositoryBase<ReplacementModel, UUID> {

    public boolean taken(UUID vendorId, String manufacturer, String model) {
        return count("vendorId = ?1 and lower(manufacturer) = lower(?2) and lower(model) = lower(?3)", vendorId,
                manufacturer, model) > 0;
    }

    public List<ReplacementModel> ofVendors(Collection<UUID> vendorIds) {
        return vendorIds.isEmpty() ? List.of() : list("vendorId in ?1 order by id", vendorIds);
    }
}
