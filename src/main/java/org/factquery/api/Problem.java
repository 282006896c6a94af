package org.factquery.api;

import java.util.List;

import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An RFC 9457 problem detail, the body of every error ({@code application/problem+json}).
 * {@code errors} names the offending fields of a request, when there are any; {@code suggestions}
 * the closest known names when a name is unknown; {@code understood} the question forms
 * {@code /ask} maps, when it cannot map the one asked; {@code candidates} the places a name may
 * mean when it fits several (a 409), each with the id that chooses it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(requiredProperties = {"type", "title", "status"})
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors, List<String> suggestions, List<String> understood, List<Candidate> candidates) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem with the standard reason phrase of its status as title. */
    public static Problem of(int status, String detail, String instance, List<FieldError> errors) {
        return new Problem("about:blank", title(status), status, detail, instance, errors, List.of(), List.of(),
                List.of());
    }

    /** The same problem with the closest known names and the understood forms, when there are any. */
    public Problem with(List<String> suggestions, List<String> understood, List<Candidate> candidates) {
        return new Problem(type, title, status, detail, instance, errors, suggestions, understood, candidates);
    }

    private static String title(int status) {
        if (status == 422) {
            return "Unprocessable Content"; // RFC 9110; not in JAX-RS' Response.Status
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** A place a name may mean: its stable id ({@code geonames:2210247}), name, division and country. */
    public record Candidate(@Schema(nullable = true) String id, String name, @Schema(nullable = true) String province,
            @Schema(nullable = true) String country) {
    }

    /** One offending field (a JSON member or a query parameter) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
