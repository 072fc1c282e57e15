package org.crp.supplier.client;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

import org.crp.common.problem.ApiException;
import org.crp.common.web.Causes;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.quarkus.oidc.client.OidcClientException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Maps what a REST client throws to {@link RemoteRefusal} (4xx) or {@link RemoteUnavailable} (anything else, a missing
 * service token included).
 */
final class RemoteCalls {

    private RemoteCalls() {
    }

    static <T> T call(String service, ObjectMapper json, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500) {
                throw new RemoteRefusal(service, status, detail(json, e));
            }
            throw new RemoteUnavailable(service, service + " answered " + status, e);
        } catch (ProcessingException e) {
            throw new RemoteUnavailable(service, service + " could not be reached: " + Causes.innermost(e), e);
        } catch (OidcClientException e) {
            // no service token: Keycloak is away or refuses this service's client credentials
            throw new RemoteUnavailable(service, "no token to call " + service + " with: " + Causes.innermost(e), e);
        }
    }

    /**
     * The 503 a user gets when a request needs {@code service} and it cannot answer: a failure, a refusal
     * we cannot act on, an open circuit or a timeout.
     */
    static ApiException unavailable(String service) {
        return new ApiException(503, service + "-unavailable", service + " unavailable",
                service + " could not be reached or failed; nothing was changed, try again shortly", null);
    }

    /** True for what a failed call to a remote service throws through a facade. */
    static boolean isDown(RuntimeException e) {
        return e instanceof RemoteUnavailable || e instanceof RemoteRefusal || e instanceof FaultToleranceException;
    }

    /** What to throw for a failure of a call through a facade: {@code service}'s 503 when it is down, else the failure. */
    static RuntimeException unavailableIfDown(String service, RuntimeException failure) {
        return isDown(failure) ? unavailable(service) : failure;
    }

    private static String detail(ObjectMapper json, WebApplicationException e) {
        try {
            String body = e.getResponse().readEntity(String.class);
            if (body == null || body.isBlank()) {
                return "answered " + e.getResponse().getStatus();
            }
            JsonNode node = json.readTree(body);
            JsonNode detail = node.get("detail");
            return detail != null && detail.isTextual() ? detail.asText() : body;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return "answered " + e.getResponse().getStatus();
        }
    }
}
