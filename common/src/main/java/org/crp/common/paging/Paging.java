package org.crp.common.paging;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Keyset paging over a Panache repository ordered by a time-ordered UUID id. */
public final class Paging {

    private Paging() {
    }

    public static <E, D> Page<D> page(PanacheRepositoryBase<E, UUID> repository, Filter filter, PageRequest request,
            Function<E, UUID> id, Function<E, D> toDto) {
        Filter keyset = filter.copy().after("id", request.after());
        List<E> rows = repository.find(keyset.where() + " order by id", keyset.params())
                .range(0, request.limit()) // one more than asked tells whether a next page exists
                .list();
        boolean more = rows.size() > request.limit();
        List<E> shown = more ? rows.subList(0, request.limit()) : rows;
        String next = more ? PageRequest.encode(id.apply(shown.get(shown.size() - 1))) : null;
        Long total = request.withTotal() ? repository.count(filter.where(), filter.params()) : null;
        return new Page<>(shown.stream().map(toDto).toList(), next, total);
    }
}
