package org.crp.gateway.health;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.crp.gateway.backend.Backend;
import org.crp.gateway.backend.BackendFetch;
import org.crp.gateway.backend.Backends;
import org.crp.gateway.config.GatewayConfig;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.registry.HealthRegistries;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;

/**
 * Readiness and the backends. Each backend that names a health path gets its own check in the health
 * group {@code backends} ({@code /q/health/group/backends}), UP or DOWN as its own readiness endpoint
 * answers within the timeout. Readiness ({@code /q/health/ready}) carries one check, {@code backends},
 * that lists each backend's state but is DOWN only when none is reachable: a gateway that can still reach
 * some services keeps serving them (and answers 503 problems for the others) rather than being taken out
 * of the load balancer, which would make every service unreachable because one is down.
 */
@ApplicationScoped
public class BackendReadiness {

    static final String GROUP = "backends";

    private final Backends backends;
    private final BackendFetch fetch;
    private final GatewayConfig.Health config;

    BackendReadiness(Backends backends, BackendFetch fetch, GatewayConfig config) {
        this.backends = backends;
        this.fetch = fetch;
        this.config = config.health();
    }

    void register(@Observes StartupEvent started) {
        List<Backend> checked = checked();
        if (checked.isEmpty()) {
            return;
        }
        checked.forEach(backend -> HealthRegistries.getHealthGroupRegistry(GROUP)
                .register(backend.serviceName(), (AsyncHealthCheck) () -> Uni.createFrom().completionStage(
                        probe(backend).map(state -> response(backend.serviceName(), state))
                                .toCompletionStage())));
        HealthRegistries.getRegistry(io.smallrye.health.api.HealthType.READINESS).register(GROUP, (AsyncHealthCheck)
                () -> Uni.createFrom().completionStage(all(checked).toCompletionStage()));
    }

    private List<Backend> checked() {
        return backends.all().stream().filter(b -> b.config().healthPath().isPresent()).toList();
    }

    private Future<HealthCheckResponse> all(List<Backend> checked) {
        List<Future<String>> probes = checked.stream().map(this::probe).toList();
        return Future.join(probes).transform(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named(GROUP);
            boolean anyUp = false;
            for (int i = 0; i < checked.size(); i++) {
                String state = probes.get(i).result();
                anyUp |= "UP".equals(state);
                builder.withData(checked.get(i).serviceName(), state);
            }
            return Future.succeededFuture(builder.status(anyUp).build());
        });
    }

    /** "UP", or "DOWN: reason". Never fails. */
    private Future<String> probe(Backend backend) {
        return fetch.get(backend, backend.config().healthPath().get(), config.timeout(), Map.of())
                .map(body -> "UP")
                .otherwise(failure -> "DOWN: " + (failure instanceof BackendFetch.Failed f ? f.reason() : "failed"));
    }

    private static HealthCheckResponse response(String name, String state) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(state.equals("UP"));
        if (!state.equals("UP")) {
            builder.withData("reason", state.substring("DOWN: ".length()));
        }
        return builder.build();
    }
}
