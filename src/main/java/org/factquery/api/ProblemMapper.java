package org.factquery.api;

import java.util.List;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where errors become answers: every failure is an RFC 9457
 * {@code application/problem+json} body. Unexpected failures are logged and answered with a
 * 500 that reveals nothing internal.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    private final AllowedMethods allowedMethods;

    public ProblemMapper(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Problem problem = Problem.of(e.status(), e.getMessage(), uri.getPath(), e.errors())
                .with(e.suggestions(), e.understood(), e.candidates());
        Response.ResponseBuilder answer = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(problem);
        if (e.status() == 503) {
            answer.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        return answer.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "Method not allowed on " + uri.getPath();
            case 406 -> "No answer in a media type the Accept header allows: answers are application/json, the "
                    + "exports also application/x-ndjson and text/csv";
            case 413 -> "The request body is larger than the configured limit";
            case 415 -> "Unsupported media type; send application/json or text/plain (a batch: application/x-ndjson)";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = Response.fromResponse(answer(status, detail, List.of(), uri));
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status == 405) {
            allow = allowedMethods.of(uri.getPath());
        }
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseUnavailable.causedBy(e)) {
            // expected during an outage: one line, no stack trace, and nothing internal in the answer
            LOG.warnf("Database unavailable on %s: %s", uri.getPath(), rootMessage(e));
            return Response.fromResponse(answer(503,
                    "The database is unavailable; nothing was changed. Retry in a few seconds.", List.of(), uri))
                    .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "Unexpected failure on %s", uri.getPath());
        return answer(500, "An unexpected error occurred; it has been logged.", List.of(), uri);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    public static Response answer(int status, String detail, List<Problem.FieldError> errors, UriInfo uri) {
        Problem problem = Problem.of(status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
