package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.WeightedPodAffinityTerm;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Selectors;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.api.Test;

/** What makes dev small and prod resilient. */
class OverlayShapeTest {

    private static final Map<String, Integer> PROD_MIN = Map.of(
            "gateway", 3, "inventory-service", 2, "replacement-service", 2, "supplier-service", 2);

    @Test
    void prodScalesEveryServiceWithAnAutoscalerThatNeverGoesBelowTheMinimum() {
        Rendered prod = Rendered.overlay("prod");
        for (String name : Components.SERVICES) {
            List<HorizontalPodAutoscaler> hpas = prod.autoscalers().stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && name.equals(h.getSpec().getScaleTargetRef().getName()))
                    .toList();
            assertEquals(1, hpas.size(), "autoscalers of " + name);
            HorizontalPodAutoscaler hpa = hpas.get(0);
            assertTrue(hpa.getSpec().getMinReplicas() >= PROD_MIN.get(name),
                    name + " minReplicas " + hpa.getSpec().getMinReplicas() + " < " + PROD_MIN.get(name));
            assertTrue(hpa.getSpec().getMaxReplicas() > hpa.getSpec().getMinReplicas(), name + " can scale out");
            assertTrue(hpa.getSpec().getMetrics() != null && !hpa.getSpec().getMetrics().isEmpty(), name + " metrics");
            // The HPA owns the count: a replica count in the Deployment would reset it on every apply.
            Deployment d = prod.deployment(name);
            Integer replicas = d.getSpec().getReplicas();
            assertTrue(replicas == null || replicas >= PROD_MIN.get(name), name + " replicas " + replicas);
        }
    }

    @Test
    void prodKeepsEveryServiceUpThroughDrainsAndSpreadsItsPods() {
        Rendered prod = Rendered.overlay("prod");
        for (String name : Components.SERVICES) {
            Deployment d = prod.deployment(name);
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            List<PodDisruptionBudget> budgets = prod.disruptionBudgets().stream()
                    .filter(p -> Selectors.matches(p.getSpec().getSelector(), labels)).toList();
            assertEquals(1, budgets.size(), "PodDisruptionBudgets of " + name);
            PodDisruptionBudget pdb = budgets.get(0);
            int min = PROD_MIN.get(name);
            if (pdb.getSpec().getMaxUnavailable() != null) {
                assertTrue(pdb.getSpec().getMaxUnavailable().getIntVal() != null
                        && pdb.getSpec().getMaxUnavailable().getIntVal() >= 1
                        && pdb.getSpec().getMaxUnavailable().getIntVal() < min,
                        name + " maxUnavailable must allow drains yet keep a pod serving");
            } else {
                Integer minAvailable = pdb.getSpec().getMinAvailable().getIntVal();
                assertTrue(minAvailable != null && minAvailable >= 1 && minAvailable < min, name + " minAvailable");
            }

            var antiAffinity = d.getSpec().getTemplate().getSpec().getAffinity() == null ? null
                    : d.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity();
            assertNotNull(antiAffinity, name + " has no pod anti-affinity in prod");
            boolean selfByNode = antiAffinity.getPreferredDuringSchedulingIgnoredDuringExecution().stream()
                    .map(WeightedPodAffinityTerm::getPodAffinityTerm)
                    .anyMatch(t -> "kubernetes.io/hostname".equals(t.getTopologyKey())
                            && Selectors.matches(t.getLabelSelector(), labels));
            assertTrue(selfByNode, name + " anti-affinity does not keep its own pods apart by node");
            assertTrue(d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints().stream()
                    .anyMatch(t -> "topology.kubernetes.io/zone".equals(t.getTopologyKey())), name + " zone spread");
        }
    }

    @Test
    void prodRunsPostgresOnThreeInstancesWithBackupsAndKeycloakTwice() {
        Rendered prod = Rendered.overlay("prod");
        Map<String, Object> cluster = prod.one("Cluster", "crp-db");
        assertEquals(3, ((Number) Yaml.at(cluster, "spec.instances")).intValue(), "PostgreSQL instances");
        assertEquals("required", Yaml.string(cluster, "spec.affinity.podAntiAffinityType"), "one instance per node");
        assertNotNull(Yaml.at(cluster, "spec.postgresql.synchronous"), "a synchronous standby");
        assertTrue(((Number) Yaml.at(prod.one("Keycloak", "crp-keycloak"), "spec.instances")).intValue() >= 2, "Keycloak instances");
        assertTrue(prod.disruptionBudgets().stream().anyMatch(p -> Selectors.matches(p.getSpec().getSelector(),
                Map.of("app", "keycloak", "app.kubernetes.io/instance", "crp-keycloak", "app.kubernetes.io/managed-by", "keycloak-operator"))),
                "Keycloak pods have a PodDisruptionBudget");
    }

    @Test
    void devIsOneOfEverythingWithSmallerRequestsAndNoAutoscaling() {
        Rendered dev = Rendered.overlay("dev");
        Rendered prod = Rendered.overlay("prod");
        for (String name : Components.SERVICES) {
            Deployment d = dev.deployment(name);
            assertEquals(1, d.getSpec().getReplicas(), name + " replicas in dev");
            for (String resource : List.of("cpu", "memory")) {
                BigDecimal devRequest = Quantity.getAmountInBytes(request(d, resource));
                BigDecimal prodRequest = Quantity.getAmountInBytes(request(prod.deployment(name), resource));
                assertTrue(devRequest.compareTo(prodRequest) < 0, name + " dev " + resource + " request not below prod's");
            }
        }
        assertTrue(dev.autoscalers().isEmpty(), "no autoscaling in dev");
        assertEquals(1, ((Number) Yaml.at(dev.one("Cluster", "crp-db"), "spec.instances")).intValue());
        assertEquals(1, ((Number) Yaml.at(dev.one("Keycloak", "crp-keycloak"), "spec.instances")).intValue());
        assertNull(Yaml.at(dev.one("Cluster", "crp-db"), "spec.plugins"), "dev has no object store to archive to");
    }

    private static Quantity request(Deployment d, String resource) {
        return d.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getRequests().get(resource);
    }
}
