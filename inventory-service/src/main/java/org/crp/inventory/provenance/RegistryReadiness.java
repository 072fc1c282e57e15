package org.crp.inventory.provenance;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the IEEE registries are in memory: a replica that cannot answer provenance takes no traffic. */
@Readiness
@ApplicationScoped
class RegistryReadiness implements HealthCheck {

    private final OuiRegistry registry;

    RegistryReadiness(OuiRegistry registry) {
        this.registry = registry;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("ieee-registry").status(registry.loaded()).build();
    }
}
