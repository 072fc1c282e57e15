package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;

import org.crp.k8s.support.DeployGuide;
import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Repo;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * No secret value lives in the repository: the manifests name Secrets, and every Secret and key
 * they name is one the deploy guide says how to create (or says an operator creates).
 */
class SecretsTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    /** A Secret and one of its keys (null: the whole Secret) that a manifest refers to. */
    record Ref(String secret, String key, String where) {
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theOverlaysRenderNoSecret(String overlay) {
        assertEquals(List.of(), Rendered.overlay(overlay).kind("Secret").stream()
                .map(s -> Yaml.string(s, "metadata.name")).toList(), overlay + " renders Secrets");
    }

    @Test
    void noManifestOrKustomizationUnderK8sCarriesASecret() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Repo.k8s())) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(Repo.k8s().resolve("target")) && !f.startsWith(Repo.k8s().resolve("src")))
                    .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .forEach(f -> {
                        for (Map<String, Object> doc : Yaml.documents(Repo.read(f))) {
                            if ("Secret".equals(doc.get("kind")) || doc.containsKey("secretGenerator")) {
                                offenders.add(Repo.k8s().relativize(f).toString());
                            }
                        }
                    });
        }
        assertEquals(List.of(), offenders);
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everySecretAndKeyTheManifestsNameIsCreatedByTheGuideOrByAnOperator(String overlay) {
        DeployGuide guide = DeployGuide.read();
        List<Ref> refs = references(Rendered.overlay(overlay));
        assertFalse(refs.isEmpty(), "found no Secret reference at all: the collector is broken");
        Set<String> missing = new TreeSet<>();
        for (Ref ref : refs) {
            if (!guide.documents(ref.secret(), ref.key())) {
                missing.add(ref.secret() + (ref.key() == null ? "" : "/" + ref.key()) + " (" + ref.where() + ")");
            }
        }
        assertEquals(Set.of(), missing, overlay + ": Secrets the deploy guide does not create");
    }

    @Test
    void theRoleSecretsAreBasicAuthWithTheRoleAsUsername() {
        String joined = DeployGuide.read().text().replaceAll("\\\\\\n\\s*", " ");
        Map<String, Object> cluster = Rendered.overlay("prod").one("Cluster", "crp-db");
        for (Object role : Yaml.list(cluster, "spec.managed.roles")) {
            String secret = Yaml.string(role, "passwordSecret.name");
            if (secret == null) {
                continue;
            }
            String role_ = Yaml.string(role, "name");
            String command = joined.lines().filter(l -> l.contains("create secret generic " + secret + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("the guide does not create " + secret));
            assertTrue(command.contains("--type=kubernetes.io/basic-auth"), secret + " must be kubernetes.io/basic-auth for CloudNativePG");
            assertTrue(command.contains("--from-literal=username=" + role_ + " "), secret + " username must be the role name " + role_);
        }
    }

    @Test
    void theGuideParserReadsCommandsAndTheOperatorList() {
        DeployGuide guide = DeployGuide.of("""
                kubectl -n crp create secret generic one --type=kubernetes.io/basic-auth \\
                  --from-literal=username=a \\
                  --from-literal=password="$(openssl rand -hex 16)"
                kubectl -n crp create secret tls two --cert=c.pem --key=k.pem
                ### Created by the operators
                - `three`: by CloudNativePG, keys `username`, `password`
                ## Next
                - `four`: not in the section
                """);
        assertTrue(guide.documents("one", "password"));
        assertTrue(guide.documents("one", "username"));
        assertFalse(guide.documents("one", "token"));
        assertTrue(guide.documents("two", "tls.crt"));
        assertTrue(guide.documents("three", "password"));
        assertFalse(guide.documents("four", null));
    }

    static List<Ref> references(Rendered r) {
        List<Ref> refs = new ArrayList<>();
        for (Deployment d : r.deployments()) {
            String where = "Deployment " + d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                for (EnvVar v : c.getEnv()) {
                    if (v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null) {
                        refs.add(new Ref(v.getValueFrom().getSecretKeyRef().getName(), v.getValueFrom().getSecretKeyRef().getKey(), where));
                    }
                }
                for (EnvFromSource from : c.getEnvFrom()) {
                    if (from.getSecretRef() != null) {
                        refs.add(new Ref(from.getSecretRef().getName(), null, where));
                    }
                }
            }
            for (Volume v : pod.getVolumes()) {
                if (v.getSecret() != null) {
                    refs.add(new Ref(v.getSecret().getSecretName(), null, where));
                }
            }
            if (pod.getImagePullSecrets() != null) {
                pod.getImagePullSecrets().forEach(s -> refs.add(new Ref(s.getName(), null, where)));
            }
        }
        for (Ingress i : r.ingresses()) {
            for (IngressTLS tls : i.getSpec().getTls()) {
                refs.add(new Ref(tls.getSecretName(), "tls.crt", "Ingress " + i.getMetadata().getName()));
                refs.add(new Ref(tls.getSecretName(), "tls.key", "Ingress " + i.getMetadata().getName()));
            }
        }
        for (String kind : List.of("Cluster", "Keycloak", "KeycloakRealmImport", "ObjectStore", "ScheduledBackup", "Database")) {
            for (Map<String, Object> doc : r.kind(kind)) {
                collect(doc.get("spec"), kind + " " + Yaml.string(doc, "metadata.name"), null, refs);
            }
        }
        return refs;
    }

    /**
     * Secret references inside custom resources: {name, key} objects under a field whose name says
     * secret or credential (usernameSecret, passwordSecret, placeholders.*.secret, s3Credentials.*),
     * and string fields named *Secret (tlsSecret).
     */
    private static void collect(Object node, String where, String field, List<Ref> refs) {
        if (node instanceof Map<?, ?> map) {
            boolean secretish = field != null && (field.toLowerCase().contains("secret") || field.toLowerCase().contains("credential")
                    || "accessKeyId".equals(field));
            if (secretish && map.get("name") instanceof String name) {
                Object key = map.get("key");
                if (field.equals("passwordSecret") && key == null) {
                    // CloudNativePG managed roles: a basic-auth Secret, both keys are read.
                    refs.add(new Ref(name, "username", where));
                    refs.add(new Ref(name, "password", where));
                } else {
                    refs.add(new Ref(name, key == null ? null : key.toString(), where));
                }
            }
            map.forEach((k, v) -> collect(v, where, k.toString(), refs));
        } else if (node instanceof List<?> list) {
            list.forEach(item -> collect(item, where, field, refs));
        } else if (node instanceof String value && field != null && field.endsWith("Secret") && !field.equals("secret")) {
            refs.add(new Ref(value, null, where));
        }
    }
}
