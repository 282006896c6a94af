package org.factquery.claim;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

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

        String id() {
            return claim == Long.MAX_VALUE ? Long.toString(event) : event + "." + claim;
        }
    }

    /** A retraction as the stream sends it: the document and the ids of the claims it removed. */
    public record Retraction(long document, List<Long> claims) {
    }

    /** One event to send: its SSE id and name, and its data (a {@link ClaimView} or a {@link Retraction}). */
    public record Item(String id, String name, Object data) {
    }

    /** The items after a position, and the position after them (past events none of whose claims match). */
    public record Batch(List<Item> items, Position next) {
    }

    private final ClaimEventLog log;
    private final ClaimSearchService search;
    private final EntityManager em;

    public ClaimStream(ClaimEventLog log, ClaimSearchService search, EntityManager em) {
        this.log = log;
        this.search = search;
        this.em = em;
    }

    /** The position of a client that connects now: after the latest event. */
    public Position now() {
        return new Position(log.latest(), Long.MAX_VALUE);
    }

    /** The claims search's SQL for the filters; names resolved now (400 problems for unknown ones). */
    @Transactional
    public ClaimSearchService.SearchSql filter(ClaimSearchService.Filter filter) {
        return search.sql(filter);
    }

    /** What follows a position: at most {@code events} events of the log, their matching claims each an item. */
    @Transactional
    public Batch after(Position position, ClaimSearchService.SearchSql filter, int events) {
        long from = position.claim() == Long.MAX_VALUE ? position.event() + 1 : position.event();
        List<Item> items = new ArrayList<>();
        Position next = position;
        for (ClaimEventLog.Event event : log.from(from, events)) {
            if (event.kind() == ClaimEventLog.Kind.RETRACTED) {
                items.add(new Item(Long.toString(event.id()), "retraction",
                        new Retraction(event.documentId(), event.claimIds())));
            } else {
                long after = event.id() == position.event() ? position.claim() : Long.MIN_VALUE;
                List<Long> ids = matching(filter, event.claimIds().stream().filter(id -> id > after).toList());
                for (ClaimView claim : search.load(ids)) {
                    items.add(new Item(event.id() + "." + claim.id(), "claim", claim));
                }
            }
            next = new Position(event.id(), Long.MAX_VALUE);
        }
        return new Batch(items, next);
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
