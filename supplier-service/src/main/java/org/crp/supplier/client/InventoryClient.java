package org.crp.supplier.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.crp.supplier.client.InventoryDtos.DevicePage;
import org.crp.supplier.client.InventoryDtos.InventoryDevice;
import org.crp.supplier.client.InventoryDtos.SupplierSummary;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** inventory-service's read API as this service uses it; only {@link Inventory} calls it. Holds go through their own client. */
@RegisterRestClient(configKey = "inventory")
@OidcClientFilter
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
interface InventoryClient {

    @GET
    @Path("suppliers/{supplierId}/summary")
    SupplierSummary supplierSummary(@PathParam("supplierId") UUID supplierId);

    @GET
    @Path("suppliers/{supplierId}/mismatched-devices")
    DevicePage mismatchedDevices(@PathParam("supplierId") UUID supplierId, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("devices/{id}")
    InventoryDevice device(@PathParam("id") UUID id);

    @GET
    @Path("devices")
    DevicePage devicesBySerial(@QueryParam("serial") List<String> serials, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);
}
