package org.crp.supplier.delivery;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    public List<Certificate> ofDelivery(UUID deliveryId) {
        return list("deliveryId = ?1 order by id", deliveryId);
    }

    public List<Certificate> ofDeliveries(List<UUID> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of() : list("deliveryId in ?1 order by id", deliveryIds);
    }

    public boolean taken(UUID deliveryId, String issuer, String number) {
        return count("deliveryId = ?1 and issuer = ?2 and number = ?3", deliveryId, issuer, number) > 0;
    }
}
