package org.factquery.claim;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.factquery.api.SqlValues;

/**
 * The log of stored and retracted claims (migration V9, ADR 0016), written in each ingestion's
 * and retraction's own transaction and read by the claim stream in id order.
 */
@ApplicationScoped
public class ClaimEventLog {

    /**
     * The advisory lock every writer of the log holds from just before its row gets an id until it
     * commits: rows become visible in id order, so reading "after id N" never skips one that
     * commits later with a smaller id.
     */
    static final long WRITE_LOCK = 0x66716c6f67L; // "fqlog"

    /** One row of the log. */
    public record Event(long id, Kind kind, long documentId, List<Long> claimIds) {
    }

    public enum Kind {
        STORED, RETRACTED
    }

    private final EntityManager em;

    public ClaimEventLog(EntityManager em) {
        this.em = em;
    }

    /** Logs the claims a document's ingestion stored: the last step of its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stored(long documentId) {
        record(Kind.STORED, documentId, claimsOf(documentId));
    }

    /** The ids of a document's claims, read before a retraction removes them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Long> claimsOf(long documentId) {
        List<Long> ids = new ArrayList<>();
        SqlValues.<Number>forEach(em.createNativeQuery("SELECT c.id FROM claim c WHERE c.document_id = :document ORDER BY c.id")
                .setParameter("document", documentId), id -> ids.add(id.longValue()));
        return ids;
    }

    /** Logs the claims a retraction removed: the last step of its transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void retracted(long documentId, List<Long> claimIds) {
        record(Kind.RETRACTED, documentId, claimIds);
    }

    /**
     * Takes the log's lock and appends the row. The lock is the writer's last step, so a writer
     * waiting for it holds no other lock another writer could wait for.
     */
    private void record(Kind kind, long documentId, List<Long> claimIds) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:lock)").setParameter("lock", WRITE_LOCK).getSingleResult();
        em.createNativeQuery("INSERT INTO claim_event (kind, document_id, claim_ids) VALUES (:kind, :document, :claims)")
                .setParameter("kind", kind.name()).setParameter("document", documentId)
                .setParameter("claims", claimIds.stream().mapToLong(Long::longValue).toArray()).executeUpdate();
    }

    /** The id of the latest event, 0 when there is none. */
    @Transactional
    public long latest() {
        return ((Number) em.createNativeQuery("SELECT coalesce(max(id), 0) FROM claim_event").getSingleResult())
                .longValue();
    }

    /** Up to {@code limit} events from id {@code from} on (inclusive), in id order. */
    @Transactional
    public List<Event> from(long from, int limit) {
        List<Event> events = new ArrayList<>();
        SqlValues.<Tuple>forEach(em.createNativeQuery("""
                SELECT id, kind, document_id, claim_ids FROM claim_event WHERE id >= :from ORDER BY id LIMIT :limit""",
                Tuple.class).setParameter("from", from).setParameter("limit", limit), t -> {
                    List<Long> ids = new ArrayList<>();
                    for (Object id : SqlValues.array(t.get("claim_ids"))) {
                        ids.add(((Number) id).longValue());
                    }
                    events.add(new Event(t.get("id", Number.class).longValue(), Kind.valueOf(t.get("kind", String.class)),
                            t.get("document_id", Number.class).longValue(), ids));
                });
        return events;
    }
}
