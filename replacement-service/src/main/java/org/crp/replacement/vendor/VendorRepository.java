package org.crp.replacement.vendor;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class VendorRepository implements PanacheRepositoryBase<Vendor, UUID> {

    public boolean registrationNumberTaken(String registrationNumber) {
        return count("registrationNumber", registrationNumber) > 0;
    }
}
