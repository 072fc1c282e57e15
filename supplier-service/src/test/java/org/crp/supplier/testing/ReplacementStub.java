package org.crp.supplier.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock standing in for replacement-service. Its cost report covers every supplier at once, so a test
 * that needs particular costs installs its own answer and removes it when done ({@link #costs(String)}).
 */
public class ReplacementStub implements QuarkusTestResourceLifecycleManager {

    public static final String COSTS = "/api/replacement/costs/by-supplier";

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    /** Answers the cost report with {@code body} (a JSON array) until the returned stub is removed. */
    public static StubMapping costs(String body) {
        return server.stubFor(get(urlPathEqualTo(COSTS)).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(body)));
    }

    public static StubMapping down() {
        return server.stubFor(get(urlPathEqualTo(COSTS)).atPriority(1).willReturn(aResponse().withStatus(503)));
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        // by default nobody's cameras were replaced
        server.stubFor(get(urlPathEqualTo(COSTS)).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("[]")));
        return Map.of("quarkus.rest-client.replacement.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
