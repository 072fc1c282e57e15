package org.crp.common.web;

import jakarta.enterprise.context.RequestScoped;

import org.jboss.logging.MDC;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is acting in this request and under which request id: what history and custody records carry. */
@RequestScoped
public class Actor {

    private final SecurityIdentity identity;

    Actor(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The token's subject name (preferred_username for Keycloak users and service accounts). */
    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String requestId() {
        Object id = MDC.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
