package org.crp.inventory.provenance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Filter;
import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.paging.Paging;
import org.crp.common.paging.Sort;
import org.crp.common.paging.SortKey;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.web.RequestIds;
import org.crp.inventory.device.MacAddress;
import org.crp.inventory.history.History;
import org.crp.inventory.provenance.OuiDtos.LookupView;
import org.crp.inventory.provenance.OuiDtos.RegistriesView;
import org.crp.inventory.provenance.OuiDtos.RegistryView;
import org.crp.inventory.provenance.OuiDtos.VersionView;
import org.crp.inventory.provenance.OuiDtos.WatchlistRef;
import org.jboss.logging.MDC;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Lookups, and the admin's run-time replacement of a registry by a newer IEEE file: validated in
 * full, stored as a new version in one transaction, then swapped into memory and announced with
 * {@link ProvenanceChanged}.
 */
@ApplicationScoped
public class OuiRegistryService {

    /** Versions by the sequence PostgreSQL gave them; the highest is the one in use. */
    private static final Sort<OuiRegistryVersion> NEWEST_FIRST = new Sort<>(
            new SortKey<>("seq", "seq", Long.class, false, v -> v.seq), true);

    private final OuiRegistry registry;
    private final OuiRegistryStore store;
    private final BundledRegistry bundled;
    private final Watchlist watchlist;
    private final ProvenanceEvents events;
    private final ProvenanceConfig config;
    private final History history;

    OuiRegistryService(OuiRegistry registry, OuiRegistryStore store, BundledRegistry bundled, Watchlist watchlist,
            ProvenanceEvents events, ProvenanceConfig config, History history) {
        this.registry = registry;
        this.store = store;
        this.bundled = bundled;
        this.watchlist = watchlist;
        this.events = events;
        this.config = config;
        this.history = history;
    }

    public LookupView lookup(String rawMac) {
        String mac = MacAddress.normalize(rawMac);
        if (mac == null) {
            throw ApiException.badRequest("mac",
                    "is not a MAC address; use six hex pairs such as 44:19:B6:12:34:56, 44-19-B6-12-34-56 or 4419.b612.3456");
        }
        OuiSnapshot snapshot = registry.snapshot();
        OuiMatch block = snapshot.lookup(MacBits.parse(mac));
        if (block == null) {
            return new LookupView(mac, null, null, null, null, false, null, null);
        }
        WatchlistMatch covered = watchlist.match(block.organisation()).orElse(null);
        return new LookupView(mac, block.prefix(), block.prefixBits(), block.registry().label(), block.organisation(),
                covered != null, WatchlistRef.of(covered), snapshot.table(block.registry()).publishedOn());
    }

    public RegistriesView registries() {
        OuiSnapshot snapshot = registry.snapshot();
        return new RegistriesView(Arrays.stream(RegistryKind.values()).map(k -> RegistryView.of(snapshot.table(k))).toList());
    }

    @Transactional
    public Page<VersionView> versions(String kindText, PageRequest page) {
        RegistryKind kind = kind(kindText);
        Page<OuiRegistryVersion> versions = Paging.page(store, new Filter().eq("kind", kind.label()), page, NEWEST_FIRST,
                v -> v.id, v -> v);
        // the version in use is the newest (a withdrawn one is deleted): the first of the first page, read by the
        // page's own statement, so that an upload or a withdrawal meanwhile cannot leave the flag on another (a sorted
        // list's later pages carry a key cursor)
        boolean firstPage = page.keyCursor() == null;
        List<OuiRegistryVersion> items = versions.items();
        return new Page<>(IntStream.range(0, items.size()).mapToObj(i -> VersionView.of(items.get(i), firstPage && i == 0))
                .toList(), versions.nextCursor(), versions.total());
    }

