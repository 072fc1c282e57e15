package org.crp.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.crp.common.problem.ApiException;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Keyset paging over a Panache repository ordered by a time-ordered UUID id, or by a sort key and then the id. */
public final class Paging {

    private Paging() {
    }

    public static <E, D> Page<D> page(PanacheRepositoryBase<E, UUID> repository, Filter filter, PageRequest request,
            Function<E, UUID> id, Function<E, D> toDto) {
        return page(repository, filter, request, null, id, toDto);
    }

    /**
     * One page in the given order; {@code sort} null is the default order by id. A cursor only
     * continues the order it was made in: one from another sort is the caller's mistake (400).
     */
    public static <E, D> Page<D> page(PanacheRepositoryBase<E, UUID> repository, Filter filter, PageRequest request,
            Sort<E> sort, Function<E, UUID> id, Function<E, D> toDto) {
        List<E> rows = new ArrayList<>();
        for (Segment segment : segments(filter, request, sort)) {
            int wanted = request.limit() + 1 - rows.size(); // one more than asked tells whether a next page exists
            if (wanted <= 0) {
                break;
            }
            rows.addAll(repository.find(segment.filter().where() + " order by " + segment.orderBy(),
                    segment.filter().params()).range(0, wanted - 1).list());
        }
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = null;
        if (more) {
            E last = shown.get(shown.size() - 1);
            next = sort == null ? PageRequest.encode(id.apply(last))
                    : PageRequest.encode(sort.token(), sort.key().value().apply(last), id.apply(last));
        }
        Long total = request.withTotal() ? repository.count(filter.where(), filter.params()) : null;
        return new Page<>(shown.stream().map(toDto).toList(), next, total);
    }

    /** A part of the order that one index scan serves; a nullable key may need its null rows as a second part. */
    private record Segment(Filter filter, String orderBy) {
    }

    private static <E> List<Segment> segments(Filter filter, PageRequest request, Sort<E> sort) {
        if (sort == null) {
            if (request.keyCursor() != null) {
                throw otherSort(request.keyCursor().sort(), "the default order");
            }
            return List.of(new Segment(filter.copy().after("id", request.after()), "id"));
        }
        if (request.after() != null) {
            throw otherSort("the default order", sort.token());
        }
        PageRequest.KeyCursor cursor = request.keyCursor();
        if (cursor == null) {
            return List.of(new Segment(filter.copy(), sort.orderBy("id")));
        }
        if (!cursor.sort().equals(sort.token())) {
            throw otherSort(cursor.sort(), sort.token());
        }
        String field = sort.key().field();
        Object key;
        try {
            key = cursor.key() == null ? null : sort.key().parse(cursor.key());
        } catch (RuntimeException e) {
            key = null;
        }
        if (key == null && (cursor.key() != null || !sort.key().nullable())) {
            throw ApiException.badRequest("cursor", "is not a cursor returned by this list; start again without one");
        }
        String direction = sort.descending() ? " desc" : " asc";
        String byKey = field + direction + ", id" + direction;
        // Nulls come after every value: last when ascending, first when descending.
        if (key != null) {
            Segment values = new Segment(filter.copy().afterRow(field, "id", sort.descending(), key, cursor.id()), byKey);
            return sort.key().nullable() && !sort.descending()
                    ? List.of(values, new Segment(filter.copy().when(true, field + " is null"), "id asc"))
                    : List.of(values);
        }
        Filter nulls = filter.copy().when(true, field + " is null");
        if (!sort.descending()) {
            return List.of(new Segment(nulls.after("id", cursor.id()), "id asc"));
        }
        return List.of(new Segment(nulls.before("id", cursor.id()), "id desc"),
                new Segment(filter.copy().when(true, field + " is not null"), byKey));
    }

    private static ApiException otherSort(String cursorSort, String requested) {
        return ApiException.badRequest("cursor", "was made for " + (cursorSort.isEmpty() ? "the default order" : "sort="
                + cursorSort) + " but this request asks for " + (requested.equals("the default order") ? requested
                        : "sort=" + requested) + "; send the same sort or start again without a cursor");
    }
}
