package org.crp.common.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Every service's entry point: Quarkus with its own check of the request URI switched off, because
 * that check answers a malformed URI with a bare 400 before any handler runs.
 * {@link HttpLayerProblems} checks the URI the same way and answers problem+json.
 */
@QuarkusMain
public class ServiceMain {

    public static void main(String... args) {
        System.setProperty(MalformedUris.QUARKUS_CHECK_OFF, "true");
        Quarkus.run(args);
    }
}
