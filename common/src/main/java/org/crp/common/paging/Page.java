package org.crp.common.paging;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of a list: the items, the cursor of the next page (absent on the last) and, when asked, the total. */
public record Page<T>(List<T> items, @JsonInclude(JsonInclude.Include.NON_NULL) String nextCursor,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {
}
