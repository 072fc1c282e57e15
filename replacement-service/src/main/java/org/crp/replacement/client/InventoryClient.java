package org.crp.replacement.client;

import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.crp.replacement.client.InventoryDtos.BulkStatusAnswer;
import org.crp.replacement.client.InventoryDtos.BulkStatusCall;
import org.crp.replacement.client.InventoryDtos.DevicePage;
import org.crp.replacement.client.InventoryDtos.InventoryDevice;
import org.crp.replacement.client.InventoryDtos.MatchAnswer;
import org.crp.replacement.client.InventoryDtos.RiskList;
import org.crp.replacement.client.InventoryDtos.ReleaseAnswer;
import org.crp.replacement.client.InventoryDtos.ReleaseCall;
import org.crp.replacement.client.InventoryDtos.ReplacementAnswer;
import org.crp.replacement.client.InventoryDtos.ReplacementCall;
import org.crp.replacement.client.InventoryDtos.SitePage;
import org.crp.replacement.client.InventoryDtos.ZonePage;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.quarkus.oidc.client.filter.OidcClientFilter;

/** inventory-service's API as this service uses it; only {@link Inventory} calls it. */
@RegisterRestClient(configKey = "inventory")
@OidcClientFilter
@Path("/api/inventory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
interface InventoryClient {

    @GET
    @Path("watchlist/match")
    MatchAnswer watchlistMatch(@QueryParam("name") String name);

    @GET
    @Path("risk/lists/countries-of-concern")
    RiskList countriesOfConcern();

    @GET
    @Path("devices")
    DevicePage devices(@QueryParam("siteId") List<UUID> siteIds, @QueryParam("zoneId") List<UUID> zoneIds,
            @QueryParam("status") List<String> statuses, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @GET
    @Path("devices/{id}")
    InventoryDevice device(@PathParam("id") UUID id);

    @GET
    @Path("sites")
    SitePage sites(@QueryParam("limit") int limit, @QueryParam("cursor") String cursor);

    @GET
    @Path("zones")
    ZonePage zones(@QueryParam("siteId") List<UUID> siteIds, @QueryParam("limit") int limit,
            @QueryParam("cursor") String cursor);

    @POST
    @Path("devices/bulk/status")
    BulkStatusAnswer bulkStatus(BulkStatusCall body);

    @POST
    @Path("replacements")
    ReplacementAnswer replace(ReplacementCall body);

    @POST
    @Path("replacements/releases")
    ReleaseAnswer release(ReleaseCall body);
}
