package org.crp.supplier.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.oidc.client.OidcClientException;

class RemoteCallsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aMissingServiceTokenIsTheServiceUnavailableNotAnUnexpectedFailure() {
        RemoteUnavailable e = assertThrows(RemoteUnavailable.class, () -> RemoteCalls.call("inventory-service", json, () -> {
            throw new OidcClientException("unauthorized_client");
        }));
        assertEquals("inventory-service", e.service());
        assertTrue(e.getMessage().contains("no token"), e.getMessage());
    }

    @Test
    void unreachableOrFailingIsUnavailableAndA4xxIsARefusal() {
        assertThrows(RemoteUnavailable.class, () -> RemoteCalls.call("inventory-service", json, () -> {
            throw new ProcessingException("connection refused");
        }));
        assertThrows(RemoteUnavailable.class, () -> RemoteCalls.call("inventory-service", json, () -> {
            throw new WebApplicationException(Response.status(502).build());
        }));
        assertThrows(RemoteRefusal.class, () -> RemoteCalls.call("inventory-service", json, () -> {
            throw new WebApplicationException(Response.status(422).entity("{\"detail\":\"no\"}").build());
        }));
    }
}
