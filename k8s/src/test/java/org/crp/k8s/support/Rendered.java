package org.crp.k8s.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The output of {@code kubectl kustomize k8s/overlays/<name>}: core kinds typed, custom resources as maps. */
public final class Rendered {

    public static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final Map<String, Rendered> CACHE = new ConcurrentHashMap<>();
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private final String overlay;
    private final String text;
    private final List<Map<String, Object>> documents;

    private Rendered(String overlay, String text) {
        this.overlay = overlay;
        this.text = text;
        this.documents = Yaml.documents(text);
    }

    public static Rendered overlay(String name) {
        return CACHE.computeIfAbsent(name, n -> new Rendered(n, Kustomize.build(Repo.k8s().resolve("overlays").resolve(n))));
    }

    public static Rendered of(String name, String yaml) {
        return new Rendered(name, yaml);
    }

    public String name() {
        return overlay;
    }

    public String text() {
        return text;
    }

    public List<Map<String, Object>> documents() {
        return documents;
    }

    public List<Map<String, Object>> kind(String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).collect(Collectors.toList());
    }

    /** The one resource of this kind and name; fails the test when there is not exactly one. */
    public Map<String, Object> one(String kind, String name) {
        List<Map<String, Object>> found = kind(kind).stream()
                .filter(d -> name.equals(Yaml.string(d, "metadata.name"))).toList();
        assertEquals(1, found.size(), overlay + ": expected one " + kind + " named " + name);
        return found.get(0);
    }

    public <T> List<T> typed(String kind, Class<T> type) {
        return kind(kind).stream().map(d -> SERIALIZATION.convertValue(d, type)).toList();
    }

    public List<Deployment> deployments() {
        return typed("Deployment", Deployment.class);
    }

    public Deployment deployment(String name) {
        return SERIALIZATION.convertValue(one("Deployment", name), Deployment.class);
    }

    public List<Service> services() {
        return typed("Service", Service.class);
    }

    public List<ServiceAccount> serviceAccounts() {
        return typed("ServiceAccount", ServiceAccount.class);
    }

    public List<ConfigMap> configMaps() {
        return typed("ConfigMap", ConfigMap.class);
    }

    public List<Ingress> ingresses() {
        return typed("Ingress", Ingress.class);
    }

    public List<NetworkPolicy> networkPolicies() {
        return typed("NetworkPolicy", NetworkPolicy.class);
    }

    public List<HorizontalPodAutoscaler> autoscalers() {
        return typed("HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
    }

    public List<PodDisruptionBudget> disruptionBudgets() {
        return typed("PodDisruptionBudget", PodDisruptionBudget.class);
    }

    public ConfigMap configMap(String name) {
        return configMaps().stream().filter(c -> name.equals(c.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no ConfigMap " + name));
    }

    @Override
    public String toString() {
        return overlay;
    }
}
