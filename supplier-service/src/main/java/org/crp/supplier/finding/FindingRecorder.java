package org.crp.supplier.finding;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.crp.common.web.Actor;
import org.hibernate.query.TypedParameterValue;
import org.hibernate.type.StandardBasicTypes;

/**
 * Records findings idempotently. Each finding has a natural key (supplier, type, subject) with a unique
 * constraint; the insert is {@code on conflict do nothing}, so a second scan, or two scans at once, never
 * add the same finding twice: the loser of a race simply finds the row the winner inserted. Devices and
 * evidence are added to a finding the same way, keyed by (finding, device) and (finding, evidence).
 */
@ApplicationScoped
public class FindingRecorder {

    /** A device behind a finding. */
    public record DeviceRef(UUID deviceId, String serial, String detail) {
    }

    /** A finding to record unless its (supplier, type, subjectKey) is already there. */
    public record Candidate(UUID supplierId, FindingType type, FindingSource source, String subjectKey, String summary,
            UUID deliveryId, UUID certificateId, List<DeviceRef> devices, List<UUID> evidenceIds) {
    }

    /** What happened to one candidate: its finding's id, whether it is new, and how many devices were new to it. */
    public record Outcome(UUID findingId, FindingType type, String subjectKey, boolean added, int devicesAdded) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final EntityManager em;
    private final Actor actor;
    private final Clock clock;

    FindingRecorder(EntityManager em, Actor actor, Clock clock) {
        this.em = em;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public List<Outcome> recordAll(List<Candidate> candidates) {
        List<Outcome> outcomes = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            outcomes.add(record(candidate));
        }
        return outcomes;
    }

    @Transactional
    public Outcome record(Candidate c) {
        return record(uuidV7(), c);
    }

    /**
     * {@link #record(Candidate)} with the id the finding gets if it is new, for a subject key made from that id
     * (a manual finding's {@code manual:<id>}), so the key names the finding itself.
     */
    @Transactional
    public Outcome record(UUID newId, Candidate c) {
        Timestamp now = Timestamp.from(Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("insert into finding (id, supplier_id, type, source, subject_key, summary, "
                + "delivery_id, certificate_id, recorded_by, request_id, created_at, updated_at, version) "
                + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11, 0) "
                + "on conflict (supplier_id, type, subject_key) do nothing returning id")
                .setParameter(1, newId)
                .setParameter(2, c.supplierId())
                .setParameter(3, c.type().name())
                .setParameter(4, c.source().name())
                .setParameter(5, c.subjectKey())
                .setParameter(6, truncate(c.summary(), 2000))
                .setParameter(7, new TypedParameterValue<>(StandardBasicTypes.UUID, c.deliveryId()))
                .setParameter(8, new TypedParameterValue<>(StandardBasicTypes.UUID, c.certificateId()))
                .setParameter(9, actor.subject())
                .setParameter(10, new TypedParameterValue<>(StandardBasicTypes.STRING, actor.requestId()))
                .setParameter(11, now)
                .getResultList();
        boolean added = !inserted.isEmpty();
        UUID id = added ? (UUID) inserted.get(0)
                : (UUID) em.createNativeQuery("select id from finding where supplier_id = ?1 and type = ?2 and subject_key = ?3")
                        .setParameter(1, c.supplierId()).setParameter(2, c.type().name()).setParameter(3, c.subjectKey())
                        .getSingleResult();
        int devicesAdded = 0;
        for (DeviceRef device : c.devices()) {
            devicesAdded += em.createNativeQuery("insert into finding_device (finding_id, device_id, serial, detail) "
                    + "values (?1, ?2, ?3, ?4) on conflict (finding_id, device_id) do nothing")
                    .setParameter(1, id).setParameter(2, device.deviceId()).setParameter(3, new TypedParameterValue<>(StandardBasicTypes.STRING, truncate(device.serial(), 100)))
                    .setParameter(4, new TypedParameterValue<>(StandardBasicTypes.STRING, truncate(device.detail(), 2000)))
                    .executeUpdate();
        }
        for (UUID evidenceId : c.evidenceIds()) {
            em.createNativeQuery("insert into finding_evidence (finding_id, evidence_id) values (?1, ?2) "
                    + "on conflict (finding_id, evidence_id) do nothing")
                    .setParameter(1, id).setParameter(2, evidenceId).executeUpdate();
        }
        return new Outcome(id, c.type(), c.subjectKey(), added, devicesAdded);
    }

    /** A time-ordered (version 7) UUID, as the entities' own ids, so keyset paging follows creation order. */
    static UUID uuidV7() {
        long millis = System.currentTimeMillis();
        long high = (millis << 16) | 0x7000L | (RANDOM.nextInt() & 0x0FFFL);
        long low = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
