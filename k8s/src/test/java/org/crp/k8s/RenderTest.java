package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Each overlay renders, lands in one namespace, and has every configured value filled in. */
class RenderTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyResourceIsInTheCrpNamespace(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertFalse(r.documents().isEmpty(), overlay + " rendered nothing");
        assertEquals(List.of(Components.NAMESPACE), r.kind("Namespace").stream()
                .map(n -> Yaml.string(n, "metadata.name")).toList());
        for (Map<String, Object> doc : r.documents()) {
            if (!CLUSTER_SCOPED.contains(doc.get("kind"))) {
                assertEquals(Components.NAMESPACE, Yaml.string(doc, "metadata.namespace"),
                        overlay + ": " + doc.get("kind") + "/" + Yaml.string(doc, "metadata.name"));
            }
        }
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void noPlaceholderOfTheBaseSurvives(String overlay) {
        String text = Rendered.overlay(overlay).text();
        // The base marks what an overlay's endpoints.yaml must set with *.invalid hosts and *-unset names.
        assertFalse(text.contains(".invalid"), overlay + " still has a *.invalid host: is components/endpoints included?");
        assertFalse(text.contains("-unset"), overlay + " still has an unset value: is components/endpoints included?");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void localConfigurationIsNotDeployed(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        assertTrue(r.kind("ConfigMap").stream().noneMatch(c -> "crp-endpoints".equals(Yaml.string(c, "metadata.name"))),
                overlay + ": crp-endpoints is local configuration and must not be deployed");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void podSecurityAdmissionIsOnForTheNamespace(String overlay) {
        Map<String, Object> ns = Rendered.overlay(overlay).one("Namespace", Components.NAMESPACE);
        Map<String, Object> labels = Yaml.map(ns, "metadata.labels");
        assertTrue(Set.of("baseline", "restricted").contains(labels.get("pod-security.kubernetes.io/enforce")), overlay);
        assertEquals("restricted", labels.get("pod-security.kubernetes.io/warn"), overlay);
    }
}
