package org.crp.inventory.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The IEEE registry snapshot shipped in the jar ({@code ieee/*.csv.gz}, described by
 * {@code ieee/snapshot.properties}). Each file is read by the same rules as an upload; its SHA-256
 * is the one recorded in the properties (checked against the file by a test, not at every start).
 */
@ApplicationScoped
class BundledRegistry {

    private static final String DESCRIPTION = "ieee/snapshot.properties";

    private final Properties snapshot = new Properties();

    BundledRegistry() {
        try (InputStream in = resource(DESCRIPTION)) {
            snapshot.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String source() {
        return snapshot.getProperty("source");
    }

    LocalDate publishedOn() {
        return LocalDate.parse(snapshot.getProperty("published-on"));
    }

    OuiTable load(RegistryKind kind) {
        String file = snapshot.getProperty(kind.label() + ".file");
        byte[] bytes;
        try (InputStream in = new GZIPInputStream(resource(file), 1 << 16)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bundled IEEE registry " + file, e);
        }
        OuiCsv.Parsed parsed = OuiCsv.parse(bytes, kind, sha256(kind));
        return new OuiTable(kind, OuiTable.Source.BUNDLED, null, publishedOn(), parsed.rows(), parsed.sha256(), null,
                null, parsed.blocks());
    }

    /** The digest recorded for the bundled file (a test checks it against the file). */
    String sha256(RegistryKind kind) {
        return snapshot.getProperty(kind.label() + ".sha256");
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            in = BundledRegistry.class.getClassLoader().getResourceAsStream(name);
        }
        if (in == null) {
            throw new IllegalStateException("Resource " + name + " is missing from the build");
        }
        return in;
    }
}
