package org.crp.gateway;

import org.crp.gateway.proxy.ProxyRoutes;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The gateway's entry point: Quarkus with its own check of the request URI switched off, because that
 * check answers a malformed URI with a bare 400 before any route runs; {@link ProxyRoutes} checks the
 * URI the same way and answers problem+json.
 */
@QuarkusMain
public class GatewayMain {

    public static void main(String... args) {
        System.setProperty(ProxyRoutes.QUARKUS_URI_CHECK_OFF, "true");
        Quarkus.run(args);
    }
}
