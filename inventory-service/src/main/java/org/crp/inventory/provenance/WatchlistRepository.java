package org.crp.inventory.provenance;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WatchlistRepository implements PanacheRepositoryBase<WatchlistEntry, UUID> {

    public boolean nameTaken(String name, UUID except) {
        return count("lower(name) = lower(?1) and id <> ?2", name, except == null ? new UUID(0, 0) : except) > 0;
    }
}
