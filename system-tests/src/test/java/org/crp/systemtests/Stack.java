package org.crp.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the whole stack once per test run with {@code scripts/stack up}, on ports and a database
 * of its own so a developer's running stack is left alone, and stops it with {@code scripts/stack down}
 * when the run ends, failed tests included (and from a shutdown hook if the JVM is torn down).
 * {@link #kill}, {@link #stop} and {@link #start} drive one process of the running stack for fault drills
 * ({@code scripts/stack kill|stop|start NAME}); {@code down} stops whatever they started too.
 * <p>
 * Two settings differ from the services' defaults, both for the fault suite ({@link FaultsIT}): the outboxes'
 * longest backoff is {@value #OUTBOX_MAX_BACKOFF} instead of 5 minutes ({@code CRP_OUTBOX_MAX_BACKOFF}), so that
 * after an outage a row that failed many times is tried again within seconds rather than minutes; and the services
 * fetch a new client-credentials token once theirs is {@value #SERVICE_TOKEN_AGE_SECONDS} s old instead of when it
 * runs out ({@code QUARKUS_OIDC_CLIENT_REFRESH_TOKEN_TIME_SKEW}, the realm's 15-minute lifespan less that age), so
 * that a Keycloak outage of half a minute outlives the tokens they hold.
 */
public final class Stack implements BeforeAllCallback {

    public static final int GATEWAY_PORT = 18080;
    public static final int INVENTORY_PORT = 18081;
    public static final int REPLACEMENT_PORT = 18082;
    public static final int SUPPLIER_PORT = 18083;
    /** The second replacement-service instance, started only by {@code start("replacement-service-2")}. */
    public static final int REPLACEMENT_2_PORT = 18084;
    public static final int KEYCLOAK_PORT = 18180;
    public static final String DATABASE = "crp_systest";
    static final String OUTBOX_MAX_BACKOFF = "PT5S";
    static final int SERVICE_TOKEN_AGE_SECONDS = 20;
    /** The realm's access token lifespan (keycloak/crp-realm.json). */
    static final int REALM_TOKEN_LIFESPAN_SECONDS = 900;

    public static final String GATEWAY = "http://localhost:" + GATEWAY_PORT;
    public static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;

    static final Path ROOT = Path.of(System.getProperty("crp.root", "..")).toAbsolutePath().normalize();
    static final Path STACK_DIR = Path.of(System.getProperty("crp.stackDir", "target/stack")).toAbsolutePath();

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class);
    }

    /** SIGKILL to one process of the stack (keycloak, inventory-service, ...), as a crash would. */
    public static void kill(String name) {
        Running.run("kill", name);
    }

    /** Stops one process of the stack gracefully. */
    public static void stop(String name) {
        Running.run("stop", name);
    }

    /** Starts one process of the stack (again) and waits until it is ready; nothing happens if it runs. */
    public static void start(String name) {
        Running.run("start", name);
    }

    /** Reads a generated secret (client secrets live in the stack's secrets.env, never in the repository). */
    public static String secret(String name) {
        try {
            return Files.readAllLines(STACK_DIR.resolve("secrets.env")).stream()
                    .filter(line -> line.startsWith(name + "="))
                    .map(line -> line.substring(name.length() + 1))
                    .findFirst().orElseThrow(() -> new IllegalStateException(name + " missing from secrets.env"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Thread hook = new Thread(() -> run("down"));

        static Running start() {
            psql("drop database if exists " + DATABASE + " with (force)");
            Running running = new Running();
            Runtime.getRuntime().addShutdownHook(running.hook);
            try {
                run("up");
            } catch (RuntimeException e) {
                running.close();
                throw e;
            }
            return running;
        }

        @Override
        public void close() {
            run("down");
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook itself is running
            }
        }

        private static void run(String... command) {
            List<String> line = new ArrayList<>(List.of(ROOT.resolve("scripts/stack").toString()));
            line.addAll(List.of(command));
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).inheritIO();
            Map<String, String> env = builder.environment();
            env.put("CRP_STACK_DIR", STACK_DIR.toString());
            env.put("CRP_KEYCLOAK_ZIP", System.getProperty("crp.keycloakZip", ""));
            env.put("CRP_STACK_BUILD", "never");
            env.put("CRP_DB_NAME", DATABASE);
            env.put("CRP_GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
            env.put("CRP_INVENTORY_PORT", String.valueOf(INVENTORY_PORT));
            env.put("CRP_REPLACEMENT_PORT", String.valueOf(REPLACEMENT_PORT));
            env.put("CRP_SUPPLIER_PORT", String.valueOf(SUPPLIER_PORT));
            env.put("CRP_REPLACEMENT_2_PORT", String.valueOf(REPLACEMENT_2_PORT));
            env.put("CRP_OUTBOX_MAX_BACKOFF", OUTBOX_MAX_BACKOFF);
            env.put("QUARKUS_OIDC_CLIENT_REFRESH_TOKEN_TIME_SKEW",
                    (REALM_TOKEN_LIFESPAN_SECONDS - SERVICE_TOKEN_AGE_SECONDS) + "S");
            env.put("CRP_KEYCLOAK_PORT", String.valueOf(KEYCLOAK_PORT));
            // The machine may be shared: a first Keycloak start alone has taken over 3 minutes under load.
            env.put("CRP_READY_TIMEOUT", "600");
            exec(builder, 1200);
        }

        private static void psql(String sql) {
            exec(new ProcessBuilder(List.of("psql", "-h", System.getenv().getOrDefault("CRP_DB_HOST", "127.0.0.1"),
                    "-p", System.getenv().getOrDefault("CRP_DB_PORT", "5432"),
                    "-U", System.getenv().getOrDefault("CRP_DB_USER", "postgres"), "-d", "postgres",
                    "-v", "ON_ERROR_STOP=1", "-c", sql)).inheritIO(), 60);
        }

        private static void exec(ProcessBuilder builder, int timeoutSeconds) {
            try {
                Process process = builder.start();
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException(builder.command() + " did not finish in " + timeoutSeconds + " s");
                }
                if (process.exitValue() != 0) {
                    throw new IllegalStateException(builder.command() + " failed with exit code " + process.exitValue());
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
