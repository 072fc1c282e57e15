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

    @Test
    void aCaseSummaryCountsEveryCaseThatIsNotClosed() {
        // supplier-service's exposure calls these open too: every status but CLOSED
        assertEquals(10L, OverviewService.countOnly(new JsonObject("{\"byStatus\":{\"OPEN\":1,\"INVESTIGATING\":2,"
                + "\"FILED\":1,\"IN_LITIGATION\":1,\"SETTLED\":2,\"JUDGMENT\":1,\"DISMISSED\":2,\"CLOSED\":9},"
                + "\"total\":19}")).getLong("count"));
        assertEquals(0L, OverviewService.countOnly(new JsonObject("{\"byStatus\":{\"CLOSED\":4},\"total\":4}"))
                .getLong("count"));
    }

    @Test
    void aProgressSummaryKeepsHowFarAndWhenOrWhyNot() {
        JsonObject projected = OverviewService.progressSummary(new JsonObject("{\"percentComplete\":60.0,\"devices\":5,"
                + "\"completed\":3,\"remaining\":2,\"burnDown\":[{\"date\":\"2027-03-01\"}],"
                + "\"projection\":{\"completionDate\":\"2027-03-17\",\"onTarget\":true}}"));
        assertEquals(new JsonObject("{\"percentComplete\":60.0,\"devices\":5,\"completed\":3,\"remaining\":2,"
                + "\"projectedCompletion\":\"2027-03-17\",\"onTarget\":true}"), projected);
        JsonObject stalled = OverviewService.progressSummary(new JsonObject("{\"percentComplete\":0.0,\"devices\":4,"
                + "\"completed\":0,\"remaining\":4,\"projection\":{\"completionDate\":null,\"onTarget\":null,"
                + "\"reason\":\"no pace\"}}"));
        assertEquals("no pace", stalled.getString("projectionReason"));
        assertEquals(true, stalled.containsKey("projectedCompletion"));
        assertEquals(null, stalled.getValue("projectedCompletion"));
    }
}
