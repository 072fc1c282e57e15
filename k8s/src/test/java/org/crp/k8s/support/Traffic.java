package org.crp.k8s.support;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Decides, as a NetworkPolicy-enforcing CNI would, whether one pod may open a connection to a
 * port of another, given the policies of one namespace. Traffic is allowed when the source's
 * egress allows it (or the source is not isolated for egress, or lives in another namespace whose
 * policies are not ours) and the destination's ingress allows it, likewise.
 */
public final class Traffic {

    /** A pod as NetworkPolicies see it: its namespace (and that namespace's labels), labels, named ports. */
    public record Pod(String name, String namespace, Map<String, String> labels, Map<String, Integer> namedPorts) {

        public Pod {
            labels = Map.copyOf(labels);
            namedPorts = Map.copyOf(namedPorts);
        }

        public static Pod of(String name, String namespace, Map<String, String> labels) {
            return new Pod(name, namespace, labels, Map.of());
        }

        public Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final String namespace;
    private final List<NetworkPolicy> policies;

    public Traffic(String namespace, List<NetworkPolicy> policies) {
        this.namespace = namespace;
        this.policies = List.copyOf(policies);
    }

    public boolean allows(Pod from, Pod to, int port, String protocol) {
        return egressAllows(from, to, port, protocol) && ingressAllows(from, to, port, protocol);
    }

    public boolean allows(Pod from, Pod to, int port) {
        return allows(from, to, port, "TCP");
    }

    /** Policies of our namespace that select the pod for the given direction. */
    public List<NetworkPolicy> selecting(Pod pod, String direction) {
        if (!namespace.equals(pod.namespace())) {
            return List.of();
        }
        return policies.stream()
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), pod.labels()))
                .filter(p -> policyTypes(p).contains(direction))
                .toList();
    }

    private boolean egressAllows(Pod from, Pod to, int port, String protocol) {
        List<NetworkPolicy> selecting = selecting(from, "Egress");
        if (!namespace.equals(from.namespace()) || selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(p -> p.getSpec().getEgress() == null ? java.util.stream.Stream.empty() : p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port, protocol));
    }

    private boolean ingressAllows(Pod from, Pod to, int port, String protocol) {
        List<NetworkPolicy> selecting = selecting(to, "Ingress");
        if (!namespace.equals(to.namespace()) || selecting.isEmpty()) {
            return true;
        }
        return selecting.stream()
                .flatMap(p -> p.getSpec().getIngress() == null ? java.util.stream.Stream.empty() : p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port, protocol));
    }

    /** Policy types as the API server defaults them: Ingress always, Egress when egress rules exist. */
    public static List<String> policyTypes(NetworkPolicy policy) {
        List<String> declared = policy.getSpec().getPolicyTypes();
        if (declared != null && !declared.isEmpty()) {
            return declared;
        }
        boolean egress = policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty();
        return egress ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        return peers.stream().anyMatch(peer -> peerMatches(peer, pod));
    }

    private boolean peerMatches(NetworkPolicyPeer peer, Pod pod) {
        if (peer.getIpBlock() != null) {
            // Pod addresses fall inside most CIDRs: count an ipBlock as reaching any pod.
            return true;
        }
        boolean namespaceOk = peer.getNamespaceSelector() == null
                ? namespace.equals(pod.namespace())
                : Selectors.matches(peer.getNamespaceSelector(), pod.namespaceLabels());
        boolean podOk = peer.getPodSelector() == null || Selectors.matches(peer.getPodSelector(), pod.labels());
        return namespaceOk && podOk;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Pod to, int port, String protocol) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        return ports.stream().anyMatch(p -> {
            String proto = p.getProtocol() == null ? "TCP" : p.getProtocol();
            if (!proto.equals(protocol)) {
                return false;
            }
            if (p.getPort() == null) {
                return true;
            }
            Integer number = resolve(p.getPort(), to);
            if (number == null) {
                return false;
            }
            int end = p.getEndPort() == null ? number : p.getEndPort();
            return port >= number && port <= end;
        });
    }

    private static Integer resolve(IntOrString port, Pod to) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return to.namedPorts().get(Objects.requireNonNull(port.getStrVal()));
    }
}
