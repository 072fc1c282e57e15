package org.crp.common.web;

import jakarta.enterprise.context.RequestScoped;

import org.crp.common.security.Roles;
import org.jboss.logging.MDC;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

/** Who is acting in this request and under which request id: what history and custody records carry. */
@RequestScoped
public class Actor {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    Actor(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    /**
     * The token's subject name (preferred_username for Keycloak users and service accounts). A service calling for
     * someone says so in {@code X-Acting-For} ({@link CallContext}): the subject is then {@code "pm via
     * service-account-replacement-service"}. Only the service role is believed.
     */
    public String subject() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        String name = identity.getPrincipal().getName();
        if (identity.hasRole(Roles.SERVICE)) {
            RoutingContext current = request.getCurrent();
            String actingFor = current == null ? null : current.request().getHeader(CallContext.ACTING_FOR);
            if (CallContext.isWellFormed(actingFor)) {
                return actingFor + " via " + name;
            }
        }
        return name;
    }

    /** No token: a scheduled job's request context, or an open endpoint. */
    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
