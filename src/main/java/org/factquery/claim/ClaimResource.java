package org.factquery.claim;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factquery.api.AnswerCache;
import org.factquery.api.ExportFormat;
import org.factquery.api.Problem;
import org.factquery.api.PageRequest;
import org.factquery.api.Page;
import org.factquery.api.PagedResponse;
import org.factquery.api.PagingConfig;
import org.factquery.api.ProblemException;
import org.factquery.api.QueryParams;
import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.claims.ClaimKind;
import org.jboss.resteasy.reactive.RestResponse;

/** Searches every stored claim, each with the sentence it rests on. */
@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "claims")
public class ClaimResource {

    private static final List<String> KINDS = Arrays.stream(ClaimKind.values()).map(Enum::name).toList();
    private static final List<String> MODALITIES = Arrays.stream(Modality.values()).map(Enum::name).toList();

    private final ClaimSearchService search;
    private final PagingConfig paging;
    private final AnswerCache answers;
    private final ClaimExport exports;
    private final ClaimStream stream;

    public ClaimResource(ClaimSearchService search, PagingConfig paging, AnswerCache answers, ClaimExport exports,
            ClaimStream stream) {
        this.search = search;
        this.stream = stream;
        this.exports = exports;
        this.answers = answers;
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "Search claims, newest first",
            description = "Filters combine; place and actor accept any alias; q is a web-style full-text query "
                    + "over the claims' sentences (\"fell Kandahar\", \"troops -Kabul\", \"\\\"provincial capitals\\\"\").")
    public RestResponse<Page<ClaimView>> search(
            @Parameter(description = "Claim kind: CAPTURE, PARTIAL_CAPTURE, CONTROL, PARTIAL_CONTROL, ATTACK, "
                    + "DEPLOYMENT, COUNT, LOCATED_IN, DISTANCE, RANK") @QueryParam("kind") String kind,
            @Parameter(description = "Place, any alias or spelling variant") @QueryParam("place") String place,
            @Parameter(description = "Actor: a named group (any alias: RSF, HTS, al-Shabaab), a country (its "
                    + "government's forces and its deployments), or an actor as the claims write it")
            @QueryParam("actor") String actor,
            @Parameter(description = "ASSERTED, REPORTED, CLAIMED, CONFIRMED, UNCONFIRMED, DENIED or FORECAST")
            @QueryParam("modality") String modality,
            @Parameter(description = "Document id") @QueryParam("document") String document,
            @Parameter(description = "Event date on or after (YYYY-MM-DD); undated claims are left out")
            @QueryParam("since") String since,
            @Parameter(description = "Event date on or before (YYYY-MM-DD); undated claims are left out")
            @QueryParam("until") String until,
            @Parameter(description = "Full-text query over the sentences") @QueryParam("q") String q,
            @Parameter(description = "Country (name or ISO code): claims about its places; with place, chooses among "
                    + "places of one name") @QueryParam("country") String country,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        ClaimSearchService.Filter filter = filter(kind, place, actor, modality, document, since, until, q, country);
        PageRequest request = paging.request(page, size);
        return PagedResponse.of(answers.get(() -> search.search(filter, request), "claims", filter, request), uri);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.NDJSON_TYPE, ExportFormat.CSV_TYPE})
    @Operation(operationId = "exportClaims", summary = "Export every claim a search matches, oldest first",
            description = "The /claims filters, without paging, streamed. NDJSON (default, or ?format=ndjson, or "
                    + "Accept: application/x-ndjson): one claim per line as /claims answers it. CSV (?format=csv or "
                    + "Accept: text/csv): a header row, then one row per claim with these columns: "
                    + CLAIM_CSV_HEADER + ". The sentence column is exactly the document's text (its title when "
                    + "field is title) from start to end.")
    @APIResponse(responseCode = "200", description = "The claims, one per line (NDJSON) or row (CSV)",
            content = {@Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = ClaimView.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A bad filter or format", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@QueryParam("kind") String kind, @QueryParam("place") String place,
            @QueryParam("actor") String actor, @QueryParam("modality") String modality,
            @QueryParam("document") String document, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("q") String q, @QueryParam("country") String country,
            @Parameter(description = "ndjson or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.of(format, headers.getAcceptableMediaTypes());
        ClaimSearchService.SearchSql sql = search.sql(filter(kind, place, actor, modality, document, since, until,
                q, country));
        return as.response(out -> exports.write(sql, as, out), "claims");
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Blocking
    @Operation(operationId = "streamClaims", summary = "Follow the claims as they are stored and retracted (Server-Sent Events)",
            description = "Each claim an ingestion stores that matches the /claims filters is an event named claim "
                    + "(data: the claim as /claims answers it), each retraction an event named retraction (data: "
                    + "{document, claims: [ids]}; sent whatever the filters), in the order they committed. Event ids "
                    + "come from the store: reconnecting with Last-Event-ID sends exactly the events after it. "
                    + "Without it the stream starts now. A comment is sent every 15 s when nothing happens.")
    @APIResponse(responseCode = "200", description = "The event stream", content = @Content(
            mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "A bad filter or Last-Event-ID", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Multi<OutboundSseEvent> stream(@QueryParam("kind") String kind, @QueryParam("place") String place,
            @QueryParam("actor") String actor, @QueryParam("modality") String modality,
            @QueryParam("document") String document, @QueryParam("since") String since,
            @QueryParam("until") String until, @QueryParam("q") String q, @QueryParam("country") String country,
            @Parameter(description = "The id of the last event received: the stream resumes after it")
            @HeaderParam("Last-Event-ID") String lastEventId, @Context Sse sse) {
        ClaimSearchService.SearchSql filter = search.sql(filter(kind, place, actor, modality, document, since,
                until, q, country));
        ClaimStream.Position start = lastEventId == null || lastEventId.isBlank() ? stream.now()
                : ClaimStream.Position.parse(lastEventId);
        // the data is JSON text already: no per-event media type line on the wire
        return stream.follow(start, filter).map(item -> item.keepAlive()
                ? sse.newEventBuilder().comment("keep-alive").build()
                : sse.newEventBuilder().id(item.id()).name(item.name()).data(String.class, item.json()).build());
    }

    /** The CSV header of {@code /claims/export}. */
    public static final String CLAIM_CSV_HEADER = "claimId,kind,actor,placeId,place,province,country,countryCode,modality,"
            + "negated,attributedTo,eventDate,eventTimeText,ruleId,details,documentId,title,url,publisher,publishedAt,"
            + "copyOf,copies,field,start,end,sentence";

    private static ClaimSearchService.Filter filter(String kind, String place, String actor, String modality,
            String document, String since, String until, String q, String country) {
        ClaimSearchService.Filter filter = new ClaimSearchService.Filter(QueryParams.oneOf("kind", kind, KINDS),
                QueryParams.text(place), QueryParams.text(actor), QueryParams.oneOf("modality", modality, MODALITIES),
                documentId(document), QueryParams.date("since", since), QueryParams.date("until", until),
                QueryParams.text(q), QueryParams.text(country));
        if (filter.since() != null && filter.until() != null && filter.since().isAfter(filter.until())) {
            throw ProblemException.badField("since", "must not be after until");
        }
        return filter;
    }

    private static Long documentId(String value) {
        String id = QueryParams.text(value);
        if (id == null) {
            return null;
        }
        try {
            return Long.valueOf(id);
        } catch (NumberFormatException e) {
            throw ProblemException.badField("document", "must be a document id (an integer)");
        }
    }
}
