package org.crp.k8s.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Renders a kustomization with {@code kubectl kustomize}, the same code path operators use with
 * {@code kubectl apply -k}. kubectl bundles kustomize and renders offline.
 */
public final class Kustomize {

    private Kustomize() {
    }

    public static String build(Path dir) {
        String kubectl = System.getProperty("crp.kubectl", "kubectl");
        Process process;
        try {
            process = new ProcessBuilder(kubectl, "kustomize", dir.toString()).start();
        } catch (IOException e) {
            return fail("kubectl is needed to render the k8s overlays but '" + kubectl + "' could not be run ("
                    + e.getMessage() + "). Install kubectl 1.27 or newer (it bundles kustomize 5) and put it on "
                    + "the PATH, or point -Dcrp.kubectl at it.");
        }
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("kubectl kustomize " + dir + " did not finish in 180 s");
            }
            if (process.exitValue() != 0) {
                return fail("kubectl kustomize " + dir + " failed (exit " + process.exitValue() + "):\n" + err.join());
            }
            return out.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
                stream.transferTo(buffer);
                return buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
