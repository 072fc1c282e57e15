package org.crp.replacement.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * WireMock standing in for inventory-service. It is one server for the whole test run; tests add
 * stubs for the names, devices and orders they make up, so they do not disturb each other.
 */
public class InventoryStub implements QuarkusTestResourceLifecycleManager {

    public static final String BULK_STATUS = "/api/inventory/devices/bulk/status";
    public static final String RELEASES = "/api/inventory/replacements/releases";

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().extensions(new BulkAnswer()));
        server.start();
        // by default nothing is covered
        server.stubFor(get(urlPathEqualTo("/api/inventory/watchlist/match")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"name\":\"x\",\"covered\":false}")));
        // the countries of concern as inventory's migration seeds them
        server.stubFor(get(urlPathEqualTo("/api/inventory/risk/lists/countries-of-concern")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"name\":\"countries-of-concern\",\"entries\":[\"CN\",\"HK\",\"IR\",\"KP\",\"MO\",\"RU\"],"
                                + "\"version\":0}")));
        // by default inventory still has every camera it is asked about (a 404 from its replacement endpoint is then retried)
        server.stubFor(get(urlPathMatching("/api/inventory/devices/[0-9a-f-]{36}")).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"status\":\"SCHEDULED\"}")));
        // by default every camera named in a bulk status change moves
        server.stubFor(post(urlPathEqualTo(BULK_STATUS)).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withTransformers(BulkAnswer.NAME)));
        // by default every camera handed back was SCHEDULED and goes back
        server.stubFor(post(urlPathEqualTo(RELEASES)).atPriority(10)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"released\":1}")));
        return Map.of("quarkus.rest-client.inventory.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Answers a bulk status change as inventory does when every named serial matched: their count and the target. */
    static final class BulkAnswer implements ResponseDefinitionTransformerV2 {
        static final String NAME = "bulk-answer";
        private static final Pattern SERIALS = Pattern.compile("\"serial\"\\s*:\\s*\\[([^\\]]*)\\]");
        private static final Pattern TARGET = Pattern.compile("\"target\"\\s*:\\s*\"([A-Z_]+)\"");

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String body = event.getRequest().getBodyAsString();
            Matcher serials = SERIALS.matcher(body);
            long count = serials.find() && !serials.group(1).isBlank() ? serials.group(1).split(",").length : 0;
            Matcher target = TARGET.matcher(body);
            return ResponseDefinition.okForJson(Map.of("devices", count, "status", target.find() ? target.group(1) : "?"));
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
