package org.factquery.deployment;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factquery.api.Page;
import org.factquery.api.PagedResponse;
import org.factquery.api.PagingConfig;
import org.factquery.api.QueryParams;
import org.factquery.deployment.DeploymentService.DeploymentView;
import org.jboss.resteasy.reactive.RestResponse;

/** Troop deployments, one entry per deployment however many articles report it. */
@Path("/deployments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "deployments")
public class DeploymentResource {

    private final DeploymentService service;
    private final PagingConfig paging;

    public DeploymentResource(DeploymentService service, PagingConfig paging) {
        this.service = service;
        this.paging = paging;
    }

    @GET
    @Operation(summary = "Troop deployments, reports of the same one merged, most reported first",
            description = "Reports merge when they name the same sending country, the same troop count or an "
                    + "overlapping range, and destinations that agree (one may lie in the other). Every report "
                    + "stays as evidence, strongest first.")
    public RestResponse<Page<DeploymentView>> list(
            @Parameter(description = "Sending country, any alias (US, U.S., Britain, UK)") @QueryParam("country") String country,
            @Parameter(description = "Destination place, any alias; a country also matches its cities")
            @QueryParam("destination") String destination,
            @Parameter(description = "At most this many evidence items per deployment (default 10, at most 100)")
            @QueryParam("evidence") String evidence,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        return PagedResponse.of(service.list(QueryParams.text(country), QueryParams.text(destination),
                QueryParams.evidenceLimit(evidence), paging.request(page, size)), uri);
    }
}
