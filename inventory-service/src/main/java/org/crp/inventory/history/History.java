package org.crp.inventory.history;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.problem.ApiException;
import org.crp.common.web.Actor;
import org.crp.common.web.CallContext;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * Keeps every change to devices, zones, holds, risk lists, watchlist entries and registry versions with the acting
 * subject and the request id.
 */
@ApplicationScoped
public class History implements PanacheRepositoryBase<HistoryEntry, UUID> {

    public static final String DEVICE = "DEVICE";
    public static final String ZONE = "ZONE";
    public static final String HOLD = "HOLD";
    public static final String RISK_LIST = "RISK_LIST";
    public static final String WATCHLIST = "WATCHLIST";
    /** An uploaded IEEE registry version; its withdrawal deletes the row, so the entry keeps what it was. */
    public static final String REGISTRY_VERSION = "REGISTRY_VERSION";

    /** Bookkeeping fields that change on every write and say nothing a reader needs. */
    private static final Set<String> IGNORED = Set.of("version", "updatedAt", "createdAt");

    private final Actor actor;

    History(Actor actor) {
        this.actor = actor;
    }

    /** Records a change inside the caller's transaction, so the change and its history commit together. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entityType, UUID entityId, String action, Map<String, Object> changes) {
        HistoryEntry entry = new HistoryEntry();
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.action = action;
        entry.changes = changes;
        entry.subject = actor.subject();
        entry.requestId = actor.requestId();
        persist(entry);
    }

    /** This request's subject and id as the cause of what it sets off; the risk engine's outside a caller's request. */
    public Cause cause(String why) {
        CallContext.Current now = CallContext.current();
        return now.actingFor() == null ? Cause.engine(why) : new Cause(now.actingFor(), now.requestId(), why);
    }

    /** The fields that differ between two views of the same record, as {field: {from, to}}. */
    public static Map<String, Object> diff(Record before, Record after) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            if (IGNORED.contains(component.getName())) {
                continue;
            }
            Object from = value(component, before);
            Object to = value(component, after);
            if (!Objects.equals(from, to)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("from", plain(from));
                change.put("to", plain(to));
                changes.put(component.getName(), change);
            }
        }
        return changes;
    }

    /** All fields of a new record, for a creation entry. */
    public static Map<String, Object> snapshot(Record created) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (RecordComponent component : created.getClass().getRecordComponents()) {
            if (!IGNORED.contains(component.getName())) {
                fields.put(component.getName(), plain(value(component, created)));
            }
        }
        return fields;
    }

    /**
     * One page of a record's changes, oldest first. A deleted record's history stays readable, its last entry the
     * deletion; an id that names no record and has no history is a 404 naming {@code what}.
     */
    @Transactional
    public Page<HistoryView> of(List<String> entityTypes, UUID entityId, PageRequest page, BooleanSupplier exists,
            String what) {
        Page<HistoryView> found = of(entityTypes, entityId, page);
        if (found.items().isEmpty() && page.after() == null && !exists.getAsBoolean()) {
            throw ApiException.notFound(what, entityId);
        }
        return found;
    }

    @Transactional
    public Page<HistoryView> of(List<String> entityTypes, UUID entityId, PageRequest page) {
        Filter filter = new Filter().in("entityType", entityTypes).eq("entityId", entityId);
        return Paging.page(this, filter, page, e -> e.id, HistoryView::of);
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON-friendly: enums, ids and dates as text, numbers and booleans as they are. */
    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof java.util.Collection<?> collection) {
            return collection.stream().map(History::plain).toList();
        }
        if (value instanceof Record record) {
            return snapshot(record);
        }
        return value.toString();
    }

    public record HistoryView(UUID id, Instant at, String action, String subject, String requestId,
            Map<String, Object> changes) {
        static HistoryView of(HistoryEntry e) {
            return new HistoryView(e.id, e.createdAt, e.action, e.subject, e.requestId, e.changes);
        }
    }
}
