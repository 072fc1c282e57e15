package org.crp.common.testing;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A GET written on a socket, request target as given: for URIs that no HTTP client library sends
 * (java.net.URI refuses them), as a hostile client would.
 */
public final class RawHttp {

    /** The URIs Quarkus refuses on its own, each for another reason. */
    public static final String[] MALFORMED_TARGETS = { "/x/%zz", "/x?q=%zz", "/x?q=%", "/x?q=a|b", "/x/{id}", "/x/a%2" };

    private RawHttp() {
    }

    /** The whole answer: status line, headers and body. */
    public static String get(int port, String target, String bearerToken) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + bearerToken + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
