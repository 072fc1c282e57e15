package org.crp.gateway;

import static org.crp.common.testing.TestTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.BufferPoolMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;

/**
 * A body far larger than any buffer passes through in both directions while the memory in use (heap
 * after a full collection, plus direct buffers) stays far below the body's size. The gateway runs in
 * this JVM, so what is measured includes it; the bodies are generated and counted on the fly.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(FakeBackends.class)
class StreamingTest {

    static final long BODY = 300L * 1024 * 1024;
    /** Holding even a quarter of the body would exceed this. */
    static final long ALLOWED_GROWTH = 64L * 1024 * 1024;

    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void uploadStreamsThroughWithoutBeingHeld() throws Exception {
        long before = memoryInUse();
        AtomicLong atThreeQuarters = new AtomicLong(-1);
        HttpRequest request = HttpRequest.newBuilder(uri("/api/inventory/devices/bulk/import"))
                .header("Authorization", "Bearer " + token("uploader", "program-manager"))
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(2))
                // chunked: no Content-Length, so the gateway counts the bytes against the route's 1G limit
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new GeneratedBody(BODY, () -> atThreeQuarters.set(memoryInUse()))))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(BODY, new JsonObject(response.body()).getLong("bodyBytes"), "the service counted every byte");
        long growth = atThreeQuarters.get() - before;
        System.out.printf("upload of %d MB: memory in use grew by %.1f MB%n", mb(BODY), growth / 1048576d);
        assertTrue(atThreeQuarters.get() > 0, "memory was measured mid-stream");
        assertTrue(growth < ALLOWED_GROWTH, "memory grew by " + mb(growth) + " MB while " + mb(BODY) + " MB streamed");
    }

    @Test
    void downloadStreamsThroughWithoutBeingHeld() throws Exception {
        long before = memoryInUse();
        HttpRequest request = HttpRequest.newBuilder(uri("/api/inventory/exports/devices.csv?bytes=" + BODY))
                .header("Authorization", "Bearer " + token("downloader", "program-manager"))
                .timeout(Duration.ofMinutes(2))
                .GET().build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());

        long received = 0;
        long atThreeQuarters = -1;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = response.body()) {
            for (int n; (n = in.read(buffer)) != -1;) {
                received += n;
                if (atThreeQuarters < 0 && received >= BODY * 3 / 4) {
                    atThreeQuarters = memoryInUse();
                }
            }
        }
        assertEquals(BODY, received, "every byte arrived");
        long growth = atThreeQuarters - before;
        System.out.printf("download of %d MB: memory in use grew by %.1f MB%n", mb(BODY), growth / 1048576d);
        assertTrue(growth < ALLOWED_GROWTH, "memory grew by " + mb(growth) + " MB while " + mb(BODY) + " MB streamed");
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    /** Live heap after a full collection plus direct buffers (JDK's and Netty's own counter). */
    static long memoryInUse() {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long direct = ManagementFactory.getPlatformMXBeans(BufferPoolMXBean.class).stream()
                .mapToLong(BufferPoolMXBean::getMemoryUsed).sum();
        long netty = Math.max(0L, io.netty.util.internal.PlatformDependent.usedDirectMemory());
        return heap + direct + netty;
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** {@code size} bytes of CSV-ish text made as they are read; calls {@code atThreeQuarters} once on the way. */
    static final class GeneratedBody extends InputStream {
        private final long size;
        private final Runnable atThreeQuarters;
        private long position;
        private boolean measured;

        GeneratedBody(long size, Runnable atThreeQuarters) {
            this.size = size;
            this.atThreeQuarters = atThreeQuarters;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0];
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (position >= size) {
                return -1;
            }
            if (!measured && position >= size * 3 / 4) {
                measured = true;
                atThreeQuarters.run();
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                b[off + i] = (byte) ((position + i) % 64 == 63 ? '\n' : 'a' + (position + i) % 26);
            }
            position += n;
            return n;
        }
    }
}
