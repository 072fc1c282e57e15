package org.crp.inventory.provenance;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The IEEE MA-L, MA-M and MA-S registries in memory, for longest-prefix lookups of MAC addresses.
 *
 * <p>For each kind the latest uploaded version in the database is used, otherwise the bundled
 * snapshot. The whole state is one immutable {@link OuiSnapshot} behind a volatile reference:
 * readers never lock and never see half of a change; writers (an upload on this replica, the poller)
 * build a new snapshot and swap it under a lock, always from a database read made under that lock,
 * so the memory never goes back to an older state than one it has shown.
 */
@ApplicationScoped
public class OuiRegistry {

    private static final Logger LOG = Logger.getLogger(OuiRegistry.class);
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final OuiRegistryStore store;
    private final BundledRegistry bundled;
    private final Object swap = new Object();
    private volatile OuiSnapshot snapshot;

    OuiRegistry(OuiRegistryStore store, BundledRegistry bundled) {
        this.store = store;
        this.bundled = bundled;
    }

    /**
     * Starts loading in the background: parsing the bundled files takes a cold JVM a few hundred
     * milliseconds, which the service's start need not wait for. Until it is done the readiness check
     * ({@link RegistryReadiness}) is down and a lookup waits for it.
     */
    void onStart(@Observes @Priority(10) StartupEvent event) {
        Thread loader = new Thread(() -> {
            try {
                snapshot();
            } catch (RuntimeException e) {
                LOG.errorf(e, "Could not load the IEEE registries; the next lookup tries again");
            }
        }, "ieee-registry-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** True once the registries are in memory. */
    public boolean loaded() {
        return snapshot != null;
    }

    /** The registries as they are now; loads them on first use. */
    public OuiSnapshot snapshot() {
        OuiSnapshot current = snapshot;
        if (current == null) {
            synchronized (swap) {
                if (snapshot == null) {
                    long start = System.nanoTime();
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    snapshot = load(store.currentVersions(), null, null);
                    // CPU time too: on a busy 2-core machine the wall time says more about the neighbours
                    LOG.infof("IEEE registries loaded in %d ms (%d ms CPU on the loading thread): %s",
                            (System.nanoTime() - start) / 1_000_000,
                            (CPU.getCurrentThreadCpuTime() - cpuStart) / 1_000_000, describe(snapshot));
                }
                current = snapshot;
            }
        }
        return current;
    }

    /** The block holding a MAC in any common notation; empty when the MAC is malformed or unregistered. */
    public Optional<OuiMatch> lookup(String mac) {
        long value = MacBits.parse(mac);
        return value < 0 ? Optional.empty() : Optional.ofNullable(snapshot().lookup(value));
    }

    /**
     * Brings memory in line with the database and returns the kinds that changed.
     *
     * @param justWritten a table this replica has just committed, to install without reading it back; may be null
     */
    Set<RegistryKind> refresh(OuiTable justWritten) {
        synchronized (swap) {
            OuiSnapshot before = snapshot();
            OuiSnapshot after = load(store.currentVersions(), before, justWritten);
            Set<RegistryKind> changed = EnumSet.noneOf(RegistryKind.class);
            for (RegistryKind kind : RegistryKind.values()) {
                if (before.table(kind) != after.table(kind)) {
                    changed.add(kind);
                }
            }
            if (!changed.isEmpty()) {
                snapshot = after;
                LOG.infof("IEEE registries now: %s", describe(after));
            }
            return changed;
        }
    }

    private OuiSnapshot load(Map<RegistryKind, OuiRegistryVersion> current, OuiSnapshot before, OuiTable justWritten) {
        Map<RegistryKind, CompletableFuture<OuiTable>> parsing = new EnumMap<>(RegistryKind.class);
        List<OuiTable> tables = new ArrayList<>();
        for (RegistryKind kind : RegistryKind.values()) {
            OuiRegistryVersion version = current.get(kind);
            UUID wanted = version == null ? null : version.id;
            OuiTable have = before == null ? null : before.table(kind);
            if (have != null && Objects.equals(have.versionId(), wanted)) {
                tables.add(have);
            } else if (wanted == null) {
                // parsing is CPU-bound: the small files go to another core while this thread reads MA-L
                parsing.put(kind, kind == RegistryKind.MA_L ? null
                        : CompletableFuture.supplyAsync(() -> bundled.load(kind)));
            } else if (justWritten != null && wanted.equals(justWritten.versionId())) {
                tables.add(justWritten);
            } else {
                tables.add(table(version, store.blocks(version.id, version.blockCount)));
            }
        }
        if (parsing.containsKey(RegistryKind.MA_L)) {
            tables.add(bundled.load(RegistryKind.MA_L));
        }
        parsing.values().stream().filter(Objects::nonNull).map(CompletableFuture::join).forEach(tables::add);
        return new OuiSnapshot(tables);
    }

    static OuiTable table(OuiRegistryVersion version, Map<Long, String> blocks) {
        return new OuiTable(RegistryKind.fromLabel(version.kind).orElseThrow(), OuiTable.Source.UPLOADED, version.id,
                version.publishedOn, version.rowCount, version.sha256, version.createdAt, version.uploadedBy, blocks);
    }

    private static String describe(OuiSnapshot snapshot) {
        StringBuilder text = new StringBuilder();
        for (OuiTable table : snapshot.tables().values()) {
            if (!text.isEmpty()) {
                text.append(", ");
            }
            text.append(table.kind().label()).append(' ').append(table.size()).append(" blocks (")
                    .append(table.source().name().toLowerCase(java.util.Locale.ROOT)).append(", published ").append(table.publishedOn())
                    .append(')');
        }
        return text.toString();
    }
}
