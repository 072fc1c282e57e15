package org.crp.supplier.finding;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FindingRepository implements PanacheRepositoryBase<Finding, UUID> {

    /** Number of a supplier's findings per type, every type present (zero when none). */
    public Map<FindingType, Long> countByType(UUID supplierId) {
        Map<FindingType, Long> counts = new EnumMap<>(FindingType.class);
        for (FindingType type : FindingType.values()) {
            counts.put(type, 0L);
        }
        getEntityManager().createQuery("select f.type, count(f) from Finding f where f.supplierId = :supplier group by f.type",
                Object[].class).setParameter("supplier", supplierId).getResultList()
                .forEach(row -> counts.put((FindingType) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
