package org.crp.inventory.site;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SiteRepository implements PanacheRepositoryBase<Site, UUID> {

    public boolean codeTaken(String code) {
        return count("code", code) > 0;
    }
}
