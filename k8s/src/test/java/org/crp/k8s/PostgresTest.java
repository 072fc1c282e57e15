package org.crp.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecretKeySelector;

import org.crp.k8s.support.AppConfig;
import org.crp.k8s.support.Rendered;
import org.crp.k8s.support.Yaml;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * PostgreSQL through CloudNativePG: one database "crp" with a schema and an owner role per service,
 * a database for Keycloak, credentials from Secrets, storage, and (prod) a backup to object storage.
 */
class PostgresTest {

    static final List<String> OVERLAYS = Rendered.OVERLAYS;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void theClusterHasStorageAndNoSuperuserAccess(String overlay) {
        Map<String, Object> cluster = Rendered.overlay(overlay).one("Cluster", "crp-db");
        assertEquals("postgresql.cnpg.io/v1", cluster.get("apiVersion"));
        assertNotNull(Yaml.string(cluster, "spec.storage.size"), "storage size");
        assertFalse(Boolean.TRUE.equals(Yaml.at(cluster, "spec.enableSuperuserAccess")), "superuser access");
        String image = Yaml.string(cluster, "spec.imageName");
        assertTrue(image != null && image.matches(".+:\\d+(\\.\\d+)*.*") && !image.endsWith(":latest"), "pinned PostgreSQL image " + image);
        assertNotNull(Yaml.at(cluster, "spec.resources.limits.memory"), "PostgreSQL memory limit");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void eachServiceHasALoginRoleOwningItsSchemaAndConnectsWithThatRolesSecret(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> cluster = r.one("Cluster", "crp-db");
        Map<String, Map<String, Object>> roles = new HashMap<>();
        for (Object role : Yaml.list(cluster, "spec.managed.roles")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> asMap = (Map<String, Object>) role;
            roles.put(Yaml.string(role, "name"), asMap);
        }
        List<Map<String, Object>> databases = r.kind("Database");
        Map<String, Object> crp = databases.stream().filter(d -> "crp".equals(Yaml.string(d, "spec.name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Database crp"));
        assertEquals("crp-db", Yaml.string(crp, "spec.cluster.name"));
        Map<String, String> schemaOwners = new HashMap<>();
        Yaml.list(crp, "spec.schemas").forEach(s -> schemaOwners.put(Yaml.string(s, "name"), Yaml.string(s, "owner")));

        for (Map.Entry<String, String> e : Components.SCHEMAS.entrySet()) {
            String service = e.getKey();
            String schema = e.getValue();
            // The schema the service migrates (quarkus.flyway.schemas) is the one provisioned for it.
            String flywaySchemas = AppConfig.of(service).raw("quarkus.flyway.schemas").orElse("");
            assertEquals(schema, flywaySchemas.split(",")[0].trim(), service + " migrates another schema than " + schema);
            String owner = schemaOwners.get(schema);
            assertNotNull(owner, "schema " + schema + " is not declared in Database crp");
            Map<String, Object> role = roles.get(owner);
            assertNotNull(role, "schema owner " + owner + " is not a managed role");
            assertEquals(Boolean.TRUE, role.get("login"), owner + " can log in");
            String roleSecret = Yaml.string(role, "passwordSecret.name");
            assertNotNull(roleSecret, owner + " gets its password from a Secret");

            Container c = r.deployment(service).getSpec().getTemplate().getSpec().getContainers().get(0);
            SecretKeySelector user = secretRef(c, "CRP_DB_USER");
            SecretKeySelector password = secretRef(c, "CRP_DB_PASSWORD");
            assertEquals(roleSecret, user.getName(), service + " logs in with the Secret of role " + owner);
            assertEquals(roleSecret, password.getName(), service + " password Secret");
            assertEquals("username", user.getKey());
            assertEquals("password", password.getKey());

            String url = ServiceWiringTest.environment(r, r.deployment(service)).get("CRP_DB_URL");
            assertNotNull(url, service + " CRP_DB_URL");
            URI jdbc = URI.create(url.substring("jdbc:".length()));
            assertEquals("crp-db-rw." + Components.NAMESPACE + ".svc", jdbc.getHost(), service + " writes to the primary");
            assertEquals("/crp", jdbc.getPath(), service + " database");
            assertTrue(url.contains("sslmode=require") || url.contains("sslmode=verify"), service + " requires TLS to PostgreSQL");
        }
        assertTrue(schemaOwners.values().stream().distinct().count() == schemaOwners.size(), "one owner per schema");
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void keycloakUsesItsOwnDatabaseOnTheSameClusterWithTheOperatorGeneratedSecret(String overlay) {
        Rendered r = Rendered.overlay(overlay);
        Map<String, Object> cluster = r.one("Cluster", "crp-db");
        Map<String, Object> keycloak = r.one("Keycloak", "crp-keycloak");
        assertEquals("postgres", Yaml.string(keycloak, "spec.db.vendor"));
        assertEquals("crp-db-rw." + Components.NAMESPACE + ".svc", Yaml.string(keycloak, "spec.db.host"));
        String database = Yaml.string(cluster, "spec.bootstrap.initdb.database");
        assertEquals(database, Yaml.string(keycloak, "spec.db.database"), "Keycloak's database is the bootstrap one");
        // CloudNativePG writes the bootstrap owner's credentials to <cluster>-app unless told otherwise.
        String generated = Yaml.string(cluster, "spec.bootstrap.initdb.secret.name") == null ? "crp-db-app"
                : Yaml.string(cluster, "spec.bootstrap.initdb.secret.name");
        assertEquals(generated, Yaml.string(keycloak, "spec.db.usernameSecret.name"));
        assertEquals(generated, Yaml.string(keycloak, "spec.db.passwordSecret.name"));
        assertFalse(Components.SCHEMAS.containsValue(Yaml.string(cluster, "spec.bootstrap.initdb.owner")),
                "Keycloak's owner role is not a service role");
    }

    /** PostgreSQL's buffers are a quarter of the pod's memory, and the WAL kept between checkpoints fits its volume twice. */
    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void postgresMemoryAndWalAreSizedToThePod(String overlay) {
        Map<String, Object> cluster = Rendered.overlay(overlay).one("Cluster", "crp-db");
        long memory = Quantity.getAmountInBytes(new Quantity(Yaml.string(cluster, "spec.resources.limits.memory"))).longValue();
        long buffers = postgresBytes(Yaml.string(cluster, "spec.postgresql.parameters.shared_buffers"));
        assertTrue(buffers >= memory / 5 && buffers <= memory / 3,
                overlay + ": shared_buffers " + buffers + " bytes is not about a quarter of the " + memory + "-byte limit");
        String walVolume = Yaml.string(cluster, "spec.walStorage.size");
        long wal = Quantity.getAmountInBytes(new Quantity(walVolume != null ? walVolume : Yaml.string(cluster, "spec.storage.size")))
                .longValue();
        String maxWal = Yaml.string(cluster, "spec.postgresql.parameters.max_wal_size");
        long maxWalBytes = maxWal == null ? 1L << 30 : postgresBytes(maxWal); // PostgreSQL's default is 1GB
        assertTrue(2 * maxWalBytes <= wal, overlay + ": max_wal_size " + maxWalBytes + " bytes does not fit twice on " + wal);
    }

    /** A size in PostgreSQL's units (kB, MB, GB, TB; 1024-based). */
    private static long postgresBytes(String size) {
        assertNotNull(size, "a PostgreSQL size");
        var m = java.util.regex.Pattern.compile("(\\d+)(kB|MB|GB|TB)").matcher(size.trim());
        assertTrue(m.matches(), "'" + size + "' is not a PostgreSQL size like 256MB");
        int shift = switch (m.group(2)) { case "kB" -> 10; case "MB" -> 20; case "GB" -> 30; default -> 40; };
        return Long.parseLong(m.group(1)) << shift;
    }

    @org.junit.jupiter.api.Test
    void prodArchivesToObjectStorageWithCredentialsFromASecret() {
        Rendered prod = Rendered.overlay("prod");
        Map<String, Object> cluster = prod.one("Cluster", "crp-db");
        Object plugin = Yaml.list(cluster, "spec.plugins").stream()
                .filter(p -> "barman-cloud.cloudnative-pg.io".equals(Yaml.string(p, "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no Barman Cloud plugin on crp-db"));
        assertEquals(Boolean.TRUE, Yaml.at(plugin, "isWALArchiver"), "WAL archiving");
        String store = Yaml.string(plugin, "parameters.barmanObjectName");
        Map<String, Object> objectStore = prod.one("ObjectStore", store);
        assertTrue(Yaml.string(objectStore, "spec.configuration.destinationPath").matches("^(s3|gs|https)://.+"),
                "object store destination");
        assertNotNull(Yaml.string(objectStore, "spec.configuration.s3Credentials.accessKeyId.name"), "credentials by Secret name");
        assertNotNull(Yaml.string(objectStore, "spec.retentionPolicy"), "retention");
        Map<String, Object> scheduled = prod.kind("ScheduledBackup").stream().findFirst()
                .orElseThrow(() -> new AssertionError("no ScheduledBackup"));
        assertEquals("crp-db", Yaml.string(scheduled, "spec.cluster.name"));
        assertEquals("plugin", Yaml.string(scheduled, "spec.method"));
    }

    private static SecretKeySelector secretRef(Container c, String variable) {
        EnvVar v = c.getEnv().stream().filter(e -> variable.equals(e.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(c.getName() + " has no " + variable));
        assertNotNull(v.getValueFrom(), variable + " must come from a Secret, not a literal");
        assertNotNull(v.getValueFrom().getSecretKeyRef(), variable + " must come from a Secret");
        return v.getValueFrom().getSecretKeyRef();
    }
}
