package org.crp.k8s;

import java.util.List;
import java.util.Map;

/** CRP's four workloads as the manifests name them: Deployment = Service = module directory. */
final class Components {

    static final List<String> SERVICES = List.of("gateway", "inventory-service", "replacement-service", "supplier-service");

    /** The port each one serves on (shared/design/architecture.md). */
    static final Map<String, Integer> PORTS = Map.of(
            "gateway", 8080, "inventory-service", 8081, "replacement-service", 8082, "supplier-service", 8083);

    /** Services with their own schema and database role (the gateway persists nothing). */
    static final Map<String, String> SCHEMAS = Map.of(
            "inventory-service", "inventory", "replacement-service", "replacement", "supplier-service", "supplier");

    static final String NAMESPACE = "crp";

    private Components() {
    }
}
