package org.factquery.api;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents the problem answers every operation shares, so resources need not repeat them:
 * a {@code 404} where the path names an id, a {@code 400} where the operation takes paging or
 * other parameters, and {@code default} (any other error) everywhere, all as
 * {@code application/problem+json}. Writes need the API key ({@code 401}, {@code 403}); any
 * operation can meet an unavailable database ({@code 503} with {@code Retry-After}). It also
 * describes the {@code page} and {@code size} parameters, which resources take as strings so that
 * {@link PageRequest} can name bad values.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String BEARER = "bearer";
    private static final String API_KEY = "apiKey";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        describeSecuritySchemes(openAPI);
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().getOperations().entrySet()) {
                Operation operation = entry.getValue();
                describePaging(operation);
                if (entry.getKey() == PathItem.HttpMethod.POST || entry.getKey() == PathItem.HttpMethod.DELETE) {
                    operation.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(BEARER))
                            .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(API_KEY));
                    addIfAbsent(operation, "401", "The API key is missing or wrong");
                    addIfAbsent(operation, "403", "No API key is configured and the request is not from localhost");
                }
                if (!path.getKey().startsWith("/q/")) {
                    addIfAbsent(operation, "503", "The database is unavailable, or the service is at its bound of "
                            + "concurrent ingestions or answer computations; nothing was changed. Retry after "
                            + "Retry-After seconds");
                    operation.getResponses().getAPIResponse("503").addHeader("Retry-After",
                            OASFactory.createHeader().description("Seconds to wait before retrying")
                                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
                }
                if (path.getKey().contains("{")) {
                    addIfAbsent(operation, "404", "No such resource");
                }
                if (hasQueryParameters(operation)) {
                    addIfAbsent(operation, "400", "A parameter is malformed or out of range");
                }
                addIfAbsent(operation, "default", "Any other error");
            }
        }
    }

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

    private static void describePaging(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() != Parameter.In.QUERY) {
                continue;
            }
            if ("page".equals(parameter.getName())) {
                parameter.description("Page number, from 0").schema(OASFactory.createSchema()
                        .addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO).defaultValue(0));
            } else if ("size".equals(parameter.getName())) {
                parameter.description("Items per page, 1 to factquery.paging.max-size (500 unless configured)")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)
                                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(500)).defaultValue(20));
            }
        }
    }

    private static boolean hasQueryParameters(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY);
    }

    private static void addIfAbsent(Operation operation, String status, String description) {
        if (operation.getResponses() == null || operation.getResponses().hasAPIResponse(status)) {
            return;
        }
        APIResponse response = OASFactory.createAPIResponse()
                .description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(
                                OASFactory.createSchema().ref("#/components/schemas/Problem"))));
        operation.getResponses().addAPIResponse(status, response);
    }
}
