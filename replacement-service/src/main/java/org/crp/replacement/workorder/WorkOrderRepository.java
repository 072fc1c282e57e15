package org.crp.replacement.workorder;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class WorkOrderRepository implements PanacheRepositoryBase<WorkOrder, UUID> {

    public List<WorkOrder> ofProgramme(UUID programmeId, Collection<WorkOrderStatus> statuses) {
        return list("programmeId = ?1 and status in ?2 order by id", programmeId, statuses);
    }

    /** Cameras held by live orders of other programmes: this programme must leave them alone. */
    public List<UUID> devicesLiveElsewhere(UUID programmeId) {
        return getEntityManager()
                .createQuery("select w.deviceId from WorkOrder w where w.programmeId <> :programme and w.status in :live",
                        UUID.class)
                .setParameter("programme", programmeId).setParameter("live", WorkOrderStatus.LIVE).getResultList();
    }

    public long deletePlanned(UUID programmeId) {
        WorkOrderEvent.delete("workOrderId in (select w.id from WorkOrder w where w.programmeId = ?1 and w.status = ?2)",
                programmeId, WorkOrderStatus.PLANNED);
        return delete("programmeId = ?1 and status = ?2", programmeId, WorkOrderStatus.PLANNED);
    }
}
