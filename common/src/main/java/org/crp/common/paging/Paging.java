package org.crp.common.paging;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.crp.common.problem.ApiException;
import org.hibernate.Hibernate;

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
        return page((f, orderBy, max) -> repository.find(f.where() + " order by " + orderBy, f.params())
                .range(0, max - 1).list(), f -> repository.count(f.where(), f.params()), filter, request, sort, id, toDto);
    }

    /** Reads at most {@code max} rows that match {@code filter}, in the HQL order {@code orderBy}. */
    @FunctionalInterface
    public interface Rows<R> {
        List<R> find(Filter filter, String orderBy, int max);
    }

    /**
     * The same keyset paging over any source of rows, such as a projection query that reads straight
     * into views; {@code count} answers the total of a filter.
     */
    public static <R, D> Page<D> page(Rows<R> source, Function<Filter, Long> count, Filter filter, PageRequest request,
            Sort<R> sort, Function<R, UUID> id, Function<R, D> toDto) {
        List<R> rows = new ArrayList<>();
        for (Segment segment : segments(filter, request, sort)) {
            int wanted = request.limit() + 1 - rows.size(); // one more than asked tells whether a next page exists
            if (wanted <= 0) {
                break;
            }
            rows.addAll(source.find(segment.filter(), segment.orderBy(), wanted));
        }
        // A cursor names the kind of rows it was made for: another list's cursor would page from an arbitrary point.
        String list = rows.isEmpty() ? null : Hibernate.getClass(rows.get(0)).getSimpleName();
        if (request.list() != null && list != null && !request.list().equals(list)) {
            throw PageRequest.notACursor();
        }
        boolean more = rows.size() > request.limit();
        List<R> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = null;
        if (more) {
            R last = shown.get(shown.size() - 1);
            next = sort == null ? PageRequest.encode(list, id.apply(last))
                    : PageRequest.encode(list, sort.token(), sort.key().value().apply(last), id.apply(last));
        }
        Long total = request.withTotal() ? count.apply(filter) : null;
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
            throw PageRequest.notACursor();
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
