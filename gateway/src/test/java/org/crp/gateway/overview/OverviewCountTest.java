package org.crp.gateway.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

class OverviewCountTest {

    @Test
    void countsATotalItemsOrAPlainList() {
        assertEquals(7L, OverviewService.countOnly(new JsonObject("{\"items\":[1,2],\"total\":7}")).getLong("count"));
        assertEquals(2L, OverviewService.countOnly(new JsonObject("{\"items\":[1,2]}")).getLong("count"));
        assertEquals(3L, OverviewService.countOnly(new JsonArray("[1,2,3]")).getLong("count"));
        assertEquals(0L, OverviewService.countOnly(new JsonObject("{}")).getLong("count"));
        assertEquals(3L, OverviewService.countOnly(new JsonObject("{\"byStatus\":{\"OPEN\":3,\"CLOSED\":9},\"total\":12}"))
                .getLong("count"));
    }
}
