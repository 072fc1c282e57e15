package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.crp.k8s.support.Yaml;
import org.junit.jupiter.api.Test;

/** The generator on a realm small enough to read. */
class RealmImportGeneratorTest {

    private static final String REALM = """
            {"realm": "demo",
             "clients": [{"clientId": "svc", "secret": "${CRP_SVC_CLIENT_SECRET}"}],
             "components": {"x": [{"config": {"label": ["${username} and ${CRP_OTHER:fallback}"]}}]},
             "users": [
               {"username": "alice", "credentials": [{"type": "password", "value": "alice"}]},
               {"username": "service-account-svc", "serviceAccountClientId": "svc", "realmRoles": ["service"]},
               {"username": "mallory", "serviceAccountClientId": "svc", "credentials": [{"type": "password", "value": "x"}]}
             ]}
            """;

    @Test
    void prodKeepsOnlyServiceAccountsAndFeedsEnvironmentPlaceholdersFromTheClientSecret() {
        Map<String, Object> cr = Yaml.document(RealmImportGenerator.generate(REALM).prodImport());
        assertEquals("KeycloakRealmImport", cr.get("kind"));
        assertEquals(RealmImportGenerator.KEYCLOAK_CR, Yaml.string(cr, "spec.keycloakCRName"));
        assertEquals(List.of("service-account-svc"),
                Yaml.list(cr, "spec.realm.users").stream().map(u -> Yaml.string(u, "username")).toList());
        // Keycloak's own ${username} message key is not an environment placeholder.
        assertEquals(java.util.Set.of("CRP_SVC_CLIENT_SECRET", "CRP_OTHER"), Yaml.map(cr, "spec.placeholders").keySet());
        assertEquals(RealmImportGenerator.CLIENT_SECRETS, Yaml.string(cr, "spec.placeholders.CRP_SVC_CLIENT_SECRET.secret.name"));
        assertEquals("CRP_SVC_CLIENT_SECRET", Yaml.string(cr, "spec.placeholders.CRP_SVC_CLIENT_SECRET.secret.key"));
        assertEquals("${CRP_SVC_CLIENT_SECRET}", Yaml.string(cr, "spec.realm.clients.0.secret"), "the placeholder stays in the realm");
    }

    @Test
    void theDevPatchPutsBackEveryUser() {
        Map<String, Object> patch = Yaml.document(RealmImportGenerator.generate(REALM).devUsersPatch());
        assertEquals(RealmImportGenerator.IMPORT_NAME, Yaml.string(patch, "metadata.name"));
        assertEquals(List.of("alice", "service-account-svc", "mallory"),
                Yaml.list(patch, "spec.realm.users").stream().map(u -> Yaml.string(u, "username")).toList());
    }

    @Test
    void theOutputSaysItIsGenerated() {
        RealmImportGenerator.Output out = RealmImportGenerator.generate(REALM);
        assertTrue(out.prodImport().startsWith("# GENERATED"));
        assertTrue(out.devUsersPatch().startsWith("# GENERATED"));
    }

    @Test
    void refusesWhatIsNotARealm() {
        assertThrows(IllegalArgumentException.class, () -> RealmImportGenerator.generate("{\"users\": []}"));
        assertThrows(RuntimeException.class, () -> RealmImportGenerator.generate("{not json"));
    }
}
