package org.factquery.city;

import java.time.LocalDate;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factquery.api.AnswerCache;
import org.factquery.api.ExportFormat;
import org.factquery.api.PageRequest;
import org.factquery.api.Page;
import org.factquery.api.PagedResponse;
import org.factquery.api.PagingConfig;
import org.factquery.api.Problem;
import org.factquery.api.QueryParams;
import org.factquery.city.CityViews.CityHistoryView;
import org.factquery.city.CityViews.CityStatusView;
import org.factquery.city.CityViews.CitySummary;
import org.factquery.place.PlaceLookup;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.Arrays;

/** Who holds which city, per the claim store. */
@Path("/cities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "cities")
public class CityResource {

    private final CityStatusService service;
    private final PagingConfig paging;
    private final AnswerCache answers;
    private final PlaceLookup lookup;
    private final CityExport exports;

    public CityResource(CityStatusService service, PagingConfig paging, AnswerCache answers, PlaceLookup lookup,
            CityExport exports) {
        this.service = service;
        this.exports = exports;
        this.lookup = lookup;
        this.answers = answers;
        this.paging = paging;
    }

    @GET
    @Operation(operationId = "listCities", summary = "Every known city with its status and strongest evidence, by name")
    public RestResponse<Page<CitySummary>> list(
            @Parameter(description = "Only cities with this status", schema = @Schema(implementation = CityStatus.class))
            @QueryParam("status") String status,
            @Parameter(description = "Only cities of this country (name, alias or ISO code)")
            @QueryParam("country") String country,
            @Parameter(description = "Each city's status from the claims dated up to this day (YYYY-MM-DD)")
            @QueryParam("asOf") String asOf,
            @QueryParam("page") String page, @QueryParam("size") String size, @Context UriInfo uri) {
        CityStatus only = status(status);
        String countryCode = lookup.countryCode(QueryParams.text(country), "country");
        LocalDate day = QueryParams.date("asOf", asOf);
        PageRequest request = paging.request(page, size);
        return PagedResponse.of(answers.get(() -> service.list(only, countryCode, day, request), "cities", only,
                countryCode, day, request), uri);
    }

    @GET
    @Path("/export")
    @Produces({ExportFormat.NDJSON_TYPE, ExportFormat.CSV_TYPE})
    @Operation(operationId = "exportCities", summary = "Export every city the store speaks of, with its status, by name",
            description = "The /cities filters, without paging, streamed. NDJSON (default, ?format=ndjson or "
                    + "Accept: application/x-ndjson): one city per line as /cities lists it. CSV (?format=csv or "
                    + "Accept: text/csv): a header row, then one row per city with these columns: " + CITY_CSV_HEADER
                    + ". The evidence columns are the strongest evidence item, empty when nothing supports the status.")
    @APIResponse(responseCode = "200", description = "The cities, one per line (NDJSON) or row (CSV)",
            content = {@Content(mediaType = ExportFormat.NDJSON_TYPE, schema = @Schema(implementation = CitySummary.class)),
                    @Content(mediaType = ExportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "A bad filter or format", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Parameter(description = "Only cities with this status",
            schema = @Schema(implementation = CityStatus.class)) @QueryParam("status") String status,
            @QueryParam("country") String country,
            @QueryParam("asOf") String asOf,
            @Parameter(description = "ndjson or csv; overrides Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat as = ExportFormat.of(format, headers.getAcceptableMediaTypes());
        CityStatus only = status(status);
        String countryCode = lookup.countryCode(QueryParams.text(country), "country");
        LocalDate day = QueryParams.date("asOf", asOf);
        return as.response(out -> exports.write(only, countryCode, day, as, out), "cities");
    }

    /** The {@code status} filter: null for none, a 400 problem for a status that does not exist. */
    private static CityStatus status(String status) {
        String only = QueryParams.oneOf("status", status, Arrays.stream(CityStatus.values()).map(Enum::name).toList());
        return only == null ? null : CityStatus.valueOf(only);
    }

    /** The CSV header of {@code /cities/export}. */
    public static final String CITY_CSV_HEADER = "cityId,name,province,country,countryCode,latitude,longitude,status,"
            + "controlledBy,since,confidence,inferredFrom,documents,publishers,evidenceTotal,evidenceClaimId,"
            + "evidenceModality,evidenceSentence,evidenceDocumentId,evidenceField,evidenceStart,evidenceEnd,"
            + "evidencePublisher,evidencePublishedAt,evidenceUrl";

    @GET
    @Path("/{name}/status")
    @Operation(operationId = "getCityStatus", summary = "Who controls a city, with the sentences that say so",
            description = "The name may be any alias or spelling variant (case, hyphens, i/e connectors); a "
                    + "misspelling close to one city resolves to it. Evidence is shown strongest first, one "
                    + "per document before a second from any.")
    @APIResponse(responseCode = "200", description = "The city's status",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CityStatusView.class)))
    @APIResponse(responseCode = "404", description = "No such city; suggestions lists the closest names",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The name fits several cities and the store does not tell "
            + "which; candidates lists them, ?country= or the id chooses",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CityStatusView status(@PathParam("name") String name,
            @Parameter(description = "Answer as of this day (YYYY-MM-DD), from claims dated (or published) up to it")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "At most this many evidence items per list (default 10, at most 100)")
            @QueryParam("evidence") String evidence,
            @Parameter(description = "The city's country (name, alias or ISO code), when the name fits several")
            @QueryParam("country") String country) {
        Asked asked = asked(asOf, evidence, country);
        return service.status(name, asked.countryCode(), asked.day(), asked.limit()); // cached by city in the service
    }

    @GET
    @Path("/{name}/history")
    @Operation(operationId = "getCityHistory", summary = "How a city changed hands: its captures, recaptures and withdrawals in order",
            description = "Each change with its day, the actor that took or left the city, the firmest modality "
                    + "of its reports and their sentences; status and controlledBy say where the changes leave it. "
                    + "The name resolves as for /status.")
    @APIResponse(responseCode = "200", description = "The city's changes of hands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CityHistoryView.class)))
    @APIResponse(responseCode = "404", description = "No such city; suggestions lists the closest names",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The name fits several cities and the store does not tell "
            + "which; candidates lists them, ?country= or the id chooses",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CityHistoryView history(@PathParam("name") String name,
            @Parameter(description = "The history up to this day (YYYY-MM-DD)")
            @QueryParam("asOf") String asOf,
            @Parameter(description = "At most this many evidence items per change (default 10, at most 100)")
            @QueryParam("evidence") String evidence,
            @Parameter(description = "The city's country (name, alias or ISO code), when the name fits several")
            @QueryParam("country") String country) {
        Asked asked = asked(asOf, evidence, country);
        return service.history(name, asked.countryCode(), asked.day(), asked.limit());
    }

    /** The parameters a question about one city takes, checked. */
    private record Asked(LocalDate day, int limit, String countryCode) {
    }

    private Asked asked(String asOf, String evidence, String country) {
        return new Asked(QueryParams.date("asOf", asOf), QueryParams.evidenceLimit(evidence),
                lookup.countryCode(QueryParams.text(country), "country"));
    }
}
