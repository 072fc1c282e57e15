package org.crp.replacement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public final class PlanningDtos {
    private PlanningDtos() {
    }

    /** One weekly wave: the orders whose day falls in that week of the programme. */
    public record WaveView(int wave, LocalDate from, LocalDate to, long orders, BigDecimal cost) {
    }

    /**
     * A plan as stored: its figures, its waves and, right after planning, how many cameras inventory
     * moved to SCHEDULED (in pages through its bulk status change) and which pages it refused or could
     * not be asked about; planning again retries them.
     */
    public record PlanView(UUID programmeId, PlanFigures figures, List<WaveView> waves, Integer scheduledInInventory,
            List<String> inventoryFailures) {
    }
}
