package org.crp.supplier.delivery;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * The supplier's earliest delivery that already lists any of these serials. It first takes a lock per supplier
     * until the transaction ends, so two posts of one delivery at once are recorded one after the other and the
     * second finds the first.
     */
    public Optional<Delivery> listingAny(UUID supplierId, List<String> serials) {
        getEntityManager().createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, "delivery-of-supplier:" + supplierId).getSingleResult();
        return find("supplierId = ?1 and array_intersects(serials, ?2) order by createdAt, id", supplierId,
                serials.toArray(String[]::new)).firstResultOptional();
    }
}
