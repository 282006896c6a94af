package org.factquery.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail, the body of every error ({@code application/problem+json}).
 * {@code errors} names the offending fields of a request, when there are any.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One offending field (a JSON member or a query parameter) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }
}
