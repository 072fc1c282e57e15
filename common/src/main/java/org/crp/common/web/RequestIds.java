package org.crp.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** Rules for the {@code X-Request-Id} header, shared by services and the gateway. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Printable token characters only, so an id can never split or forge a log line. */
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:\\-]{8,128}");

    private RequestIds() {
    }

    /** Keeps a well-formed incoming id, otherwise makes a new one. */
    public static String keepOrCreate(String incoming) {
        return isWellFormed(incoming) ? incoming : UUID.randomUUID().toString();
    }

    public static boolean isWellFormed(String id) {
        return id != null && WELL_FORMED.matcher(id).matches();
    }
}