    /**
     * Installs a newer IEEE file of one registry.
     *
     * @param force install even when the file drops more than {@code crp.provenance.max-shrink} of the
     *            blocks in use or is dated before the registry in use
     */
    public RegistryView upload(String kindText, String publishedOnText, boolean force, Long contentLength,
            InputStream body, String uploadedBy) {
        RegistryKind kind = kind(kindText);
        LocalDate publishedOn = publishedOn(publishedOnText);
        byte[] file = read(body, contentLength);
        OuiCsv.Parsed parsed;
        try {
            parsed = OuiCsv.parse(file, kind);
        } catch (OuiCsv.Invalid e) {
            throw new ApiException(400, "invalid-registry-file", "Invalid registry file", e.getMessage(), e.errors());
        }
        String requestId = MDC.get(RequestIds.MDC_KEY) == null ? null : MDC.get(RequestIds.MDC_KEY).toString();
        OuiRegistryVersion stored = QuarkusTransaction.requiringNew().call(() -> {
            store.lock(kind);
            Optional<OuiRegistryVersion> current = store.current(kind);
            Current now = current.map(v -> new Current(v.sha256, v.blockCount, v.publishedOn))
                    .orElseGet(() -> bundledCurrent(kind));
            if (now.sha256().equals(parsed.sha256())) {
                return null; // the same file again: nothing to do, so a retried upload is harmless
            }
            if (!force) {
                refuseSuspicious(kind, parsed, publishedOn, now);
            }
            OuiRegistryVersion version = new OuiRegistryVersion();
            version.kind = kind.label();
            version.publishedOn = publishedOn;
            version.rowCount = parsed.rows();
            version.blockCount = parsed.blocks().size();
            version.sha256 = parsed.sha256();
            version.uploadedBy = uploadedBy;
            version.requestId = requestId;
            return store.insert(version, parsed.blocks());
        });
        if (stored == null) {
            registry.refresh(null);
            return RegistryView.of(registry.snapshot().table(kind));
        }
        OuiTable table = OuiRegistry.table(stored, parsed.blocks());
        registry.refresh(table);
        events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.REGISTRY, Set.of(kind), true,
                kind.label() + " registry: version " + stored.id + " published " + publishedOn + " ("
                        + parsed.blocks().size() + " blocks) uploaded by " + uploadedBy));
        return RegistryView.of(registry.snapshot().table(kind));
    }

    /** Withdraws an uploaded version; if it was in use, the previous one (or the bundled snapshot) takes over. */
    public void deleteVersion(String kindText, UUID id) {
        RegistryKind kind = kind(kindText);
        boolean wasCurrent = QuarkusTransaction.requiringNew().call(() -> {
            store.lock(kind);
            OuiRegistryVersion version = store.findByIdOptional(id).filter(v -> v.kind.equals(kind.label()))
                    .orElseThrow(() -> ApiException.notFound(kind.label() + " registry version", id));
            boolean current = store.current(kind).map(v -> v.id.equals(id)).orElse(false);
            // the row goes: its history entry keeps what it was (who uploaded it, its file's digest) and who withdrew it
            history.record(History.REGISTRY_VERSION, id, "WITHDRAWN", History.snapshot(VersionView.of(version, current)));
            store.delete(version);
            return current;
        });
        Set<RegistryKind> changed = registry.refresh(null);
        if (wasCurrent || !changed.isEmpty()) {
            OuiTable now = registry.snapshot().table(kind);
            events.fire(new ProvenanceChanged(ProvenanceChanged.Subject.REGISTRY, Set.of(kind), true,
                    kind.label() + " registry: version " + id + " withdrawn; now " + now.source().name().toLowerCase(
                            java.util.Locale.ROOT) + " published " + now.publishedOn()));
        }
    }

    private record Current(String sha256, int blocks, LocalDate publishedOn) {
    }

    private Current bundledCurrent(RegistryKind kind) {
        OuiTable inMemory = registry.snapshot().table(kind);
        OuiTable table = inMemory.source() == OuiTable.Source.BUNDLED ? inMemory : bundled.load(kind);
        return new Current(table.sha256(), table.size(), table.publishedOn());
    }

    private void refuseSuspicious(RegistryKind kind, OuiCsv.Parsed parsed, LocalDate publishedOn, Current now) {
        int minimum = (int) Math.ceil(now.blocks() * (1 - config.maxShrink()));
        if (parsed.blocks().size() < minimum) {
            throw new ApiException(422, "registry-shrinks", "Registry would shrink",
                    "The file has " + parsed.blocks().size() + " " + kind.label() + " blocks but the registry in use has "
                            + now.blocks() + "; a file dropping more than " + Math.round(config.maxShrink() * 100)
                            + "% of them is probably truncated or of another registry. Send force=true to install it anyway",
                    List.of(new Problem.FieldError("file", "has " + parsed.blocks().size() + " blocks, fewer than "
                            + minimum)));
        }
        if (publishedOn.isBefore(now.publishedOn())) {
            throw ApiException.unprocessable("publishedOn", publishedOn + " is older than the " + kind.label()
                    + " registry in use (published " + now.publishedOn() + "); send force=true to install it anyway");
        }
    }

    private byte[] read(InputStream body, Long contentLength) {
        long max = config.maxUploadSize().asLongValue();
        if (contentLength != null && contentLength > max) {
            throw tooLarge(max);
        }
        if (body == null) {
            throw new ApiException(400, "invalid-registry-file", "Invalid registry file",
                    "file: is empty; send the registry file as IEEE publishes it",
                    List.of(new Problem.FieldError("file", "is empty; send the registry file as IEEE publishes it")));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(contentLength == null ? 1 << 16 : contentLength.intValue());
        byte[] buffer = new byte[1 << 16];
        try (body) {
            int n;
            while ((n = body.read(buffer)) > 0) {
                if (out.size() + n > max) {
                    throw tooLarge(max);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ApiException tooLarge(long max) {
        return new ApiException(413, "payload-too-large", "Payload too large", "file: is larger than " + max
                + " bytes (crp.provenance.max-upload-size)", List.of(new Problem.FieldError("file", "is larger than "
                        + max + " bytes")));
    }

    static RegistryKind kind(String text) {
        return RegistryKind.fromLabel(text).orElseThrow(() -> ApiException.badRequest("kind",
                "'" + text + "' is not one of MA-L, MA-M, MA-S"));
    }

    private static LocalDate publishedOn(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("publishedOn",
                    "is required: the date IEEE published the file, in the form 2025-06-01");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("publishedOn", "'" + text + "' is not a date in the form 2025-06-01");
        }
        if (date.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            throw ApiException.badRequest("publishedOn", date + " is in the future");
        }
        if (date.isBefore(LocalDate.of(2000, 1, 1))) {
            throw ApiException.badRequest("publishedOn", date + " is implausibly old for an IEEE registry file");
        }
        return date;
    }
}
