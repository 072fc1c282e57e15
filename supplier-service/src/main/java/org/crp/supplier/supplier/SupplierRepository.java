package org.crp.supplier.supplier;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SupplierRepository implements PanacheRepositoryBase<Supplier, UUID> {

    public boolean registrationNumberTaken(String registrationNumber) {
        return count("registrationNumber", registrationNumber) > 0;
    }
}
