package org.crp.supplier.client;

import java.math.BigDecimal;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

public final class ReplacementDtos {
    private ReplacementDtos() {
    }

    /**
     * One supplier's replacement work in one currency: work orders not cancelled or failed, how many are completed,
     * their planned cost (all of them) and their completed cost.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SupplierCost(UUID supplierId, String currency, long orders, long completed, BigDecimal plannedCost,
            BigDecimal completedCost) {
    }
}
