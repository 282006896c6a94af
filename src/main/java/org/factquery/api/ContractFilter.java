package org.factquery.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.claims.ClaimKind;

/**
 * Completes the contract SmallRye derives from the resources with what every operation shares,
 * so resources need not repeat it (ADR 0017):
 * <ul>
 * <li>schemas: every member of an answer is always written (absent values as {@code null}), so
 * each schema that declares no {@code required} list of its own requires all its properties;
 * dates are inlined as {@code string} with {@code format: date} or {@code date-time};</li>
 * <li>parameters that mean the same everywhere are typed here: paging, {@code evidence},
 * {@code document}, the dates, {@code kind}, {@code modality} and the export {@code format}.
 * Resources take them as strings so that {@link QueryParams} and {@link PageRequest} can name bad
 * values in a 400 problem;</li>
 * <li>problem answers, all {@code application/problem+json}: 400 (a malformed URI, or a bad
 * parameter), 401 everywhere (reads need the key when so configured), 403 on writes, 404 where the
 * path names a resource, 404 and 409 where a parameter names a place, 406, 414, 415 and 417 where
 * there is a body, 431, 503 with {@code Retry-After}, and {@code default};</li>
 * <li>headers: {@code Link} on paged lists, {@code Content-Disposition} on exports,
 * {@code WWW-Authenticate} on 401;</li>
 * <li>security: writes need the key, reads may send it;</li>
 * <li>a request body's JSON form first, the one generated clients use.</li>
 * </ul>
 */
public class ContractFilter implements OASFilter {

