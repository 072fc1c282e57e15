package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;

import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Traffic;
import org.crp.k8s.support.Traffic.Pod;
import org.junit.jupiter.api.Test;

/** The policy evaluator the NetworkPolicy tests rely on, on policies small enough to check by eye. */
class TrafficTest {

    private static final Pod A = new Pod("a", "ns", Map.of("app", "a"), Map.of("http", 8080));
    private static final Pod B = new Pod("b", "ns", Map.of("app", "b"), Map.of("http", 8081));
    private static final Pod OUTSIDE = Pod.of("o", "other", Map.of("app", "a"));

    private static List<NetworkPolicy> policies(String yaml) {
        return Rendered.of("inline", yaml).networkPolicies();
    }

    @Test
    void withoutPoliciesEverythingFlows() {
        Traffic t = new Traffic("ns", List.of());
        assertTrue(t.allows(A, B, 8081));
        assertTrue(t.allows(OUTSIDE, A, 1));
    }

    @Test
    void defaultDenyStopsEverythingAndAnAllowNeedsBothEnds() {
        String deny = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: deny}
                spec: {podSelector: {}, policyTypes: [Ingress, Egress]}
                """;
        Traffic denied = new Traffic("ns", policies(deny));
        assertFalse(denied.allows(A, B, 8081));
        assertFalse(denied.allows(OUTSIDE, A, 8080));

        String ingressOnly = deny + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: b-in}
                spec:
                  podSelector: {matchLabels: {app: b}}
                  policyTypes: [Ingress]
                  ingress: [{from: [{podSelector: {matchLabels: {app: a}}}], ports: [{port: http}]}]
                """;
        assertFalse(new Traffic("ns", policies(ingressOnly)).allows(A, B, 8081), "a's egress is still denied");

        String both = ingressOnly + """
                ---
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: a-out}
                spec:
                  podSelector: {matchLabels: {app: a}}
                  policyTypes: [Egress]
                  egress: [{to: [{podSelector: {matchLabels: {app: b}}}], ports: [{port: 8081, protocol: TCP}]}]
                """;
        Traffic t = new Traffic("ns", policies(both));
        assertTrue(t.allows(A, B, 8081));
        assertFalse(t.allows(A, B, 8082), "another port");
        assertFalse(t.allows(A, B, 8081, "UDP"), "another protocol");
        assertFalse(t.allows(B, A, 8080), "the other direction");
        assertFalse(t.allows(OUTSIDE, B, 8081), "a podSelector alone means the policy's own namespace");
    }

    @Test
    void namespaceSelectorsAdmitPodsOfOtherNamespaces() {
        String yaml = """
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: a-in}
                spec:
                  podSelector: {matchLabels: {app: a}}
                  policyTypes: [Ingress]
                  ingress:
                    - from:
                        - namespaceSelector:
                            matchExpressions: [{key: kubernetes.io/metadata.name, operator: In, values: [other]}]
                """;
        Traffic t = new Traffic("ns", policies(yaml));
        assertTrue(t.allows(OUTSIDE, A, 8080));
        assertFalse(t.allows(B, A, 8080), "pods of the policy's own namespace are not in 'other'");
    }
}
