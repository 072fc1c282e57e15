package org.crp.replacement.workorder;

import java.util.EnumSet;
import java.util.Set;

public enum WorkOrderStatus {
    PLANNED, DISPATCHED, IN_PROGRESS, COMPLETED, FAILED, CANCELLED;

    /** The explicit transition table; anything not listed is refused with 409. */
    public Set<WorkOrderStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(DISPATCHED, CANCELLED);
            case DISPATCHED -> EnumSet.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, FAILED, CANCELLED);
            case COMPLETED, FAILED, CANCELLED -> EnumSet.noneOf(WorkOrderStatus.class);
        };
    }

    /** Orders a re-plan leaves where they are: a vendor holds them or they are done. */
    public static final Set<WorkOrderStatus> KEPT_BY_REPLAN = EnumSet.of(DISPATCHED, IN_PROGRESS, COMPLETED);
    /** The orders of a programme's current plan: a failed or cancelled order's camera is not in it until planned again. */
    public static final Set<WorkOrderStatus> CURRENT_PLAN = EnumSet.of(PLANNED, DISPATCHED, IN_PROGRESS, COMPLETED);
    /** Orders that hold their camera: no other order may plan it meanwhile. */
    public static final Set<WorkOrderStatus> LIVE = EnumSet.of(PLANNED, DISPATCHED, IN_PROGRESS);
}
