package org.crp.supplier.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<CaseDeadline, UUID> {

    /** One statement, so replicas running the job at once mark each deadline once and never overwrite a MET. */
    public int markMissedBefore(LocalDate today, Instant now) {
        return update("status = ?1, missedAt = ?2, updatedAt = ?2, version = version + 1 where status = ?3 and dueDate < ?4",
                DeadlineStatus.MISSED, now, DeadlineStatus.OPEN, today);
    }
}
