package org.factquery.api;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Ends a request with a problem answer from a Vert.x route, before JAX-RS sees it (the request
 * screen, access control, the ingestion gate), serialised by the same ObjectMapper as every other
 * answer.
 */
@ApplicationScoped
public class RouteProblems {

    private final ObjectMapper mapper;

    public RouteProblems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Answers the problem; extra headers come as name, value pairs. Completes when it is written. */
    public Future<Void> end(RoutingContext context, Problem problem, String... headers) {
        var response = context.response()
                .setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.putHeader(headers[i], headers[i + 1]);
        }
        return response.end(json(problem));
    }

    private String json(Problem problem) {
        try {
            return mapper.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Problem always serialises", e);
        }
    }
}
