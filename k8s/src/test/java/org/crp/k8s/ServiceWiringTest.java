package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Selectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Services reach the pods of their Deployment on a port those pods expose; config references resolve. */
class ServiceWiringTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyServiceSelectsThePodsOfExactlyOneDeploymentOnAnExposedPort(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        for (Service service : r.services()) {
            String name = service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            assertTrue(selector != null && !selector.isEmpty(), name + " has no selector");
            List<Deployment> selected = r.deployments().stream()
                    .filter(d -> Selectors.matches(selector, d.getSpec().getTemplate().getMetadata().getLabels()))
                    .toList();
            assertEquals(1, selected.size(), overlay + ": Service " + name + " selects "
                    + selected.stream().map(d -> d.getMetadata().getName()).toList());
            Deployment d = selected.get(0);
            // The Deployment's own selector must also pick these pods (the Service targets live pods).
            assertTrue(Selectors.matches(d.getSpec().getSelector(), d.getSpec().getTemplate().getMetadata().getLabels()));
            Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
            for (ServicePort port : service.getSpec().getPorts()) {
                var target = port.getTargetPort();
                boolean exposed = c.getPorts().stream().anyMatch(p -> target == null
                        ? p.getContainerPort().equals(port.getPort())
                        : target.getStrVal() != null ? target.getStrVal().equals(p.getName())
                                : target.getIntVal().equals(p.getContainerPort()));
                assertTrue(exposed, overlay + ": Service " + name + " port " + port.getPort() + " -> " + target
                        + " is not a port of " + d.getMetadata().getName());
                assertEquals(WorkloadTest.httpPort(c).getContainerPort(), port.getPort(),
                        name + ": service port and container port differ, so peer URLs would be confusing");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentIsReachableThroughAClusterIpServiceOfItsName(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Service> byName = r.services().stream()
                .collect(Collectors.toMap(s -> s.getMetadata().getName(), s -> s));
        for (String name : Components.SERVICES) {
            Service s = byName.get(name);
            assertNotNull(s, overlay + ": no Service " + name);
            assertEquals("ClusterIP", s.getSpec().getType() == null ? "ClusterIP" : s.getSpec().getType(), name);
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayForwardsToTheServicesTheyAre(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, String> env = environment(r, r.deployment("gateway"));
        Map<String, String> expected = Map.of(
                "CRP_INVENTORY_URL", "inventory-service",
                "CRP_REPLACEMENT_URL", "replacement-service",
                "CRP_SUPPLIER_URL", "supplier-service");
        expected.forEach((variable, service) -> {
            URI url = URI.create(env.get(variable));
            assertEquals("http", url.getScheme(), variable);
            Set<String> hosts = Set.of(service, service + "." + Components.NAMESPACE,
                    service + "." + Components.NAMESPACE + ".svc", service + "." + Components.NAMESPACE + ".svc.cluster.local");
            assertTrue(hosts.contains(url.getHost()), variable + " points at " + url.getHost());
            Service target = r.services().stream().filter(s -> s.getMetadata().getName().equals(service)).findFirst().orElseThrow();
            assertTrue(target.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == url.getPort()),
                    variable + " uses port " + url.getPort() + " which Service " + service + " does not serve");
        });
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyReferencedConfigMapAndKeyExists(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, ConfigMap> maps = r.configMaps().stream()
                .collect(Collectors.toMap(c -> c.getMetadata().getName(), c -> c));
        for (Deployment d : r.deployments()) {
            for (Container c : d.getSpec().getTemplate().getSpec().getContainers()) {
                for (EnvFromSource from : c.getEnvFrom()) {
                    if (from.getConfigMapRef() != null) {
                        assertTrue(maps.containsKey(from.getConfigMapRef().getName()),
                                d.getMetadata().getName() + " reads missing ConfigMap " + from.getConfigMapRef().getName());
                    }
                }
                for (EnvVar v : c.getEnv()) {
                    if (v.getValueFrom() != null && v.getValueFrom().getConfigMapKeyRef() != null) {
                        var ref = v.getValueFrom().getConfigMapKeyRef();
                        ConfigMap map = maps.get(ref.getName());
                        assertNotNull(map, d.getMetadata().getName() + " reads missing ConfigMap " + ref.getName());
                        assertTrue(map.getData().containsKey(ref.getKey()), ref.getName() + " has no key " + ref.getKey());
                    }
                }
            }
        }
    }

    /** The literal environment a container gets from its ConfigMaps and plain env values. */
    static Map<String, String> environment(Rendered r, Deployment d) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
        for (EnvFromSource from : c.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                env.putAll(r.configMap(from.getConfigMapRef().getName()).getData());
            }
        }
        for (EnvVar v : c.getEnv()) {
            if (v.getValueFrom() != null && v.getValueFrom().getConfigMapKeyRef() != null) {
                var ref = v.getValueFrom().getConfigMapKeyRef();
                env.put(v.getName(), r.configMap(ref.getName()).getData().get(ref.getKey()));
            } else {
                env.put(v.getName(), v.getValue() != null ? v.getValue() : "<from " + describe(v) + ">");
            }
        }
        return env;
    }

    private static String describe(EnvVar v) {
        if (v.getValueFrom() == null) {
            return "nothing";
        }
        if (v.getValueFrom().getSecretKeyRef() != null) {
            return "secret " + v.getValueFrom().getSecretKeyRef().getName();
        }
        if (v.getValueFrom().getConfigMapKeyRef() != null) {
            return "configmap " + v.getValueFrom().getConfigMapKeyRef().getName();
        }
        return "field";
    }
}
