package org.crp.supplier.supplier;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SupplierRepository implements PanacheRepositoryBase<Supplier, UUID> {

    /** Whether the number is taken in any case of its letters, as the unique index on upper(registration_number) sees it. */
    public boolean registrationNumberTaken(String registrationNumber) {
        return count("upper(registrationNumber) = upper(?1)", registrationNumber) > 0;
    }
}
