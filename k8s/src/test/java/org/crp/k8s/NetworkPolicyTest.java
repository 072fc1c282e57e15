package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;

import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Repo;
import org.crp.k8s.support.Traffic;
import org.crp.k8s.support.Traffic.Pod;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Deny by default, then exactly the flows of the architecture: evaluated as a CNI would, for every
 * pair of pods that matter, rather than by reading the YAML back.
 */
class NetworkPolicyTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    private static final String NS = Components.NAMESPACE;

    /** Who may call whom, by the destination's service port (shared/design/architecture.md). */
    private static final Set<String> ALLOWED = Set.of(
            "ingress-controller -> gateway:8080",
            "ingress-controller -> keycloak:8080",
            "gateway -> inventory-service:8081",
            "gateway -> replacement-service:8082",
            "gateway -> supplier-service:8083",
            "gateway -> keycloak:8080",
            "inventory-service -> keycloak:8080",
            "inventory-service -> postgres:5432",
            "replacement-service -> keycloak:8080",
            "replacement-service -> postgres:5432",
            "replacement-service -> inventory-service:8081",
            "supplier-service -> keycloak:8080",
            "supplier-service -> postgres:5432",
            "supplier-service -> inventory-service:8081",
            "supplier-service -> replacement-service:8082",
            "keycloak -> postgres:5432",
            "keycloak -> keycloak:7800",
            "keycloak-realm-import -> postgres:5432",
            "postgres -> postgres:5432",
            "postgres -> postgres:8000",
            "cnpg-operator -> postgres:5432",
            "cnpg-operator -> postgres:8000");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void aDefaultDenyPolicyIsolatesEveryPodBothWays(String overlay) {
        List<NetworkPolicy> denyAll = policies(overlay).stream()
                .filter(p -> p.getSpec().getPodSelector() != null
                        && (p.getSpec().getPodSelector().getMatchLabels() == null || p.getSpec().getPodSelector().getMatchLabels().isEmpty())
                        && (p.getSpec().getPodSelector().getMatchExpressions() == null || p.getSpec().getPodSelector().getMatchExpressions().isEmpty()))
                .filter(p -> Traffic.policyTypes(p).containsAll(List.of("Ingress", "Egress")))
                .filter(p -> (p.getSpec().getIngress() == null || p.getSpec().getIngress().isEmpty())
                        && (p.getSpec().getEgress() == null || p.getSpec().getEgress().isEmpty()))
                .toList();
        assertEquals(1, denyAll.size(), overlay + ": one policy selecting all pods with no rule in either direction");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodIsSelectedByAnAllowPolicyForBothDirections(String overlay) {
        Traffic traffic = traffic(overlay);
        // These only ever call out: nothing has to reach them.
        Set<String> outboundOnly = Set.of("keycloak-realm-import", "keycloak-operator");
        for (Pod pod : crpPods(overlay).values()) {
            List<String> directions = outboundOnly.contains(pod.name()) ? List.of("Egress") : List.of("Ingress", "Egress");
            for (String direction : directions) {
                assertTrue(traffic.selecting(pod, direction).stream().anyMatch(p -> hasRules(p, direction)),
                        overlay + ": no " + direction + " allow policy selects " + pod);
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheFlowsOfTheArchitectureAreAllowed(String overlay) {
        Traffic traffic = traffic(overlay);
        Map<String, Pod> pods = allPods(overlay);
        Map<String, List<Integer>> ports = new LinkedHashMap<>();
        Components.PORTS.forEach((name, port) -> ports.put(name, List.of(port)));
        ports.put("keycloak", List.of(8080, 9000, 7800));
        ports.put("postgres", List.of(5432, 8000));
        List<String> wrong = new ArrayList<>();
        for (Pod from : pods.values()) {
            for (Map.Entry<String, List<Integer>> to : ports.entrySet()) {
                for (int port : to.getValue()) {
                    String flow = from.name() + " -> " + to.getKey() + ":" + port;
                    boolean allowed = traffic.allows(from, pods.get(to.getKey()), port);
                    if (allowed != ALLOWED.contains(flow)) {
                        wrong.add((allowed ? "allowed but not in the architecture: " : "needed but denied: ") + flow);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, overlay);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyPodOfCrpResolvesNamesAndNothingElseLeavesThroughDns(String overlay) {
        Traffic traffic = traffic(overlay);
        Pod dns = Pod.of("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"));
        Pod elsewhere = Pod.of("elsewhere", "kube-system", Map.of("app", "other"));
        for (Pod pod : crpPods(overlay).values()) {
            assertTrue(traffic.allows(pod, dns, 53, "UDP"), pod + " cannot resolve names");
            assertTrue(traffic.allows(pod, dns, 53, "TCP"), pod + " cannot resolve names over TCP");
            if (Components.PORTS.containsKey(pod.name())) {
                assertFalse(traffic.allows(pod, elsewhere, 53, "UDP"), pod + " reaches port 53 of any pod");
                assertFalse(traffic.allows(pod, elsewhere, 443), pod + " reaches out of its lane");
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void servicesLeaveOnlyTowardsPodsNeverTowardsAddresses(String overlay) {
        for (String service : Components.SERVICES) {
            Pod pod = crpPods(overlay).get(service);
            for (NetworkPolicy p : traffic(overlay).selecting(pod, "Egress")) {
                if (p.getSpec().getEgress() == null) {
                    continue;
                }
                for (NetworkPolicyEgressRule rule : p.getSpec().getEgress()) {
                    assertFalse(rule.getTo() == null || rule.getTo().isEmpty(),
                            service + ": policy " + p.getMetadata().getName() + " allows egress to anywhere");
                    for (NetworkPolicyPeer peer : rule.getTo()) {
                        assertTrue(peer.getIpBlock() == null, service + ": egress to an address block in " + p.getMetadata().getName());
                        assertFalse(rule.getPorts() == null || rule.getPorts().isEmpty(),
                                service + ": egress on every port in " + p.getMetadata().getName());
                    }
                }
            }
        }
    }

    private static boolean hasRules(NetworkPolicy p, String direction) {
        List<?> rules = "Ingress".equals(direction) ? p.getSpec().getIngress() : p.getSpec().getEgress();
        return rules != null && !rules.isEmpty();
    }

    private static List<NetworkPolicy> policies(String overlay) {
        return Rendered.overlay(overlay).networkPolicies();
    }

    private static Traffic traffic(String overlay) {
        return new Traffic(NS, policies(overlay));
    }

    /** The pods of CRP's namespace: the four Deployments as rendered, and the operators' pods by their documented labels. */
    static Map<String, Pod> crpPods(String overlay) {
        Map<String, Pod> pods = new LinkedHashMap<>();
        for (Deployment d : Rendered.overlay(overlay).deployments()) {
            Map<String, Integer> named = d.getSpec().getTemplate().getSpec().getContainers().stream()
                    .flatMap(c -> c.getPorts().stream()).filter(p -> p.getName() != null)
                    .collect(Collectors.toMap(ContainerPort::getName, ContainerPort::getContainerPort));
            pods.put(d.getMetadata().getName(), new Pod(d.getMetadata().getName(), NS,
                    d.getSpec().getTemplate().getMetadata().getLabels(), named));
        }
        // Keycloak operator: server pods and the realm-import Job's pod (app relabelled by the operator).
        pods.put("keycloak", new Pod("keycloak", NS, Map.of("app", "keycloak", "app.kubernetes.io/managed-by", "keycloak-operator",
                "app.kubernetes.io/instance", "crp-keycloak", "app.kubernetes.io/component", "server"), Map.of("http", 8080)));
        pods.put("keycloak-realm-import", Pod.of("keycloak-realm-import", NS, Map.of("app", "keycloak-realm-import",
                "app.kubernetes.io/managed-by", "keycloak-operator", "app.kubernetes.io/instance", "crp-keycloak")));
        pods.put("keycloak-operator", Pod.of("keycloak-operator", NS, Map.of("app.kubernetes.io/name", "keycloak-operator")));
        // CloudNativePG instance pods.
        pods.put("postgres", Pod.of("postgres", NS, Map.of("cnpg.io/cluster", "crp-db", "cnpg.io/podRole", "instance")));
        return pods;
    }

    /** CRP's pods plus the outsiders that matter: the ingress controller, the CNPG operator, strangers. */
    private static Map<String, Pod> allPods(String overlay) {
        Map<String, Pod> pods = new LinkedHashMap<>(crpPods(overlay));
        pods.put("ingress-controller", Pod.of("ingress-controller", ingressNamespace(overlay),
                Map.of("app.kubernetes.io/name", "ingress-nginx")));
        pods.put("cnpg-operator", Pod.of("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        pods.put("stranger-in-crp", Pod.of("stranger-in-crp", NS, Map.of("run", "debug")));
        pods.put("stranger-elsewhere", Pod.of("stranger-elsewhere", "default", Map.of("app.kubernetes.io/name", "gateway")));
        return pods;
    }

    /** The ingress controller's namespace the overlay configures in its endpoints.yaml. */
    static String ingressNamespace(String overlay) {
        Map<String, Object> endpoints = Yaml.document(Repo.read("k8s/overlays/" + overlay + "/endpoints.yaml"));
        return Yaml.string(endpoints, "data.INGRESS_NAMESPACE");
    }
}
