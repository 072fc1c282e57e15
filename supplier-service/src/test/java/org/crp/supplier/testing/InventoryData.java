package org.crp.supplier.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

/** Builds inventory's answers (summary, device pages) as the stub serves them. */
public final class InventoryData {

    private InventoryData() {
    }

    public static String device(UUID id, String serial, String supplierId, String declared, String verified, String... codes) {
        List<String> reasons = new ArrayList<>();
        for (String code : codes) {
            reasons.add("{\"code\":\"" + code + "\",\"points\":30,\"detail\":\"" + code.toLowerCase() + " on " + serial + "\"}");
        }
        return "{\"id\":\"" + id + "\",\"serial\":\"" + serial + "\",\"supplierId\":" + (supplierId == null ? "null" : "\"" + supplierId + "\"")
                + ",\"model\":\"HX-200\",\"declaredManufacturer\":\"Hanbit Optics\",\"declaredCountry\":\"" + declared
                + "\",\"verifiedManufacturer\":" + (verified == null ? "null" : "\"Shenzhen Vision\"")
                + ",\"verifiedCountry\":" + (verified == null ? "null" : "\"" + verified + "\"")
                + ",\"status\":\"FLAGGED\",\"riskScore\":80,\"riskLevel\":\"HIGH\",\"riskReasons\":[" + String.join(",", reasons)
                + "],\"legalHolds\":[],\"version\":3}";
    }

    public static String page(String nextCursor, String... devices) {
        return "{\"items\":[" + String.join(",", devices) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    public static String summary(String supplierId, long devices, long flagged, long mismatches, long relabels, long covered) {
        return "{\"supplierId\":\"" + supplierId + "\",\"devices\":" + devices + ",\"flagged\":" + flagged
                + ",\"originMismatches\":" + mismatches + ",\"relabelSuspects\":" + relabels + ",\"coveredManufacturer\":"
                + covered + "}";
    }

    public static void stubSummary(String supplierId, String body) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/suppliers/" + supplierId + "/summary"))
                .willReturn(json(body)));
    }

    /** The first page of mismatched devices (no cursor) or the page after {@code cursor}. */
    public static void stubMismatched(String supplierId, String cursor, String body) {
        MappingBuilder request = get(urlPathEqualTo("/api/inventory/suppliers/" + supplierId + "/mismatched-devices"))
                .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor));
        InventoryStub.server().stubFor(request.willReturn(json(body)));
    }

    /** Devices asked for by a serial (inventory's repeatable serial filter). */
    public static void stubSerial(String serial, String body) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices")).withQueryParam("serial", equalTo(serial))
                .willReturn(json(body)));
    }

    /** Every call about this supplier answers 503. */
    public static void supplierDown(String supplierId) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/suppliers/" + supplierId + "/summary"))
                .willReturn(aResponse().withStatus(503)));
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/suppliers/" + supplierId + "/mismatched-devices"))
                .willReturn(aResponse().withStatus(503)));
    }

    public static void serialDown(String serial) {
        InventoryStub.server().stubFor(get(urlPathEqualTo("/api/inventory/devices")).withQueryParam("serial", equalTo(serial))
                .willReturn(aResponse().withStatus(503)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withHeader("Content-Type", "application/json").withBody(body);
    }
}
