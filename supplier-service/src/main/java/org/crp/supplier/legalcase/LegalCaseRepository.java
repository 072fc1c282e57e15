package org.crp.supplier.legalcase;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LegalCaseRepository implements PanacheRepositoryBase<LegalCase, UUID> {

    public Optional<LegalCase> findByNumber(String number) {
        return find("number", number).firstResultOptional();
    }

    /**
     * The next sequence number of {@code year}. The upsert locks the year's counter row until the
     * transaction ends, so concurrent creations wait for each other and never share a number.
     */
    public long nextNumber(int year) {
        Object value = getEntityManager().createNativeQuery("insert into legal_case_counter (year, last_value) values (?1, 1) "
                + "on conflict (year) do update set last_value = legal_case_counter.last_value + 1 returning last_value")
                .setParameter(1, year)
                .getSingleResult();
        return ((Number) value).longValue();
    }
}
