package org.crp.k8s.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository; the build passes its root as crp.repo.root. */
public final class Repo {

    private static final Path ROOT = locate();

    private Repo() {
    }

    public static Path root() {
        return ROOT;
    }

    public static Path k8s() {
        return ROOT.resolve("k8s");
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static String read(String relative) {
        return read(path(relative));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static Path locate() {
        String configured = System.getProperty("crp.repo.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("keycloak/crp-realm.json")) && Files.isDirectory(p.resolve("k8s"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (with keycloak/crp-realm.json and k8s/) not found from " + start);
    }
}
