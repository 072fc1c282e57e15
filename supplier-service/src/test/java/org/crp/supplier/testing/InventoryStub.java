package org.crp.supplier.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock standing in for inventory-service. It is one server for the whole test run; tests add stubs
 * for the suppliers, serials and devices they make up, so they do not disturb each other.
 */
public class InventoryStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // by default inventory takes every hold and release
        server.stubFor(any(urlPathMatching("/api/inventory/devices/[^/]+/holds/[^/]+")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
        // by default every device id names a camera in the register
        server.stubFor(get(urlPathMatching("/api/inventory/devices/[0-9a-f-]{36}")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{}")));
        return Map.of("quarkus.rest-client.inventory.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
