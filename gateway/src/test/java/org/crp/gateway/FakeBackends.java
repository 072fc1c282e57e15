package org.crp.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP servers standing in for the services: inventory echoes what reached it, supplier
 * answers slowly, and replacement's port has nobody listening.
 */
public class FakeBackends implements QuarkusTestResourceLifecycleManager {

    private HttpServer echo;
    private HttpServer slow;

    @Override
    public Map<String, String> start() {
        try {
            echo = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            echo.createContext("/", FakeBackends::echo);
            echo.setExecutor(Executors.newFixedThreadPool(4));
            echo.start();
            slow = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            slow.createContext("/", exchange -> {
                try {
                    Thread.sleep(3_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                respond(exchange, 200, "{}");
            });
            slow.setExecutor(Executors.newFixedThreadPool(2));
            slow.start();
            int closedPort;
            try (ServerSocket probe = new ServerSocket(0)) {
                closedPort = probe.getLocalPort();
            }
            return Map.of(
                    "crp.gateway.backends.inventory.url", "http://127.0.0.1:" + echo.getAddress().getPort(),
                    "crp.gateway.backends.replacement.url", "http://127.0.0.1:" + closedPort,
                    "crp.gateway.backends.supplier.url", "http://127.0.0.1:" + slow.getAddress().getPort(),
                    "crp.gateway.backends.supplier.timeout", "1s");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        long bodyBytes;
        try (InputStream in = exchange.getRequestBody()) {
            bodyBytes = in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        String json = String.format(
                "{\"method\":\"%s\",\"uri\":\"%s\",\"authorization\":\"%s\",\"requestId\":\"%s\",\"bodyBytes\":%d,\"connection\":\"%s\"}",
                exchange.getRequestMethod(), exchange.getRequestURI(),
                exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("X-Request-Id"), bodyBytes,
                exchange.getRequestHeaders().getFirst("X-Hop-Test"));
        respond(exchange, 200, json);
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        if (echo != null) {
            echo.stop(0);
        }
        if (slow != null) {
            slow.stop(0);
        }
    }
}
