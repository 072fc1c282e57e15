package org.crp.supplier.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeadlineRepository implements PanacheRepositoryBase<CaseDeadline, UUID> {

    /** The ids of CLOSED cases, as an HQL subquery: their deadlines are settled, never missed or upcoming. */
    static final String CLOSED_CASES = "select c.id from LegalCase c where c.status = "
            + "org.crp.supplier.legalcase.CaseStatus.CLOSED";

    /** One statement, so replicas running the job at once mark each deadline once and never overwrite a MET. */
    public int markMissedBefore(LocalDate today, Instant now) {
        return update("status = ?1, missedAt = ?2, updatedAt = ?2, version = version + 1 where status = ?3 and dueDate < ?4 "
                + "and caseId not in (" + CLOSED_CASES + ")", DeadlineStatus.MISSED, now, DeadlineStatus.OPEN, today);
    }
}
