package org.crp.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;

/**
 * Builds the Keycloak operator's realm import from the one realm file the local run and the
 * system tests use ({@code keycloak/crp-realm.json}), because kustomize cannot read files outside
 * {@code k8s/} and {@code KeycloakRealmImport} wants the realm inline.
 *
 * <ul>
 * <li>{@code k8s/base/keycloak/realm-import.yaml}: the realm with only the service-account users;
 * no demo user (and so no demo password) reaches production.</li>
 * <li>{@code k8s/overlays/dev/realm-demo-users.yaml}: a patch that puts back every user of the
 * realm file, demo users included, for the dev overlay.</li>
 * </ul>
 *
 * Environment placeholders in the realm file ({@code ${CRP_INVENTORY_CLIENT_SECRET}}) become
 * {@code spec.placeholders} entries that read the key of the same name from the Secret
 * {@value #CLIENT_SECRETS}, which the deploy guide tells operators to create.
 *
 * <p>Run after changing the realm file: {@code mvn -B -f k8s/pom.xml compile exec:java}. The test
 * {@code RealmImportTest} fails while the committed files differ from what this produces.
 */
public final class RealmImportGenerator {

    public static final String REALM_FILE = "keycloak/crp-realm.json";
    public static final String PROD_IMPORT = "k8s/base/keycloak/realm-import.yaml";
    public static final String DEV_USERS_PATCH = "k8s/overlays/dev/realm-demo-users.yaml";
    public static final String IMPORT_NAME = "crp-realm";
    public static final String KEYCLOAK_CR = "crp-keycloak";
    public static final String CLIENT_SECRETS = "crp-oidc-clients";

    /** Environment-style placeholders only: Keycloak's own {@code ${username}} message keys stay. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");

    private static final String HEADER = """
            # GENERATED from keycloak/crp-realm.json by org.crp.k8s.RealmImportGenerator: do not edit.
            # Regenerate with: mvn -B -f k8s/pom.xml compile exec:java
            # The k8s-manifests tests fail while this file is out of date with the realm file.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    private RealmImportGenerator() {
    }

    /** The two generated files, keyed by their path relative to the repository root. */
    public record Output(String prodImport, String devUsersPatch) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Output output = generate(Files.readString(root.resolve(REALM_FILE), StandardCharsets.UTF_8));
        write(root.resolve(PROD_IMPORT), output.prodImport());
        write(root.resolve(DEV_USERS_PATCH), output.devUsersPatch());
        System.out.println("wrote " + PROD_IMPORT + " and " + DEV_USERS_PATCH);
    }

    public static Output generate(String realmJson) {
        JsonNode realm = parse(realmJson);
        if (!realm.path("realm").isTextual()) {
            throw new IllegalArgumentException("not a realm representation: no \"realm\" name");
        }
        ArrayNode allUsers = realm.has("users") ? (ArrayNode) realm.get("users") : JSON.createArrayNode();

        ObjectNode prodRealm = realm.deepCopy();
        ArrayNode serviceAccounts = prodRealm.putArray("users");
        allUsers.forEach(user -> {
            if (isServiceAccount(user)) {
                serviceAccounts.add(user.deepCopy());
            }
        });

        ObjectNode importCr = resource();
        ObjectNode spec = importCr.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR);
        Map<String, String> placeholders = placeholders(realm);
        if (!placeholders.isEmpty()) {
            ObjectNode placeholderNode = spec.putObject("placeholders");
            placeholders.forEach((name, key) -> placeholderNode.putObject(name).putObject("secret")
                    .put("name", CLIENT_SECRETS).put("key", key));
        }
        spec.set("realm", prodRealm);

        ObjectNode devPatch = resource();
        devPatch.putObject("spec").putObject("realm").set("users", allUsers.deepCopy());

        return new Output(HEADER + toYaml(importCr),
                HEADER + "# Dev only: every user of the realm file, demo users included.\n" + toYaml(devPatch));
    }

    /** A service-account user belongs to a client; every other user is a person (demo users). */
    public static boolean isServiceAccount(JsonNode user) {
        return user.path("serviceAccountClientId").isTextual()
                && !user.path("serviceAccountClientId").asText().isBlank()
                && !user.has("credentials");
    }

    /** Placeholder name to the key of {@value #CLIENT_SECRETS} that supplies it. */
    public static Map<String, String> placeholders(JsonNode node) {
        Map<String, String> found = new TreeMap<>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, Map<String, String> found) {
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.asText());
            while (m.find()) {
                found.put(m.group(1), m.group(1));
            }
        } else if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
                collect(it.next(), found);
            }
        }
    }

    private static ObjectNode resource() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        node.put("kind", "KeycloakRealmImport");
        node.putObject("metadata").put("name", IMPORT_NAME);
        return node;
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("realm file is not valid JSON", e);
        }
    }

    private static String toYaml(JsonNode node) {
        try {
            return YAML.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
