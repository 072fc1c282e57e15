package org.crp.replacement.workorder;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkOrderRepository implements PanacheRepositoryBase<WorkOrder, UUID> {

    public List<WorkOrder> ofProgramme(UUID programmeId, Collection<WorkOrderStatus> statuses) {
        return list("programmeId = ?1 and status in ?2 order by id", programmeId, statuses);
    }

    /** How many of the programme's orders are still open (live), by status; statuses with none are left out. */
    public Map<WorkOrderStatus, Long> liveByStatus(UUID programmeId) {
        Map<WorkOrderStatus, Long> counts = new EnumMap<>(WorkOrderStatus.class);
        getEntityManager()
                .createQuery("select w.status, count(w) from WorkOrder w where w.programmeId = :programme and w.status in :live "
                        + "group by w.status", Object[].class)
                .setParameter("programme", programmeId).setParameter("live", WorkOrderStatus.LIVE).getResultList()
                .forEach(row -> counts.put((WorkOrderStatus) row[0], (Long) row[1]));
        return counts;
    }

    /** What a live order of another programme holds: its camera, and its vendor's capacity and its zone's room on its day. */
    public record LiveOrder(UUID deviceId, UUID siteId, UUID zoneId, UUID vendorId, LocalDate day) {
    }

    /**
     * The live orders of other programmes: this programme must leave their cameras alone and plan around the
     * vendor capacity and zone room they take.
     */
    public List<LiveOrder> liveElsewhere(UUID programmeId) {
        return getEntityManager()
                .createQuery("select w.deviceId, w.siteId, w.zoneId, w.vendorId, w.scheduledDate from WorkOrder w "
                        + "where w.programmeId <> :programme and w.status in :live order by w.id", Object[].class)
                .setParameter("programme", programmeId).setParameter("live", WorkOrderStatus.LIVE).getResultStream()
                .map(r -> new LiveOrder((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (LocalDate) r[4])).toList();
    }

    /** Which of these cameras a live order (of any programme) holds. */
    public List<UUID> liveAmong(Collection<UUID> deviceIds) {
        return getEntityManager()
                .createQuery("select w.deviceId from WorkOrder w where w.deviceId in :devices and w.status in :live", UUID.class)
                .setParameter("devices", deviceIds).setParameter("live", WorkOrderStatus.LIVE).getResultList();
    }

    /** The cameras of the programme's PLANNED orders, which a re-plan deletes. */
    public List<UUID> plannedDevices(UUID programmeId) {
        return getEntityManager()
                .createQuery("select w.deviceId from WorkOrder w where w.programmeId = :programme and w.status = :planned",
                        UUID.class)
                .setParameter("programme", programmeId).setParameter("planned", WorkOrderStatus.PLANNED).getResultList();
    }

    public long deletePlanned(UUID programmeId) {
        WorkOrderEvent.delete("workOrderId in (select w.id from WorkOrder w where w.programmeId = ?1 and w.status = ?2)",
                programmeId, WorkOrderStatus.PLANNED);
        return delete("programmeId = ?1 and status = ?2", programmeId, WorkOrderStatus.PLANNED);
    }
}
