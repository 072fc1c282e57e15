package org.crp.supplier.client;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.crp.supplier.client.ReplacementDtos.SupplierCost;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** replacement-service's cost report as this service uses it; only {@link Replacement} calls it. */
@RegisterRestClient(configKey = "replacement")
@OidcClientFilter
@Path("/api/replacement")
@Produces(MediaType.APPLICATION_JSON)
interface ReplacementClient {

    @GET
    @Path("costs/by-supplier")
    List<SupplierCost> costsBySupplier();
}