    private static final String BEARER = "bearer";
    private static final String API_KEY = "apiKey";
    private static final String SCHEMAS = "#/components/schemas/";
    /** Scalar schemas SmallRye makes components of; inlined so that nullable dates stay plain strings. */
    private static final Map<String, String> DATE_FORMATS = Map.of("LocalDate", "date", "OffsetDateTime", "date-time");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        describeSecuritySchemes(openAPI);
        describeSchemas(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null || path.getKey().startsWith("/q/")) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                boolean write = entry.getKey() == PathItem.HttpMethod.POST
                        || entry.getKey() == PathItem.HttpMethod.DELETE;
                typeParameters(operation);
                jsonBodyFirst(operation.getRequestBody());
                describeSecurity(operation, write);
                describeProblems(operation, path.getKey(), write);
                describeHeaders(operation);
            }
        }
    }

    // --- schemas ---------------------------------------------------------------------------

    private static void describeSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        for (Schema schema : schemas.values()) {
            if (schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().values().forEach(ContractFilter::inlineDates);
            if (schema.getRequired() == null || schema.getRequired().isEmpty()) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
        DATE_FORMATS.keySet().forEach(openAPI.getComponents()::removeSchema);
        openAPI.getComponents().addSchema("ClaimKind", enumSchema(ClaimKind.values()))
                .addSchema("Modality", enumSchema(Modality.values()));
    }

    /** {@code $ref: LocalDate} → {@code {type: string, format: date}}; a nullable one keeps {@code "null"}. */
    private static void inlineDates(Schema property) {
        String format = dateFormat(property.getRef());
        if (format != null) {
            property.setRef(null);
            property.setType(List.of(Schema.SchemaType.STRING));
            property.setFormat(format);
            return;
        }
        if (property.getAnyOf() == null) {
            return;
        }
        for (Schema option : property.getAnyOf()) {
            format = dateFormat(option.getRef());
            if (format != null) {
                property.setAnyOf(null);
                property.setType(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL));
                property.setFormat(format);
                return;
            }
        }
    }

    private static String dateFormat(String ref) {
        return ref != null && ref.startsWith(SCHEMAS) ? DATE_FORMATS.get(ref.substring(SCHEMAS.length())) : null;
    }

    private static Schema enumSchema(Enum<?>[] values) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .enumeration(Arrays.stream(values).map(v -> (Object) v.name()).toList());
    }

    // --- parameters ------------------------------------------------------------------------

    private static void typeParameters(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            Schema typed = switch (parameter.getName()) {
                case "page" -> integer(0, Integer.MAX_VALUE, 0)
                        .description("Page number, from 0; page × size must stay below 2³¹");
                case "size" -> integer(1, 500, 20)
                        .description("Items per page, 1 to factquery.paging.max-size (500 unless configured)");
                case "evidence" -> integer(1, QueryParams.MAX_EVIDENCE, QueryParams.DEFAULT_EVIDENCE);
                case "document" -> integer(null, null, null).format("int64");
                case "asOf", "since", "until" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .format("date");
                case "kind" -> OASFactory.createSchema().ref(SCHEMAS + "ClaimKind");
                case "modality" -> OASFactory.createSchema().ref(SCHEMAS + "Modality");
                case "format" -> OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(Arrays.stream(ExportFormat.values())
                                .map(f -> (Object) f.name().toLowerCase(Locale.ROOT)).toList());
                default -> null;
            };
            if (typed == null) {
                continue;
            }
            if (parameter.getDescription() == null && typed.getDescription() != null) {
                parameter.description(typed.getDescription());
            }
            parameter.schema(typed.description(null));
        }
    }

    private static Schema integer(Integer min, Integer max, Integer absent) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER);
        if (min != null) {
            schema.minimum(BigDecimal.valueOf(min));
        }
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max));
        }
        if (absent != null) {
            schema.defaultValue(absent);
        }
        return schema;
    }

    /** Generators send a body in its first media type: JSON, the form with every member. */
    private static void jsonBodyFirst(RequestBody body) {
        if (body == null || body.getContent() == null || body.getContent().getMediaTypes() == null
                || !body.getContent().hasMediaType(MediaType.APPLICATION_JSON)) {
            return;
        }
        Content ordered = OASFactory.createContent();
        ordered.addMediaType(MediaType.APPLICATION_JSON,
                body.getContent().getMediaType(MediaType.APPLICATION_JSON));
        body.getContent().getMediaTypes().forEach((type, media) -> {
            if (!type.equals(MediaType.APPLICATION_JSON)) {
                ordered.addMediaType(type, media);
            }
        });
        body.setContent(ordered);
    }

    // --- security and responses ------------------------------------------------------------

    private static void describeSecuritySchemes(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        openAPI.getComponents()
                .addSecurityScheme(BEARER, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer")
                        .description("The API key as a bearer token (factquery.api-key)"))
                .addSecurityScheme(API_KEY, OASFactory.createSecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")
                        .description("The API key (factquery.api-key)"));
    }

    /** Writes need the key; reads need it only when factquery.read-requires-key is set, so none is also listed. */
    private static void describeSecurity(Operation operation, boolean write) {
        if (!write) {
            operation.addSecurityRequirement(OASFactory.createSecurityRequirement());
        }
        operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER))
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY));
    }

    private static void describeProblems(Operation operation, String path, boolean write) {
        addIfAbsent(operation, "400", hasQueryParameters(operation) ? "A parameter is malformed or out of range, or "
                + "the URI is malformed (RFC 3986, dot segments, control characters)"
                : "The URI is malformed (RFC 3986, dot segments, control characters)");
        addIfAbsent(operation, "401", write ? "The API key is missing or wrong"
                : "The API key is missing or wrong, when reads require it (factquery.read-requires-key)");
        operation.getResponses().getAPIResponse("401").addHeader("WWW-Authenticate", stringHeader(
                "The scheme to authenticate with: Bearer").required(true));
        if (write) {
            addIfAbsent(operation, "403", "No API key is configured and the request is not from localhost");
        }
        if (path.contains("{")) {
            addIfAbsent(operation, "404", "No such resource");
        }
        if (hasQueryParameter(operation, "place") || hasQueryParameter(operation, "destination")) {
            addIfAbsent(operation, "404", "The place given is not known (an id not in the gazetteer, or a city "
                    + "unknown by any spelling)");
            addIfAbsent(operation, "409", "The place given fits several places and the store does not tell which; "
                    + "candidates lists them, country or the id chooses");
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(operation, "415", "The body's media type is not one this operation takes");
            addIfAbsent(operation, "417", "An Expect header other than 100-continue");
        }
        addIfAbsent(operation, "414", "The URI is over factquery.http.max-uri-length");
        addIfAbsent(operation, "431", "The request's headers are over factquery.http.max-header-size");
        addIfAbsent(operation, "406", "The Accept header allows none of the media types this operation answers in");
        addIfAbsent(operation, "503", "The database is unavailable, or the service is at its bound of "
                + "concurrent ingestions or answer computations; nothing was changed. Retry after "
                + "Retry-After seconds");
        operation.getResponses().getAPIResponse("503").addHeader("Retry-After",
                OASFactory.createHeader().description("Seconds to wait before retrying")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
        addIfAbsent(operation, "default", "Any other error");
    }

    /** Paged lists link their neighbours (RFC 8288). */
    private static void describeHeaders(Operation operation) {
        boolean paged = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "page".equals(p.getName()));
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (paged && ok != null) {
            ok.addHeader("Link", stringHeader("RFC 8288 links to the neighbouring pages: rel=\"next\" when there "
                    + "are more items, rel=\"prev\" after the first page"));
        }
        if (ok != null && ok.getContent() != null && ok.getContent().hasMediaType(ExportFormat.CSV_TYPE)) {
            ok.addHeader("Content-Disposition", stringHeader("attachment, with the file name the export suggests"));
        }
    }

    private static Header stringHeader(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }

    private static boolean hasQueryParameter(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.QUERY && name.equals(p.getName()));
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static void addIfAbsent(Operation operation, String status, String description) {
        if (operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref(SCHEMAS + "Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
