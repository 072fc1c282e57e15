package org.crp.supplier.client;

import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * inventory-service's legal-hold endpoints, both idempotent: placing a case's hold twice or releasing
 * it twice changes nothing there. The case is named by its number (LC-2026-00001). Only
 * {@link HoldCalls} calls this.
 */
@RegisterRestClient(configKey = "inventory")
@OidcClientFilter
@Path("/api/inventory/devices/{deviceId}/holds/{caseNumber}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface InventoryHolds {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HoldRequest(String reason) {
    }

    @PUT
    Response place(@PathParam("deviceId") UUID deviceId, @PathParam("caseNumber") String caseNumber, HoldRequest body);

    @DELETE
    Response release(@PathParam("deviceId") UUID deviceId, @PathParam("caseNumber") String caseNumber);
}
