package org.factquery.claim;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import org.factquery.api.ProblemException;
import org.factquery.api.SqlValues;

/**
 * What {@code GET /claims/stream} sends: the claims each ingestion stored that match the
 * client's filters, one event each, and each retraction, read from the event log in its order.
 * A position in the stream is an event id ({@code 42}: everything of event 42 sent) or an event
 * and a claim ({@code 42.1073}: event 42 sent up to claim 1073), which is what each event's
 * SSE id says, so that a client resuming with {@code Last-Event-ID} gets exactly what it missed.
 */
@ApplicationScoped
public class ClaimStream {

    /** Where a client is in the stream. {@code claim} is {@link Long#MAX_VALUE} when the event is done. */
    public record Position(long event, long claim) {

        /** A {@code Last-Event-ID}: {@code 42} or {@code 42.1073}; anything else is a 400 problem. */
        public static Position parse(String lastEventId) {
            String[] parts = lastEventId.strip().split("\\.", -1);
            try {
                if (parts.length == 1) {
                    return new Position(Long.parseLong(parts[0]), Long.MAX_VALUE);
                }
                if (parts.length == 2) {
                    return new Position(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw ProblemException.badField("Last-Event-ID", "must be an event id this stream sent (42 or 42.1073)");
        }

        /** The SSE id of the event that brings a client here: the inverse of {@link #parse}. */
        String id() {
            return claim == Long.MAX_VALUE ? Long.toString(event) : event + "." + claim;
        }
    }

    /** A retraction as the stream sends it: the document and the ids of the claims it removed. */
    public record Retraction(long document, List<Long> claims) {
    }

    /**
     * One event to send: its SSE id and name, and its data as JSON text (a {@link ClaimView} or a
     * {@link Retraction}); {@link #KEEP_ALIVE} stands for a comment sent after a quiet spell.
     */
    public record Item(String id, String name, String json) {

        static final Item KEEP_ALIVE = new Item(null, null, null);

        public boolean keepAlive() {
            return this == KEEP_ALIVE;
        }
    }

    /** How often a client's stream looks for new events in the log. */
    static final Duration POLL = Duration.ofMillis(250);
    /** A stream with nothing to send sends a keep-alive this often, so that proxies keep it open. */
    static final Duration KEEP_ALIVE_EVERY = Duration.ofSeconds(15);
    /** Events of the log read at most per look. */
    static final int EVENTS_PER_POLL = 100;

    /** The items after a position, and the position after them (past events none of whose claims match). */
    public record Batch(List<Item> items, Position next) {
    }

    private final ClaimEventLog log;
    private final ClaimSearchService search;
    private final EntityManager em;
    private final ObjectMapper json;

    public ClaimStream(ClaimEventLog log, ClaimSearchService search, EntityManager em, ObjectMapper json) {
        this.log = log;
        this.search = search;
        this.em = em;
        this.json = json;
    }

    /** The position of a client that connects now: after the latest event. */
    public Position now() {
        return new Position(log.latest(), Long.MAX_VALUE);
    }

    /**
     * The items after a position, as they are logged: one reader per client, looking every
     * {@link #POLL} on a worker thread (a slow client delays only its own reads; the looks it
     * cannot take are dropped), and a keep-alive after {@link #KEEP_ALIVE_EVERY} of quiet.
     */
    public Multi<Item> follow(Position start, ClaimSearchService.SearchSql filter) {
        return Multi.createFrom().deferred(() -> {
            AtomicReference<Position> at = new AtomicReference<>(start);
            AtomicLong lastSent = new AtomicLong(System.nanoTime());
            return Multi.createFrom().ticks().every(POLL).onOverflow().drop()
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .onItem().transformToIterable(tick -> {
                        Batch batch = after(at.get(), filter, EVENTS_PER_POLL);
                        at.set(batch.next());
                        long now = System.nanoTime();
                        if (batch.items().isEmpty() && now - lastSent.get() < KEEP_ALIVE_EVERY.toNanos()) {
                            return List.<Item>of();
                        }
                        lastSent.set(now);
                        return batch.items().isEmpty() ? List.of(Item.KEEP_ALIVE) : batch.items();
                    });
        });
    }

    /** What follows a position: at most {@code events} events of the log, their matching claims each an item. */
    @Transactional
    public Batch after(Position position, ClaimSearchService.SearchSql filter, int events) {
        long from = position.claim() == Long.MAX_VALUE ? position.event() + 1 : position.event();
        List<Item> items = new ArrayList<>();
        Position next = position;
        for (ClaimEventLog.Event event : log.from(from, events)) {
            if (event.kind() == ClaimEventLog.Kind.RETRACTED) {
                items.add(new Item(new Position(event.id(), Long.MAX_VALUE).id(), "retraction",
                        json(new Retraction(event.documentId(), event.claimIds()))));
            } else {
                long after = event.id() == position.event() ? position.claim() : Long.MIN_VALUE;
                List<Long> ids = matching(filter, event.claimIds().stream().filter(id -> id > after).toList());
                for (ClaimView claim : search.load(ids)) {
                    items.add(new Item(new Position(event.id(), claim.id()).id(), "claim", json(claim)));
                }
            }
            next = new Position(event.id(), Long.MAX_VALUE);
        }
        return new Batch(items, next);
    }

    private String json(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stream event could not be written as JSON", e);
        }
    }

    /** Those of the ids that are still stored and match the filters, in id order. */
    private List<Long> matching(ClaimSearchService.SearchSql filter, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = em.createNativeQuery("SELECT c.id" + filter.from() + filter.where()
                + " AND c.id = ANY(:ids) ORDER BY c.id");
        filter.params().forEach(query::setParameter);
        query.setParameter("ids", ids.stream().mapToLong(Long::longValue).toArray());
        List<Long> matching = new ArrayList<>();
        SqlValues.<Number>forEach(query, id -> matching.add(id.longValue()));
        return matching;
    }
}
