package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

import org.crp.k8s.support.AppConfig;
import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * From outside the cluster only the gateway's API and Keycloak's login endpoints are reachable,
 * both over TLS; no Service opens a node port or a load balancer.
 */
class ExposureTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    private static final String KEYCLOAK_SERVICE = "crp-keycloak-service";

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noServiceIsExposedByItself(String overlay) {
        for (Service s : Rendered.overlay(overlay).services()) {
            String type = s.getSpec().getType() == null ? "ClusterIP" : s.getSpec().getType();
            assertEquals("ClusterIP", type, overlay + ": Service " + s.getMetadata().getName() + " is " + type);
            assertTrue(s.getSpec().getExternalIPs() == null || s.getSpec().getExternalIPs().isEmpty(),
                    s.getMetadata().getName() + " has external IPs");
        }
        Rendered r = Rendered.overlay(overlay);
        assertTrue(r.kind("Route").isEmpty() && r.kind("Gateway").isEmpty() && r.kind("HTTPRoute").isEmpty(),
                overlay + ": exposure other than the two Ingresses");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void exactlyOneIngressLeadsToTheGatewayAndNothingElseOfCrpIsExposed(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        List<Ingress> toGateway = r.ingresses().stream().filter(i -> backends(i).contains("gateway")).toList();
        assertEquals(1, toGateway.size(), overlay + ": Ingresses to the gateway");
        assertEquals(Set.of("gateway"), backends(toGateway.get(0)), "the API Ingress leads only to the gateway");
        Set<String> all = new HashSet<>();
        r.ingresses().forEach(i -> all.addAll(backends(i)));
        assertEquals(Set.of("gateway", KEYCLOAK_SERVICE), all,
                overlay + ": only the gateway and Keycloak may be behind an Ingress");
        for (Ingress i : r.ingresses()) {
            assertTrue(i.getSpec().getDefaultBackend() == null, i.getMetadata().getName() + " has a default backend");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyExposedHostIsServedOverTls(String overlay) {
        for (Ingress i : Rendered.overlay(overlay).ingresses()) {
            List<IngressTLS> tls = i.getSpec().getTls();
            assertTrue(tls != null && !tls.isEmpty(), i.getMetadata().getName() + " has no TLS");
            for (IngressRule rule : i.getSpec().getRules()) {
                assertNotNull(rule.getHost(), i.getMetadata().getName() + " has a rule for every host");
                assertTrue(tls.stream().anyMatch(t -> t.getHosts().contains(rule.getHost()) && t.getSecretName() != null
                        && !t.getSecretName().isBlank()), rule.getHost() + " is not covered by a TLS secret");
            }
            assertNotNull(i.getSpec().getIngressClassName(), i.getMetadata().getName() + " ingressClassName");
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void healthMetricsAndAdminStayInside(String overlay) {
        for (Ingress i : Rendered.overlay(overlay).ingresses()) {
            for (IngressRule rule : i.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String p = path.getPath();
                    assertNotNull(p, "every path is explicit");
                    assertFalse("/".equals(p), i.getMetadata().getName() + " exposes everything under /");
                    assertFalse(p.startsWith("/q"), i.getMetadata().getName() + " exposes Quarkus' " + p);
                    assertFalse(p.startsWith("/admin") || p.startsWith("/realms/master") || p.startsWith("/metrics"),
                            i.getMetadata().getName() + " exposes Keycloak's " + p);
                }
            }
        }
        Ingress api = ingressTo(overlay, "gateway");
        List<String> paths = api.getSpec().getRules().get(0).getHttp().getPaths().stream().map(HTTPIngressPath::getPath).toList();
        assertTrue(paths.contains("/api"), "the API is exposed: " + paths);
    }

    /**
     * ingress-nginx refuses bodies over 1 MB, buffers every body before passing it on and gives up after 60 s by
     * default: the gateway's Ingress leaves the body limits to the gateway and waits longer than its longest route.
     */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theGatewayIngressLeavesBodiesAndTimeoutsToTheGateway(String overlay) {
        Map<String, String> notes = ingressTo(overlay, "gateway").getMetadata().getAnnotations();
        assertNotNull(notes, "the gateway's Ingress has no annotations");
        assertEquals("0", notes.get("nginx.ingress.kubernetes.io/proxy-body-size"), "body size left to the gateway");
        assertEquals("off", notes.get("nginx.ingress.kubernetes.io/proxy-request-buffering"), "uploads stream through");
        assertEquals("off", notes.get("nginx.ingress.kubernetes.io/proxy-buffering"), "exports stream through");
        java.time.Duration longest = java.time.Duration.parse("PT" + AppConfig.of("gateway")
                .resolve("crp.gateway.route-timeouts.rules[0].timeout",
                        AppConfigTest.variables(overlay, "gateway")).orElseThrow().toUpperCase());
        for (String timeout : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            long seconds = Long.parseLong(notes.get("nginx.ingress.kubernetes.io/" + timeout));
            assertTrue(seconds > longest.toSeconds(), overlay + ": the ingress's " + timeout + " of " + seconds
                    + " s cuts the gateway's longest route (" + longest + ") short");
        }
    }

    /** The admin console is reached by port-forward, as the README says: Keycloak must send it there, not to AUTH_HOST. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloaksAdminConsoleAnswersOnThePortForwardTheReadmeGives(String overlay) {
        Map<String, Object> keycloak = Rendered.overlay(overlay).one("Keycloak", "crp-keycloak");
        String admin = Yaml.string(keycloak, "spec.hostname.admin");
        assertEquals("http://localhost:8180", admin, "Keycloak's admin URL");
        assertTrue(org.crp.k8s.support.Repo.read("k8s/README.md").contains("port-forward service/crp-keycloak-service 8180:8080"),
                "the README's port-forward for the admin console");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void tokensAreIssuedAndAcceptedUnderKeycloaksPublicHost(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        String authHost = ingressTo(overlay, KEYCLOAK_SERVICE).getSpec().getRules().get(0).getHost();
        String apiHost = ingressTo(overlay, "gateway").getSpec().getRules().get(0).getHost();
        assertFalse(authHost.equals(apiHost), "Keycloak and the API have their own host names");

        Map<String, Object> keycloak = r.one("Keycloak", "crp-keycloak");
        URI hostname = URI.create(Yaml.string(keycloak, "spec.hostname.hostname"));
        assertEquals("https", hostname.getScheme(), "Keycloak's public URL");
        assertEquals(authHost, hostname.getHost(), "Keycloak's host name is the host its Ingress serves");
        assertEquals(Boolean.FALSE, Yaml.at(keycloak, "spec.ingress.enabled"),
                "the operator's own Ingress would expose /admin: ours is used instead");

        for (String service : Components.SERVICES) {
            Map<String, String> env = ServiceWiringTest.environment(r, r.deployment(service));
            URI issuer = URI.create(env.get("CRP_OIDC_ISSUER"));
            assertEquals("https://" + authHost + "/realms/crp", issuer.toString(), service + " CRP_OIDC_ISSUER");
            URI keys = URI.create(env.get("CRP_OIDC_URL"));
            assertTrue(keys.getHost().startsWith(KEYCLOAK_SERVICE + "."), service + " fetches keys inside the cluster: " + keys);
            assertEquals("/realms/crp", keys.getPath(), service + " CRP_OIDC_URL realm");
        }
    }

    private static Ingress ingressTo(String overlay, String service) {
        return Rendered.overlay(overlay).ingresses().stream().filter(i -> backends(i).contains(service)).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no Ingress to " + service));
    }

    private static Set<String> backends(Ingress ingress) {
        Set<String> names = new HashSet<>();
        if (ingress.getSpec().getDefaultBackend() != null && ingress.getSpec().getDefaultBackend().getService() != null) {
            names.add(ingress.getSpec().getDefaultBackend().getService().getName());
        }
        for (IngressRule rule : ingress.getSpec().getRules()) {
            if (rule.getHttp() != null) {
                rule.getHttp().getPaths().forEach(p -> names.add(p.getBackend().getService().getName()));
            }
        }
        return names;
    }
}
