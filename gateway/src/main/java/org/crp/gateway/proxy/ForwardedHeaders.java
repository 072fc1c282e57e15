package org.crp.gateway.proxy;

import java.util.List;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;

/**
 * Header hygiene between caller and service. vertx-http-proxy already drops the standard hop-by-hop
 * request headers; this also drops the ones a {@code Connection} header names (RFC 9110 §7.6.1), strips
 * hop-by-hop headers from the service's answer, and tells the service who really called
 * ({@code X-Forwarded-*} and {@code Forwarded}, appended to what an ingress in front may have set).
 */
final class ForwardedHeaders {

    private static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Connection",
            "Proxy-Authenticate", "Proxy-Authorization", "TE", "Trailer", "Upgrade");

    private ForwardedHeaders() {
    }

    static void toService(HttpServerRequest in, MultiMap out) {
        dropConnectionNamed(in.headers().getAll("Connection"), out);
        out.remove("Proxy-Connection");
        String client = in.remoteAddress() != null ? in.remoteAddress().hostAddress() : "unknown";
        String proto = in.scheme() != null ? in.scheme() : "http";
        HostAndPort authority = in.authority();
        String host = authority != null ? authority.toString() : in.getHeader("Host");
        out.set("X-Forwarded-For", append(in.getHeader("X-Forwarded-For"), client));
        out.set("X-Forwarded-Proto", proto);
        if (host != null) {
            out.set("X-Forwarded-Host", host);
        }
        StringBuilder forwarded = new StringBuilder("for=").append(forwardedNode(client)).append(";proto=").append(proto);
        if (host != null) {
            forwarded.append(";host=\"").append(host.replace("\"", "")).append('"');
        }
        out.set("Forwarded", append(in.getHeader("Forwarded"), forwarded.toString()));
    }

    static void toCaller(MultiMap serviceHeaders) {
        dropConnectionNamed(serviceHeaders.getAll("Connection"), serviceHeaders);
        HOP_BY_HOP.forEach(serviceHeaders::remove);
    }

    private static void dropConnectionNamed(List<String> connectionHeaders, MultiMap headers) {
        for (String value : connectionHeaders) {
            for (String token : value.split(",")) {
                String name = token.trim();
                if (!name.isEmpty() && !"close".equalsIgnoreCase(name) && !"keep-alive".equalsIgnoreCase(name)) {
                    headers.remove(name);
                }
            }
        }
    }

    private static String append(String existing, String value) {
        return existing == null || existing.isBlank() ? value : existing + ", " + value;
    }

    /** RFC 7239 §6: IPv6 addresses are bracketed and the whole node quoted. */
    private static String forwardedNode(String address) {
        return address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address;
    }
}
