package org.factquery.deployment;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factquery.api.AnswerCache;
import org.factquery.api.AnswerScope;
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
    @Operation(operationId = "listDeployments", summary = "Troop deployments, reports of the same one merged, most reported first",
            description = "Reports merge when they name the same sending country, the same troop count or an "
                    + "overlapping range, and destinations that agree (one may lie in the other). Every report "
                    + "stays as evidence, strongest first.")
    public RestResponse<Page<DeploymentView>> list(
            @Parameter(description = "Sending country, any alias (US, U.S., Britain, UK)") @QueryParam("country") String country,
            @Parameter(description = "Destination place, any alias; a country also matches its cities")
            @QueryParam("destination") String destination,
            @Parameter(description = "Only deployments of this status: announced, under way, done, standby, staged or "
                    + "withdrawing (forces leaving, listed only when asked for)", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"announced", "under way", "done", "standby", "staged", "withdrawing"}))
            @QueryParam("status") String status,
            @Parameter(description = "At most this many evidence items per deployment (default 10, at most 100)")
            @QueryParam("evidence") String evidence,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        String from = QueryParams.text(country);
        String to = QueryParams.text(destination);
        String state = QueryParams.text(status);
        int limit = QueryParams.evidenceLimit(evidence);
        PageRequest request = paging.request(page, size);
        return PagedResponse.of(answers.get(AnswerScope.DEPLOYMENTS, () -> service.list(from, to, state, limit, request),
                "deployments", from, to, state, limit, request), uri);
    }

    @GET
    @Path("/totals")
    @Operation(operationId = "getDeploymentTotals", summary = "Per sending country, the latest stated total and the deployments behind it",
            description = "A total is what a report says the whole comes to (\"bringing the total to 6,000\"); "
                    + "it is never computed by adding deployments up. `deployments` lists every other deployment of "
                    + "the country, increments (`role: increment`) and forces already there (`role: presence`) among them, "
                    + "each with its evidence.")
    public List<DeploymentService.CountryTotalView> totals(
            @Parameter(description = "Sending country, any alias (US, U.S., Britain, UK)") @QueryParam("country") String country,
            @Parameter(description = "At most this many evidence items per deployment (default 10, at most 100)")
            @QueryParam("evidence") String evidence) {
        String from = QueryParams.text(country);
        int limit = QueryParams.evidenceLimit(evidence);
        return answers.get(AnswerScope.DEPLOYMENTS, () -> service.totals(from, limit), "deployment-totals", from, limit);
    }
}
