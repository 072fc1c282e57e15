package org.crp.inventory.device;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;

import org.crp.common.paging.Filter;
import org.crp.inventory.device.DeviceDtos.DeviceView;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeviceRepository implements PanacheRepositoryBase<Device, UUID> {

    /** A view's fields in its constructor's order. */
    private static final String VIEW_COLUMNS = "select id, serial, assetTag, model, declaredManufacturer, declaredCountry,"
            + " verifiedManufacturer, verifiedCountry, macAddress, ipAddress, firmwareVersion, siteId, zoneId, supplierId,"
            + " contractReference, installDate, status, riskScore, riskLevel, riskReasons, legalHolds, replacesDeviceId,"
            + " replacedByDeviceId, createdAt, updatedAt, version from Device where ";

    /**
     * Views of the devices that match, in the given HQL order, read straight from the columns: no
     * entity is loaded, so there is nothing to snapshot (the jsonb reasons would be copied) or to
     * dirty-check at commit.
     */
    public List<DeviceView> views(Filter filter, String orderBy, int max) {
        TypedQuery<DeviceView> query = getEntityManager()
                .createQuery(VIEW_COLUMNS + filter.where() + " order by " + orderBy, DeviceView.class);
        filter.params().forEach(query::setParameter);
        return query.setMaxResults(max).getResultList();
    }

    public Optional<DeviceView> view(UUID id) {
        return views(new Filter().eq("id", id), "id", 1).stream().findFirst();
    }

    public long count(Filter filter) {
        return count(filter.where(), filter.params());
    }
}
