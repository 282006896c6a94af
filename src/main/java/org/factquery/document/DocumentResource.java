package org.factquery.document;

import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import io.vertx.ext.web.RoutingContext;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factquery.api.ExportFormat;
import org.factquery.api.Page;
import org.factquery.api.Problem;
import org.factquery.claim.ClaimView;
import org.factquery.api.PagedResponse;
import org.factquery.api.PagingConfig;
import org.factquery.api.ProblemException;
import org.factquery.document.DocumentViews.DocumentView;
import org.factquery.document.DocumentViews.IngestResult;
import org.factquery.document.DocumentViews.SentenceView;
import org.jboss.resteasy.reactive.RestResponse;

/** Ingests, lists, shows and retracts articles. */
@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "documents")
public class DocumentResource {

    private final DocumentService documents;
    private final DocumentRequestReader reader;
    private final BatchIngestion batch;
    private final PagingConfig paging;

    public DocumentResource(DocumentService documents, DocumentRequestReader reader, BatchIngestion batch,
            PagingConfig paging) {
        this.documents = documents;
        this.batch = batch;
        this.reader = reader;
        this.paging = paging;
    }

    /** The JSON body of {@code POST /documents}; described here for the API contract. */
    @Schema(name = "DocumentRequest", description = "An article to ingest")
    public record DocumentRequest(
            @Schema(required = true, description = "The article text, UTF-8, not blank") String text,
            String title,
            @Schema(description = "Absolute http(s) URL of the article") String url,
            String publisher,
            @Schema(description = "ISO-8601 date or date-time with offset", examples = "2021-08-13") String publishedAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "ingestDocument", summary = "Ingest an article",
            description = "A JSON body, or the bare text as text/plain with its metadata as query parameters. "
                    + "The same text again answers 200 with duplicate: true and the stored id.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentRequest.class)))
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "The stored document", required = true,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "200", description = "The same text was already stored (duplicate: true)",
            headers = @Header(name = "Location", description = "The stored document", required = true,
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IngestResult.class)))
    @APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "408", description = "The body was not complete within factquery.ingest.body-read-timeout",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over the size limit", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Unsupported media type", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Missing or invalid field, or a document over the extraction "
            + "budget or the claim cap", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Response ingestJson(@Schema(hidden = true) InputStream body, @Context HttpHeaders headers,
            @Context UriInfo uri, @Context RoutingContext exchange) {
        Charset charset = charset(headers.getMediaType());
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            throw new ProblemException(415, "JSON must be UTF-8 (RFC 8259), not " + charset.name());
        }
        return created(documents.ingest(reader.fromJson(body), IngestionGate.ticketOf(exchange)), uri);
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Ingest an article (plain text, metadata as query parameters)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN,
            schema = @Schema(type = SchemaType.STRING)))
    // the metadata parameters are declared for the contract; the reader takes them, and refuses
    // unknown ones, from the whole query
    public Response ingestText(@Schema(hidden = true) InputStream body,
            @Parameter(description = "text/plain only: the article title") @QueryParam("title") String title,
            @Parameter(description = "text/plain only: absolute http(s) URL") @QueryParam("url") String url,
            @Parameter(description = "text/plain only: the outlet") @QueryParam("publisher") String publisher,
            @Parameter(description = "text/plain only: ISO-8601 date or date-time with offset")
            @QueryParam("publishedAt") String publishedAt, @Context HttpHeaders headers, @Context UriInfo uri,
            @Context RoutingContext exchange) {
        return created(documents.ingest(reader.fromText(body, charset(headers.getMediaType()),
                uri.getQueryParameters()), IngestionGate.ticketOf(exchange)), uri);
    }

    /** NDJSON, the media type of batches and of their answers. */
    public static final String NDJSON = ExportFormat.NDJSON_TYPE;

    @POST
    @Path("/batch")
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(operationId = "ingestBatch", summary = "Ingest many articles, one JSON document per line",
            description = "Each non-blank line is a document as POST /documents takes it as JSON, ingested in its "
                    + "own transaction, in order. The answer streams one line per document as it is done: "
                    + "{\"line\": n, \"status\": 201|200|4xx|5xx, \"document\" or \"problem\"}. A bad line "
                    + "gets its problem and does not stop the others; nothing of it is stored.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING,
            description = "DocumentRequest objects, one per line (UTF-8)")))
    @APIResponse(responseCode = "200", description = "One result per non-blank line, in order",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BatchIngestion.LineResult.class)))
    @APIResponse(responseCode = "400", description = "The body is not UTF-8", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "408", description = "The body was not complete within factquery.ingest.body-read-timeout",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over factquery.ingest.max-batch-size", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingestBatch(@Schema(hidden = true) InputStream body, @Context UriInfo uri,
            @Context RoutingContext exchange) {
        List<DocumentRequestReader.BatchLine> lines = reader.batchLines(body);
        IngestionTicket ticket = IngestionGate.ticketOf(exchange);
        StreamingOutput results = out -> batch.ingest(lines, ticket, uri.getPath(), out);
        return Response.ok(results, NDJSON).build();
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents, newest first")
    public RestResponse<Page<DocumentView>> list(@QueryParam("page") String page,
            @QueryParam("size") String size, @Context UriInfo uri) {
        return PagedResponse.of(documents.list(paging.request(page, size)), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "One document with its text")
    public DocumentView get(@PathParam("id") long id) {
        return documents.get(id);
    }

    @GET
    @Path("/{id}/sentences")
    @Operation(operationId = "listDocumentSentences", summary = "The document's sentences with their offsets, in order")
    public RestResponse<Page<SentenceView>> sentences(@PathParam("id") long id,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return PagedResponse.of(documents.sentences(id, paging.request(page, size)), uri);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(operationId = "listDocumentClaims", summary = "The claims extracted from the document, in sentence order")
    public RestResponse<Page<ClaimView>> claims(@PathParam("id") long id,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @Context UriInfo uri) {
        return PagedResponse.of(documents.claims(id, paging.request(page, size)), uri);
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "retractDocument", summary = "Retract a document: its sentences and claims go with it")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        documents.delete(id);
        return Response.noContent().build();
    }

    private static Response created(IngestResult result, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path(DocumentResource.class).path(Long.toString(result.id())).build();
        Response.Status status = result.duplicate() ? Response.Status.OK : Response.Status.CREATED;
        return Response.status(status).location(location).entity(result).build();
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ProblemException(415, "Unsupported charset " + name + "; send UTF-8");
        }
    }
}
