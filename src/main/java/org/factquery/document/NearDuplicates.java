package org.factquery.document;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Finds the stored original a new text is a near-duplicate copy of, remembers the fingerprints of
 * stored texts, and keeps {@code document.copy_of} pointing at an original when one is deleted.
 * Runs inside the ingestion's transaction.
 */
@ApplicationScoped
public class NearDuplicates {

    /**
     * Estimated Jaccard similarity of word 5-shingles from which a text is a copy. A correction
     * line or a paragraph of boilerplate added to a 300-word story keeps it above 0.8; a story
     * that shares a few sentences with another stays below 0.3.
     */
    static final double COPY_SIMILARITY = 0.6;
    /** The advisory-lock namespace of band hashes (the one-argument locks are the text hashes). */
    private static final int BAND_LOCKS = 0x6e64; // "nd"

    /**
     * SQL: the original of document {@code d} (itself when it is no copy). Answers count
     * originals, not documents, so that copies of one story count once.
     */
    public static final String ORIGINAL_OF_D = "coalesce(d.copy_of, d.id)";

    private final EntityManager em;

    public NearDuplicates(EntityManager em) {
        this.em = em;
    }

    /**
     * The original of the most similar stored text at or above {@link #COPY_SIMILARITY}, or null.
     * Takes transaction-scoped locks on the text's bands first, so that two copies ingested at
     * once are compared with each other: the second waits for the first to commit.
     */
    public Long originalOf(TextFingerprint fingerprint) {
        int[] bands = fingerprint.bandHashes();
        int[] lockKeys = Arrays.stream(bands).distinct().sorted().toArray(); // one order: no deadlock
        em.createNativeQuery("SELECT count(pg_advisory_xact_lock(" + BAND_LOCKS + ", k)) FROM unnest(CAST(:keys AS integer[])) k")
                .setParameter("keys", lockKeys).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> candidates = em.createNativeQuery("""
                SELECT coalesce(d.copy_of, d.id), s.min_hashes
                FROM document_signature s JOIN document d ON d.id = s.document_id
                WHERE s.document_id IN (
                    SELECT b.document_id FROM document_band b
                    JOIN unnest(CAST(:bands AS smallint[]), CAST(:hashes AS integer[])) AS q (band, hash)
                      ON b.band = q.band AND b.hash = q.hash)""")
                .setParameter("bands", bandNumbers())
                .setParameter("hashes", bands)
                .getResultList();
        Long original = null;
        double best = COPY_SIMILARITY;
        for (Object[] c : candidates) {
            double similarity = fingerprint.similarity(TextFingerprint.of(ints(c[1])));
            if (similarity >= best) {
                best = similarity;
                original = ((Number) c[0]).longValue();
            }
        }
        return original;
    }

    /** Stores the fingerprint of a stored document, for the texts that come after it. */
    public void remember(long documentId, TextFingerprint fingerprint) {
        em.createNativeQuery("INSERT INTO document_signature (document_id, min_hashes) VALUES (:id, :hashes)")
                .setParameter("id", documentId).setParameter("hashes", fingerprint.minHashes()).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO document_band (band, hash, document_id)
                SELECT DISTINCT q.band, q.hash, :id FROM unnest(CAST(:bands AS smallint[]), CAST(:hashes AS integer[])) AS q (band, hash)""")
                .setParameter("id", documentId).setParameter("bands", bandNumbers())
                .setParameter("hashes", fingerprint.bandHashes()).executeUpdate();
    }

    /** Before an original is deleted: its first copy becomes the original of the other copies. */
    public void promoteFirstCopyOf(long documentId) {
        em.createNativeQuery("""
                WITH first AS (SELECT min(id) AS id FROM document WHERE copy_of = :id)
                UPDATE document SET copy_of = CASE WHEN document.id = first.id THEN NULL ELSE first.id END
                FROM first WHERE document.copy_of = :id""")
                .setParameter("id", documentId).executeUpdate();
    }

    /** How many stored documents carry the story of each document (itself included). */
    public Map<Long, Integer> copiesOf(Collection<Long> documentIds) {
        Map<Long, Integer> copies = new HashMap<>();
        if (documentIds.isEmpty()) {
            return copies;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT d.id, 1 + (SELECT count(*) FROM document k WHERE k.copy_of = "
                + ORIGINAL_OF_D + ") FROM document d WHERE d.id = ANY(:ids)")
                .setParameter("ids", documentIds.stream().mapToLong(Long::longValue).toArray())
                .getResultList();
        rows.forEach(r -> copies.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        return copies;
    }

    private static short[] bandNumbers() {
        short[] numbers = new short[TextFingerprint.BANDS];
        for (short b = 0; b < numbers.length; b++) {
            numbers[b] = b;
        }
        return numbers;
    }

    private static int[] ints(Object array) {
        if (array instanceof int[] ints) {
            return ints;
        }
        if (array instanceof Integer[] boxed) {
            return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        try {
            Object[] values = (Object[]) ((java.sql.Array) array).getArray();
            return Arrays.stream(values).mapToInt(v -> ((Number) v).intValue()).toArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read a stored signature", e);
        }
    }
}
