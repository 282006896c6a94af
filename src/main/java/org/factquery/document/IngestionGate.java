package org.factquery.document;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;

import org.factquery.api.Problem;
import org.factquery.api.RouteProblems;
import org.jboss.logging.Logger;

/**
 * Admits request bodies (POST, PUT, PATCH) before any worker thread sees them:
 *
 * <ul>
 * <li>a declared length over {@code factquery.ingest.max-body-size} is a 413 problem before a byte
 * is read, and a chunked body is cut off at the same limit;</li>
 * <li>at most {@code factquery.ingest.max-concurrent} ingestions run at once, from the first byte
 * of the body to the answer; beyond that a 503 problem with {@code Retry-After};</li>
 * <li>the body is read by the I/O thread without blocking (Vert.x's {@link BodyHandler}), so a
 * client that trickles its body in holds a buffer, not a worker; a body not complete within
 * {@code factquery.ingest.body-read-timeout} is a 408 problem and the connection is closed;</li>
 * <li>each admitted request gets an {@link IngestionTicket}, cancelled when its client goes away
 * or the service stops, which the extraction checks as it goes.</li>
 * </ul>
 */
@ApplicationScoped
public class IngestionGate {

    private static final Logger LOG = Logger.getLogger(IngestionGate.class);
    private static final String TICKET = "factquery.ingestion.ticket";
    private static final String READ_TIMER = "factquery.ingestion.read-timer";
    /** The batch ingestion, whose body may be as large as factquery.ingest.max-batch-size. */
    static final String BATCH_PATH = "/documents/batch";
    /** Seconds a client refused for lack of a slot should wait: ingestions take a fraction of a second. */
    static final int BUSY_RETRY_AFTER_SECONDS = 2;
    /** How long the end of the service waits for cancelled ingestions to stop. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private final RouteProblems problems;
    private final Vertx vertx;
    private final long maxBytes;
    private final long maxBatchBytes;
    private final Duration readTimeout;
    private final int maxConcurrent;
    private final Semaphore slots;
    private final Set<IngestionTicket> inFlight = ConcurrentHashMap.newKeySet();

    public IngestionGate(IngestConfig config, RouteProblems problems, Vertx vertx) {
        this.problems = problems;
        this.vertx = vertx;
        this.maxBytes = config.maxBodySize().asLongValue();
        this.maxBatchBytes = config.maxBatchSize().asLongValue();
        this.readTimeout = config.bodyReadTimeout();
        this.maxConcurrent = config.maxConcurrent();
        this.slots = new Semaphore(maxConcurrent);
    }

    void register(@Observes Router router) {
        // preallocated (up to 64 KiB) so that an empty body is an empty buffer, not "no body read yet"
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBytes).setPreallocateBodyBuffer(true);
        BodyHandler batch = BodyHandler.create(false).setBodyLimit(maxBatchBytes).setPreallocateBodyBuffer(true);
        // after the request screen (UPLOAD_LIMIT - 7) and access control (- 6), so that a refused
        // upload is never read; Vert.x wants the body handler first on its own route, and runs
        // only the first one a request meets (the batch's, with its larger limit, on its path)
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 5)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(this::admit);
        router.route(BATCH_PATH).order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 4).method(HttpMethod.POST)
                .handler(batch).handler(this::bodyRead).failureHandler(this::bodyFailed);
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 4)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(body).handler(this::bodyRead).failureHandler(this::bodyFailed);
    }

    /** The ticket of the request being served, or {@link IngestionTicket#UNGATED} when it has none. */
    public static IngestionTicket ticketOf(RoutingContext context) {
        IngestionTicket ticket = context == null ? null : context.get(TICKET);
        return ticket == null ? IngestionTicket.UNGATED : ticket;
    }

    /** Ingestions admitted and not yet done. */
    public int inFlight() {
        return inFlight.size();
    }

    public int maxConcurrent() {
        return maxConcurrent;
    }

    private void admit(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = limitOf(context);
        if (length != null && isOver(length, limit)) {
            problems.end(context, Problem.of(413, "The request body has " + length + " bytes; the limit is "
                    + limit + " bytes", context.request().path(), null), HttpHeaders.CONNECTION.toString(), "close");
            return;
        }
        if (!slots.tryAcquire()) {
            problems.end(context, Problem.of(503, maxConcurrent + " ingestions are in progress, the most this "
                    + "service runs at once; nothing was stored. Retry in a few seconds.", context.request().path(),
                    null), HttpHeaders.RETRY_AFTER.toString(), Integer.toString(BUSY_RETRY_AFTER_SECONDS),
                    HttpHeaders.CONNECTION.toString(), "close");
            return;
        }
        IngestionTicket[] self = new IngestionTicket[1];
        IngestionTicket ticket = new IngestionTicket(() -> {
            inFlight.remove(self[0]);
            slots.release();
        });
        self[0] = ticket;
        inFlight.add(ticket);
        context.put(TICKET, ticket);
        long timer = vertx.setTimer(readTimeout.toMillis(), id -> bodyTimedOut(context));
        context.put(READ_TIMER, timer);
        context.addEndHandler(ended -> {
            vertx.cancelTimer(timer);
            if (ended.failed()) {
                ticket.cancel("its client closed the connection before the answer");
            }
            ticket.exchangeEnded();
        });
        context.next();
    }

    private void bodyRead(RoutingContext context) {
        Long timer = context.remove(READ_TIMER);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
        if (context.body().buffer() == null) {
            // a chunked body of no chunks: without a buffer the REST layer would wait to read the request itself
            ((RoutingContextInternal) context).setBody(Buffer.buffer());
        }
        context.next();
    }

    private void bodyTimedOut(RoutingContext context) {
        if (context.remove(READ_TIMER) == null || context.response().ended()) {
            return; // the body was read meanwhile
        }
        ticketOf(context).cancel("its body was not complete in time");
        problems.end(context, Problem.of(408, "The request body was not complete within " + readTimeout.toSeconds()
                + " s; nothing was stored", context.request().path(), null), HttpHeaders.CONNECTION.toString(), "close")
                .onComplete(done -> context.request().connection().close());
    }

    /** The body handler's refusals (over the limit, an unmet expectation) as problems. */
    private void bodyFailed(RoutingContext context) {
        int status = context.statusCode();
        if (context.response().ended() || (status != 413 && status != 417 && status != 400)) {
            context.next();
            return;
        }
        String detail = switch (status) {
            case 413 -> "The request body is over the limit of " + limitOf(context) + " bytes";
            case 417 -> "Only the expectation 100-continue is supported";
            default -> "The request body could not be read";
        };
        problems.end(context, Problem.of(status, detail, context.request().path(), null),
                HttpHeaders.CONNECTION.toString(), "close");
    }

    /**
     * The service is stopping: in-flight requests have had the shutdown timeout to finish. The
     * ingestions still running are cancelled (they stop within a sentence and store nothing), and
     * the embedded database, which stops after this, waits for them.
     */
    void stopping(@Observes @Priority(Integer.MAX_VALUE - 1) ShutdownEvent event) {
        if (inFlight.isEmpty()) {
            return;
        }
        LOG.infof("Cancelling %d ingestions still in progress", inFlight.size());
        inFlight.forEach(t -> t.cancel("the service is stopping"));
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        while (inFlight.stream().anyMatch(IngestionTicket::working) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long limitOf(RoutingContext context) {
        return BATCH_PATH.equals(context.normalizedPath()) ? maxBatchBytes : maxBytes;
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return false; // the HTTP codec refuses a malformed length itself
        }
    }
}
