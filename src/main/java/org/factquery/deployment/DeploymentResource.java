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
import org.factquery.api.AnswerCache;
import org.factquery.api.PageRequest;
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
    private final AnswerCache answers;

    public DeploymentResource(DeploymentService service, PagingConfig paging, AnswerCache answers) {
        this.service = service;
        this.answers = answers;
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
        String from = QueryParams.text(country);
        String to = QueryParams.text(destination);
        int limit = QueryParams.evidenceLimit(evidence);
        PageRequest request = paging.request(page, size);
        return PagedResponse.of(answers.get(() -> service.list(from, to, limit, request),
                "deployments", from, to, limit, request), uri);
    }
}
