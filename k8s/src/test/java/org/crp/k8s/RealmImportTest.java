package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.crp.k8s.RealmImportGenerator.Output;
import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Repo;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.api.Test;

/**
 * Keycloak's realm in Kubernetes is the realm file of the local run: the committed realm-import
 * YAML must be what the generator makes of keycloak/crp-realm.json today; prod carries no demo
 * user, dev carries all of them.
 */
class RealmImportTest {

    private static final String REGENERATE = " is out of date with " + RealmImportGenerator.REALM_FILE
            + ": regenerate it with `mvn -B -f k8s/pom.xml compile exec:java` and commit the result";

    @Test
    void theCommittedProdImportIsGeneratedFromTheCurrentRealmFile() {
        Output expected = RealmImportGenerator.generate(Repo.read(RealmImportGenerator.REALM_FILE));
        assertEquals(Yaml.document(expected.prodImport()), Yaml.document(Repo.read(RealmImportGenerator.PROD_IMPORT)),
                RealmImportGenerator.PROD_IMPORT + REGENERATE);
    }

    @Test
    void theCommittedDevUsersPatchIsGeneratedFromTheCurrentRealmFile() {
        Output expected = RealmImportGenerator.generate(Repo.read(RealmImportGenerator.REALM_FILE));
        assertEquals(Yaml.document(expected.devUsersPatch()), Yaml.document(Repo.read(RealmImportGenerator.DEV_USERS_PATCH)),
                RealmImportGenerator.DEV_USERS_PATCH + REGENERATE);
    }

    @Test
    void prodImportsTheRealmFileWithoutItsDemoUsers() {
        Map<String, Object> realmFile = realmFile();
        Map<String, Object> imported = realmOf("prod");
        Set<String> people = usernames(realmFile, u -> !isServiceAccount(u));
        assertFalse(people.isEmpty(), "the realm file has demo users: this test would prove nothing otherwise");
        for (Object user : Yaml.list(imported, "users")) {
            assertTrue(isServiceAccount(user), "prod imports the person " + Yaml.string(user, "username"));
            assertTrue(Yaml.at(user, "credentials") == null, "prod imports a credential for " + Yaml.string(user, "username"));
        }
        assertEquals(usernames(realmFile, RealmImportTest::isServiceAccount), usernames(imported, u -> true),
                "prod keeps the service-account users (they carry the service role)");
        assertFalse(Rendered.overlay("prod").text().contains("credentials:"), "a credential reached the prod manifests");

        // Everything else is the realm file, unchanged.
        Map<String, Object> withoutUsers = new HashMap<>(realmFile);
        withoutUsers.remove("users");
        Map<String, Object> importedWithoutUsers = new HashMap<>(imported);
        importedWithoutUsers.remove("users");
        assertEquals(withoutUsers, importedWithoutUsers, "prod's realm differs from the realm file beyond its users");
    }

    @Test
    void devImportsEveryUserOfTheRealmFile() {
        assertEquals(Yaml.list(realmFile(), "users"), Yaml.list(realmOf("dev"), "users"));
    }

    @Test
    void everyEnvironmentPlaceholderOfTheRealmIsFedFromASecret() {
        for (String overlay : Rendered.OVERLAYS) {
            Map<String, Object> cr = Rendered.overlay(overlay).one("KeycloakRealmImport", RealmImportGenerator.IMPORT_NAME);
            assertEquals(Yaml.string(Rendered.overlay(overlay).one("Keycloak", RealmImportGenerator.KEYCLOAK_CR), "metadata.name"),
                    Yaml.string(cr, "spec.keycloakCRName"), "the import targets our Keycloak");
            Map<String, Object> placeholders = Yaml.map(cr, "spec.placeholders");
            String realmText = Repo.read(RealmImportGenerator.REALM_FILE);
            for (String name : List.of("CRP_INVENTORY_CLIENT_SECRET", "CRP_REPLACEMENT_CLIENT_SECRET", "CRP_SUPPLIER_CLIENT_SECRET")) {
                if (realmText.contains("${" + name + "}")) {
                    assertNotNull(Yaml.string(placeholders, name + ".secret.name"), overlay + ": placeholder " + name);
                    assertNotNull(Yaml.string(placeholders, name + ".secret.key"), overlay + ": placeholder " + name);
                }
            }
            assertEquals(RealmImportGenerator.placeholders(new ObjectMapper().valueToTree(realmFile())).keySet(),
                    placeholders.keySet(), overlay + ": placeholders");
        }
    }

    @Test
    void keycloakRunsAPinnedImage() {
        for (String overlay : Rendered.OVERLAYS) {
            String image = Yaml.string(Rendered.overlay(overlay).one("Keycloak", "crp-keycloak"), "spec.image");
            assertTrue(image != null && image.matches("[a-z0-9.-]+/[a-z0-9/._-]+:\\d+\\.\\d+\\.\\d+"), "Keycloak image " + image);
        }
    }

    private static Map<String, Object> realmFile() {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> realm = new ObjectMapper().readValue(Repo.read(RealmImportGenerator.REALM_FILE), Map.class);
            return realm;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Object> realmOf(String overlay) {
        Map<String, Object> cr = Rendered.overlay(overlay).one("KeycloakRealmImport", RealmImportGenerator.IMPORT_NAME);
        return Yaml.map(cr, "spec.realm");
    }

    private static boolean isServiceAccount(Object user) {
        return Yaml.string(user, "serviceAccountClientId") != null;
    }

    private static Set<String> usernames(Map<String, Object> realm, java.util.function.Predicate<Object> which) {
        return Yaml.list(realm, "users").stream().filter(which).map(u -> Yaml.string(u, "username")).collect(Collectors.toSet());
    }
}
