package org.crp.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps a well-formed incoming {@code X-Request-Id} (the gateway sets one) or creates one, puts it
 * in the logging context and returns it on every answer, errors included.
 */
public class RequestIdFilter {

    static final String PROPERTY = "crp.requestId";

    @ServerRequestFilter(preMatching = true)
    public void assignRequestId(ContainerRequestContext request) {
        String id = RequestIds.keepOrCreate(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(PROPERTY, id);
        MDC.put(RequestIds.MDC_KEY, id);
    }

    @ServerResponseFilter
    public void returnRequestId(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestIds.HEADER, requestId(request));
        MDC.remove(RequestIds.MDC_KEY);
    }

    public static String requestId(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? null : id.toString();
    }
}
