package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.crp.k8s.support.AppConfig;
import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Repo;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The manifests and the applications agree: every variable the manifests set is one the service
 * reads, every variable it needs in a cluster is set, it listens where the probes and the Service
 * look, and it serves the health endpoints the probes call.
 */
class AppConfigTest {

    static Stream<Arguments> deployments() {
        return Rendered.OVERLAYS.stream().flatMap(overlay -> Components.SERVICES.stream()
                .map(name -> Arguments.of(Named.of(overlay, overlay), name)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void everyVariableTheManifestsSetIsReadByTheService(String overlay, String name) {
        Set<String> read = AppConfig.of(name).environment().keySet();
        Set<String> unread = new TreeSet<>(variables(overlay, name).keySet());
        unread.removeAll(read);
        assertEquals(Set.of(), unread, overlay + ": " + name + " is given variables it never reads");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void everyVariableTheServiceNeedsInAClusterIsSet(String overlay, String name) {
        Map<String, String> set = variables(overlay, name);
        Set<String> missing = new TreeSet<>();
        AppConfig.of(name).environment().forEach((variable, fallback) -> {
            // No default at all, or a default that only makes sense on a laptop.
            boolean needed = fallback == null || fallback.contains("localhost") || fallback.contains("127.0.0.1");
            if (needed && !set.containsKey(variable)) {
                missing.add(variable);
            }
        });
        assertEquals(Set.of(), missing, overlay + ": " + name + " would fall back to a local default or fail");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void theServiceListensOnThePortTheManifestsExpose(String overlay, String name) {
        Map<String, String> env = variables(overlay, name);
        AppConfig app = AppConfig.of(name);
        int port = Integer.parseInt(app.resolve("quarkus.http.port", env).orElse("8080"));
        Deployment d = Rendered.overlay(overlay).deployment(name);
        assertEquals(WorkloadTest.httpPort(d.getSpec().getTemplate().getSpec().getContainers().get(0)).getContainerPort(), port,
                name + " listens on " + port);
        assertEquals(Components.PORTS.get(name), port, name + " port in the architecture");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void theServiceServesTheHealthEndpointsOnItsMainPort(String overlay, String name) {
        AppConfig app = AppConfig.of(name);
        boolean health = hasHealth(name) || (AppConfig.dependsOnCommon(name) && hasHealth("common"));
        assertTrue(health, name + " does not have quarkus-smallrye-health, so /q/health/* would answer 404");
        assertFalse(app.raw("quarkus.management.enabled").map(Boolean::parseBoolean).orElse(false),
                name + " serves health on the management port 9000, not where the probes look");
        assertEquals("q", app.raw("quarkus.http.non-application-root-path").orElse("q").replaceAll("^/|/$", ""),
                name + " moved /q");
        assertEquals("health", app.raw("quarkus.smallrye-health.root-path").orElse("health").replaceAll("^/|/$", ""),
                name + " moved /q/health");
        assertTrue(app.raw("quarkus.package.jar.type").orElse("fast-jar").equals("fast-jar"),
                name + " is not packaged as the fast-jar its Dockerfile copies");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void inventoryHasTwoWorkerThreadsPerCpuOfItsLimitPlusOneForABulkTransfer(String overlay) {
        Container c = Rendered.overlay(overlay).deployment("inventory-service").getSpec().getTemplate().getSpec()
                .getContainers().get(0);
        BigDecimal cpus = c.getResources().getLimits().get("cpu").getNumericalAmount();
        int threads = Integer.parseInt(AppConfig.of("inventory-service")
                .resolve("quarkus.thread-pool.max-threads", variables(overlay, "inventory-service")).orElseThrow());
        assertEquals(cpus.multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.CEILING).intValue() + 1, threads,
                overlay + ": inventory-service has " + cpus + " CPUs and " + threads + " worker threads");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("overlays")
    void theGatewayRunsAnEventLoopPerCpuOfItsLimit(String overlay) {
        Container c = Rendered.overlay(overlay).deployment("gateway").getSpec().getTemplate().getSpec().getContainers().get(0);
        BigDecimal cpus = c.getResources().getLimits().get("cpu").getNumericalAmount();
        int loops = Integer.parseInt(AppConfig.of("gateway")
                .resolve("quarkus.vertx.event-loops-pool-size", variables(overlay, "gateway")).orElseThrow());
        assertEquals(Math.max(1, cpus.setScale(0, RoundingMode.FLOOR).intValue()), loops,
                overlay + ": the gateway has " + cpus + " CPUs and " + loops + " event loops");
    }

    static Stream<Arguments> overlays() {
        return Rendered.OVERLAYS.stream().map(overlay -> Arguments.of(Named.of(overlay, overlay)));
    }

    private static boolean hasHealth(String module) {
        return Repo.read(module + "/pom.xml").contains("<artifactId>quarkus-smallrye-health</artifactId>");
    }

    /** Names of the variables the container gets, with literal values where they are literal. */
    static Map<String, String> variables(String overlay, String name) {
        Rendered r = Rendered.overlay(overlay);
        Deployment d = r.deployment(name);
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> vars = new LinkedHashMap<>();
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                vars.putAll(r.configMap(from.getConfigMapRef().getName()).getData());
            }
            if (from.getSecretRef() != null) {
                throw new AssertionError(name + " takes a whole Secret as environment: name its keys instead");
            }
        }
        for (EnvVar v : c.getEnv()) {
            vars.put(v.getName(), v.getValue() == null ? "" : v.getValue());
        }
        return vars;
    }
}
