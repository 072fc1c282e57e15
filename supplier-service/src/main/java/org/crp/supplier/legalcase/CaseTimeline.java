package org.crp.supplier.legalcase;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.Actor;
import org.crp.supplier.legalcase.LegalCaseDtos.EventRequest;
import org.crp.supplier.legalcase.LegalCaseDtos.EventView;

/** The append-only timeline of a case. Entries are only ever added: there is no way to change or remove one. */
@ApplicationScoped
public class CaseTimeline {

    private final CaseEventRepository events;
    private final LegalCaseRepository cases;
    private final Actor actor;
    private final Clock clock;

    CaseTimeline(CaseEventRepository events, LegalCaseRepository cases, Actor actor, Clock clock) {
        this.events = events;
        this.cases = cases;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public EventView add(UUID caseId, EventRequest request) {
        requireCase(caseId);
        if (request.kind().writtenByService()) {
            throw ApiException.badRequest("kind", request.kind() + " entries are written by a status change "
                    + "(POST /api/supplier/cases/{id}/status), not added by hand");
        }
        return EventView.of(record(caseId, request.kind(), request.occurredAt(), request.text().strip()));
    }

    @Transactional
    public EventView get(UUID caseId, UUID eventId) {
        return events.findByIdOptional(eventId).filter(e -> e.caseId.equals(caseId)).map(EventView::of)
                .orElseThrow(() -> ApiException.notFound("Timeline entry", eventId + " of case " + caseId));
    }

    @Transactional
    public Page<EventView> list(UUID caseId, PageRequest page) {
        requireCase(caseId);
        return Paging.page(events, new Filter().eq("caseId", caseId), page, e -> e.id, EventView::of);
    }

    /** Joins the caller's transaction, so a status change and its timeline entry commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CaseEvent recordNow(UUID caseId, EventKind kind, String text) {
        return record(caseId, kind, Instant.now(clock), text);
    }

    private CaseEvent record(UUID caseId, EventKind kind, Instant occurredAt, String text) {
        CaseEvent event = new CaseEvent();
        event.caseId = caseId;
        event.kind = kind;
        event.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        event.text = text;
        event.author = actor.subject();
        event.requestId = actor.requestId();
        events.persistAndFlush(event);
        return event;
    }

    private void requireCase(UUID caseId) {
        if (cases.count("id", caseId) == 0) {
            throw ApiException.notFound("Legal case", caseId);
        }
    }
}
