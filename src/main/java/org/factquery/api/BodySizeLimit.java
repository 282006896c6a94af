package org.factquery.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import org.factquery.document.IngestConfig;

/**
 * Refuses a body whose declared {@code Content-Length} is over {@code factquery.ingest.max-body-size}
 * with a 413 problem before any of it is read. A chunked body has no declared length; the
 * ingestion reader counts its bytes against the same limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final RouteProblems problems;

    public BodySizeLimit(IngestConfig config, RouteProblems problems) {
        this.maxBytes = config.maxBodySize().asLongValue();
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOver(length)) {
            Problem problem = Problem.of(413,
                    "The request body has " + length + " bytes; the limit is " + maxBytes + " bytes",
                    context.request().path(), null);
            problems.end(context, problem, HttpHeaders.CONNECTION.toString(), "close");
            return;
        }
        context.next();
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Quarkus answers a malformed length itself
        }
    }
}
