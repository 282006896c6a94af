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

/**
 * Documents the problem answers every operation shares, so resources need not repeat them:
 * a {@code 404} where the path names an id, a {@code 400} where the operation takes paging or
 * other parameters, and {@code default} (any other error) everywhere, all as
 * {@code application/problem+json}. It also describes the {@code page} and {@code size}
 * parameters, which resources take as strings so that {@link PageRequest} can name bad values.
 */
public class ProblemResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Operation operation : path.getValue().getOperations().values()) {
                describePaging(operation);
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
