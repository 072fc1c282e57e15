package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.apps.Deployment;

import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Repo;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * No Docker engine runs here, so the images cannot be built in the test; their Dockerfiles are
 * held to what the manifests expect instead: the fast-jar layout, a numeric non-root user equal to
 * the pod's, the served port, a pinned base image and the image name the kustomization uses.
 */
class DockerfileTest {

    static final List<String> SERVICES = Components.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theImageRunsTheFastJarAsTheNonRootUserOfThePod(String service) {
        String file = "k8s/images/" + service + "/Dockerfile";
        assertTrue(Files.isRegularFile(Repo.path(file)), file + " is missing");
        List<String[]> instructions = instructions(Repo.read(file));

        List<String> from = args(instructions, "FROM");
        assertEquals(1, from.size(), "one stage: the jar is built by Maven beforehand");
        Matcher base = Pattern.compile("^[a-z0-9.-]+\\.[a-z]+/[a-z0-9/._-]+:([A-Za-z0-9._-]+)$").matcher(from.get(0));
        assertTrue(base.matches(), "base image " + from.get(0) + " is registry/path:tag");
        assertFalse("latest".equals(base.group(1)), "base image uses latest");

        List<String> copies = args(instructions, "COPY");
        for (String part : List.of("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                "target/quarkus-app/quarkus/")) {
            assertTrue(copies.stream().anyMatch(c -> c.contains(part)), service + " image does not copy " + part);
        }
        assertTrue(copies.stream().allMatch(c -> c.contains("--chown=185")), "files owned by the runtime user");

        List<String> users = args(instructions, "USER");
        assertFalse(users.isEmpty(), "no USER: the image would run as root");
        String user = users.get(users.size() - 1);
        assertTrue(user.matches("\\d+"), "USER " + user + " must be numeric so the kubelet can verify runAsNonRoot");
        assertFalse("0".equals(user), "USER is root");
        for (String overlay : Rendered.OVERLAYS) {
            Deployment d = Rendered.overlay(overlay).deployment(service);
            assertEquals(Long.parseLong(user), d.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(),
                    overlay + ": the pod runs as another user than the image");
            assertEquals(List.of(String.valueOf(WorkloadTest.httpPort(d.getSpec().getTemplate().getSpec().getContainers().get(0))
                    .getContainerPort())), args(instructions, "EXPOSE"), service + " EXPOSE");
        }

        String env = String.join(" ", args(instructions, "ENV"));
        assertTrue(env.contains("JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"") || env.contains("JAVA_APP_JAR=/deployments/quarkus-run.jar"),
                "the entry point runs quarkus-run.jar");
        List<String> entry = args(instructions, "ENTRYPOINT");
        assertEquals(1, entry.size(), "ENTRYPOINT");
        assertTrue(entry.get(0).contains("run-java.sh") || entry.get(0).contains("quarkus-run.jar"), "ENTRYPOINT " + entry);
    }

    @ParameterizedTest
    @FieldSource("SERVICES")
    void theDocumentedBuildTagsTheImageTheKustomizationDeploys(String service) {
        String dockerfile = Repo.read("k8s/images/" + service + "/Dockerfile");
        Map<String, Object> kustomization = Yaml.document(Repo.read("k8s/base/kustomization.yaml"));
        Object image = Yaml.list(kustomization, "images").stream().filter(i -> service.equals(Yaml.string(i, "name")))
                .findFirst().orElseThrow(() -> new AssertionError("base kustomization has no image entry for " + service));
        String reference = Yaml.string(image, "newName") + ":" + Yaml.string(image, "newTag");
        String build = "docker build -f k8s/images/" + service + "/Dockerfile -t " + reference + " " + service;
        assertTrue(dockerfile.contains(build), "the Dockerfile's build command should read: " + build);
        assertTrue(Files.isRegularFile(Repo.path(service + "/pom.xml")), "build context " + service + " is a module");
        assertTrue(Repo.read("k8s/README.md").contains("k8s/images/"), "the deploy guide explains the image build");
    }

    /** Dockerfile instructions as [KEYWORD, arguments], continuation lines joined, comments dropped. */
    static List<String[]> instructions(String text) {
        List<String[]> out = new ArrayList<>();
        String joined = text.replaceAll("\\\\\\r?\\n", " ");
        for (String line : joined.split("\\r?\\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 2);
            out.add(new String[] {parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""});
        }
        return out;
    }

    private static List<String> args(List<String[]> instructions, String keyword) {
        return instructions.stream().filter(i -> i[0].equals(keyword)).map(i -> i[1]).toList();
    }
}
