package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentStrategy;

import org.crp.k8s.support.AppConfig;
import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Selectors;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every Deployment of every overlay: probes, resources, a hardened pod, a pinned image, safe rollouts. */
class WorkloadTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** image = registry host / path : tag, or a digest. */
    private static final Pattern IMAGE = Pattern.compile(
            "^(?<registry>[a-z0-9.-]+\\.[a-z]{2,}(?::\\d+)?)/(?<path>[a-z0-9._/-]+)(?::(?<tag>[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(?<digest>sha256:[a-f0-9]{64}))?$");

    static Stream<Arguments> deployments() {
        return OVERLAYS.stream().flatMap(overlay -> Components.SERVICES.stream()
                .map(name -> Arguments.of(Named.of(overlay, overlay), name)));
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theDeploymentsAreExactlyTheFourServices(String overlay) {
        Set<String> names = new TreeSet<>(Rendered.overlay(overlay).deployments().stream()
                .map(d -> d.getMetadata().getName()).toList());
        assertEquals(new TreeSet<>(Components.SERVICES), names, overlay);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void probesUseTheQuarkusHealthEndpointsOnTheServedPort(String overlay, String name) {
        Container c = container(overlay, name);
        ContainerPort http = httpPort(c);
        assertEquals(Components.PORTS.get(name), http.getContainerPort(), name + " port");
        assertProbe(c.getStartupProbe(), "/q/health/started", http, name + " startup");
        assertProbe(c.getLivenessProbe(), "/q/health/live", http, name + " liveness");
        assertProbe(c.getReadinessProbe(), "/q/health/ready", http, name + " readiness");
        // A slow start (Flyway on a big schema) must not be killed by the liveness probe: the
        // startup probe gives at least a minute before liveness takes over.
        Probe startup = c.getStartupProbe();
        assertTrue(startup.getPeriodSeconds() * startup.getFailureThreshold() >= 60, name + " startup budget");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void everyContainerHasCpuAndMemoryRequestsAndLimitsThatFit(String overlay, String name) {
        Container c = container(overlay, name);
        assertNotNull(c.getResources(), name + " resources");
        Map<String, Quantity> requests = c.getResources().getRequests();
        Map<String, Quantity> limits = c.getResources().getLimits();
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(requests == null ? null : requests.get(resource), name + " requests " + resource);
            assertNotNull(limits == null ? null : limits.get(resource), name + " limits " + resource);
            assertTrue(Quantity.getAmountInBytes(requests.get(resource))
                    .compareTo(Quantity.getAmountInBytes(limits.get(resource))) <= 0,
                    name + " " + resource + " request above its limit");
        }
        // The JVM needs room: heap (70% of the limit) plus metaspace and threads.
        assertTrue(Quantity.getAmountInBytes(limits.get("memory")).longValue() >= 512L * 1024 * 1024,
                name + " memory limit below 512Mi");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void podsAreHardened(String overlay, String name) {
        PodSpec pod = pod(overlay, name);
        PodSecurityContext podContext = pod.getSecurityContext();
        assertNotNull(podContext, name + " pod securityContext");
        assertEquals(Boolean.TRUE, podContext.getRunAsNonRoot(), name + " runAsNonRoot");
        assertNotNull(podContext.getRunAsUser(), name + " runAsUser (numeric, so the kubelet can check non-root)");
        assertTrue(podContext.getRunAsUser() > 0, name + " runAsUser");
        assertEquals("RuntimeDefault", podContext.getSeccompProfile().getType(), name + " pod seccomp");
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), name + " automountServiceAccountToken");
        assertFalse(Boolean.TRUE.equals(pod.getHostNetwork()) || Boolean.TRUE.equals(pod.getHostPID())
                || Boolean.TRUE.equals(pod.getHostIPC()), name + " host namespaces");

        for (Container c : pod.getContainers()) {
            SecurityContext sc = c.getSecurityContext();
            assertNotNull(sc, c.getName() + " securityContext");
            assertEquals(Boolean.FALSE, sc.getAllowPrivilegeEscalation(), c.getName() + " allowPrivilegeEscalation");
            assertEquals(Boolean.TRUE, sc.getReadOnlyRootFilesystem(), c.getName() + " readOnlyRootFilesystem");
            assertFalse(Boolean.TRUE.equals(sc.getPrivileged()), c.getName() + " privileged");
            assertEquals(List.of("ALL"), sc.getCapabilities().getDrop(), c.getName() + " drops all capabilities");
            assertTrue(sc.getCapabilities().getAdd() == null || sc.getCapabilities().getAdd().isEmpty(),
                    c.getName() + " adds capabilities");
            assertFalse(Boolean.FALSE.equals(sc.getRunAsNonRoot()), c.getName() + " overrides runAsNonRoot");
            if (sc.getSeccompProfile() != null) {
                assertEquals("RuntimeDefault", sc.getSeccompProfile().getType(), c.getName() + " seccomp");
            }
            // Read-only root: /tmp must be a writable emptyDir.
            VolumeMount tmp = c.getVolumeMounts().stream().filter(m -> "/tmp".equals(m.getMountPath())).findFirst()
                    .orElseThrow(() -> new AssertionError(c.getName() + " has no /tmp mount"));
            Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
                    .orElseThrow(() -> new AssertionError(c.getName() + " /tmp volume missing"));
            assertNotNull(volume.getEmptyDir(), c.getName() + " /tmp is not an emptyDir");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void eachRunsAsItsOwnServiceAccountWithoutAToken(String overlay, String name) {
        Rendered r = Rendered.overlay(overlay);
        String account = pod(overlay, name).getServiceAccountName();
        assertNotNull(account, name + " serviceAccountName");
        assertFalse("default".equals(account), name + " uses the default service account");
        ServiceAccount sa = r.serviceAccounts().stream().filter(s -> account.equals(s.getMetadata().getName())).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": ServiceAccount " + account + " is not rendered"));
        assertEquals(Boolean.FALSE, sa.getAutomountServiceAccountToken(), account + " automountServiceAccountToken");
        long sharing = r.deployments().stream()
                .filter(d -> account.equals(d.getSpec().getTemplate().getSpec().getServiceAccountName())).count();
        assertEquals(1, sharing, account + " is shared between Deployments");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void imagesArePinnedToAnExplicitTagInARegistry(String overlay, String name) {
        for (Container c : pod(overlay, name).getContainers()) {
            Matcher m = IMAGE.matcher(c.getImage());
            assertTrue(m.matches(), c.getName() + " image " + c.getImage() + " is not registry/path:tag");
            assertTrue(m.group("tag") != null || m.group("digest") != null, c.getImage() + " has no tag");
            assertFalse("latest".equals(m.group("tag")), c.getImage() + " uses latest");
            assertTrue(m.group("path").endsWith("/" + name), c.getImage() + " is not the image of " + name);
            assertFalse("Always".equals(c.getImagePullPolicy()), c.getName() + " pulls on every start");
        }
    }

    /** A pod being stopped lets its requests in flight finish: the grace period outlasts the preStop sleep and the drain. */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void stoppingAPodLetsItsRequestsFinish(String overlay, String name) {
        Deployment d = Rendered.overlay(overlay).deployment(name);
        io.fabric8.kubernetes.api.model.PodSpec pod = d.getSpec().getTemplate().getSpec();
        long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
        long sleep = pod.getContainers().get(0).getLifecycle().getPreStop().getSleep().getSeconds();
        String drain = AppConfig.of(name).resolve("quarkus.shutdown.timeout", AppConfigTest.variables(overlay, name))
                .orElseThrow(() -> new AssertionError(name + " sets no quarkus.shutdown.timeout: SIGTERM cuts its requests"));
        long drainSeconds = java.time.Duration.parse("PT" + drain.toUpperCase()).toSeconds();
        assertTrue(drainSeconds >= 10, name + " drains for only " + drainSeconds + " s");
        assertTrue(sleep + drainSeconds < grace, overlay + ": " + name + " sleeps " + sleep + " s and drains " + drainSeconds
                + " s, past its grace period of " + grace + " s");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void rolloutsNeverTakeAPodAwayBeforeItsReplacementIsReady(String overlay, String name) {
        DeploymentStrategy strategy = deployment(overlay, name).getSpec().getStrategy();
        assertEquals("RollingUpdate", strategy.getType(), name);
        var maxUnavailable = strategy.getRollingUpdate().getMaxUnavailable();
        assertTrue((maxUnavailable.getIntVal() != null && maxUnavailable.getIntVal() == 0)
                || "0%".equals(maxUnavailable.getStrVal()), name + " maxUnavailable " + maxUnavailable);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("deployments")
    void podsSpreadOverNodes(String overlay, String name) {
        Deployment d = deployment(overlay, name);
        Map<String, String> podLabels = d.getSpec().getTemplate().getMetadata().getLabels();
        List<TopologySpreadConstraint> spread = d.getSpec().getTemplate().getSpec().getTopologySpreadConstraints();
        TopologySpreadConstraint byNode = spread.stream()
                .filter(t -> "kubernetes.io/hostname".equals(t.getTopologyKey())).findFirst()
                .orElseThrow(() -> new AssertionError(name + " has no spread over kubernetes.io/hostname"));
        assertEquals(1, byNode.getMaxSkew(), name + " maxSkew");
        for (TopologySpreadConstraint t : spread) {
            assertTrue(Selectors.matches(t.getLabelSelector(), podLabels), name + " spread selector misses its own pods");
        }
    }

    private static Deployment deployment(String overlay, String name) {
        return Rendered.overlay(overlay).deployment(name);
    }

    private static PodSpec pod(String overlay, String name) {
        return deployment(overlay, name).getSpec().getTemplate().getSpec();
    }

    private static Container container(String overlay, String name) {
        List<Container> containers = pod(overlay, name).getContainers();
        assertEquals(1, containers.size(), name + " containers");
        return containers.get(0);
    }

    static ContainerPort httpPort(Container c) {
        return c.getPorts().stream().filter(p -> "http".equals(p.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no port named http"));
    }

    private static void assertProbe(Probe probe, String path, ContainerPort http, String what) {
        assertNotNull(probe, what + " probe missing");
        assertNotNull(probe.getHttpGet(), what + " is not an HTTP probe");
        assertEquals(path, probe.getHttpGet().getPath(), what + " path");
        var port = probe.getHttpGet().getPort();
        assertTrue(http.getName().equals(port.getStrVal()) || http.getContainerPort().equals(port.getIntVal()),
                what + " probes port " + port + ", not the served port " + http.getContainerPort());
        assertTrue(probe.getHttpGet().getScheme() == null || "HTTP".equals(probe.getHttpGet().getScheme()), what + " scheme");
    }
}
