package org.factquery.conflict;

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
import org.factquery.api.PageRequest;
import org.factquery.api.Page;
import org.factquery.api.PagedResponse;
import org.factquery.api.PagingConfig;
import org.factquery.api.ProblemException;
import org.factquery.api.QueryParams;
import org.jboss.resteasy.reactive.RestResponse;

/** Where the documents disagree. */
@Path("/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "conflicts")
public class ConflictResource {

    private final ConflictService service;
    private final PagingConfig paging;
    private final AnswerCache answers;

    public ConflictResource(ConflictService service, PagingConfig paging, AnswerCache answers) {
        this.service = service;
        this.answers = answers;
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listConflicts", summary = "Disagreements: who holds a city, its province, the day it fell, tallies that differ",
            description = "Each side of a disagreement comes with its documents and evidence.")
    public RestResponse<Page<ConflictView>> list(
            @Parameter(description = "Only about this city (any alias)") @QueryParam("place") String place,
            @Parameter(description = "Only this kind of disagreement", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"holder", "province", "capture day", "tally"}))
            @QueryParam("about") String about,
            @Parameter(description = "At most this many evidence items per side (default 10, at most 100)")
            @QueryParam("evidence") String evidence,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        String kind = about(QueryParams.text(about));
        String where = QueryParams.text(place);
        int limit = QueryParams.evidenceLimit(evidence);
        PageRequest request = paging.request(page, size);
        return PagedResponse.of(answers.get(() -> service.list(where, kind, limit, request),
                "conflicts", where, kind, limit, request), uri);
    }

    private static String about(String about) {
        if (about == null) {
            return null;
        }
        String wanted = about.replace('-', ' ').replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return ConflictService.ABOUT.stream().filter(wanted::equals).findFirst().orElseThrow(() -> ProblemException
                .badField("about", "must be one of " + String.join(", ", ConflictService.ABOUT)));
    }
}
