package org.factquery.claim;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.factquery.api.Evidence;
import org.factquery.api.SqlValues;
import org.factquery.document.NearDuplicates;

/**
 * Loads the evidence of claims by id in one query, without the documents' texts: answers fetch
 * evidence only for the claims they show, so their size does not grow with the store.
 */
@ApplicationScoped
public class EvidenceRepository {

    /** The evidence of the claims whose ids are in the array :ids. */
    public static final String SQL = """
            SELECT c.id, c.kind, s.text, d.id AS document_id, d.title, d.url, d.publisher, d.published_at,
                   s.start_offset, s.end_offset, c.attributed_to, c.modality, c.event_date, c.event_time_text,
                   d.copy_of, s.in_title, 1 + (SELECT count(*) FROM document k WHERE k.copy_of = """
            + NearDuplicates.ORIGINAL_OF_D + """
            )
            FROM claim c JOIN sentence s ON s.id = c.sentence_id JOIN document d ON d.id = c.document_id
            WHERE c.id = ANY(:ids)""";

    private final EntityManager em;

    public EvidenceRepository(EntityManager em) {
        this.em = em;
    }

    /** The evidence of each claim, keyed by claim id. */
    public Map<Long, Evidence> byClaimId(Collection<Long> claimIds) {
        Map<Long, Evidence> evidence = new HashMap<>();
        if (claimIds.isEmpty()) {
            return evidence;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL)
                .setParameter("ids", claimIds.stream().mapToLong(Long::longValue).toArray())
                .getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            evidence.put(id, new Evidence(id, (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                    (String) r[4], (String) r[5], (String) r[6], offsetDateTime(r[7]), ((Number) r[8]).intValue(),
                    ((Number) r[9]).intValue(), (String) r[10], (String) r[11], SqlValues.date(r[12]), (String) r[13],
                    r[14] == null ? null : ((Number) r[14]).longValue(), ((Number) r[16]).intValue(),
                    (Boolean) r[15]));
        }
        return evidence;
    }

    /**
     * The evidence of the claims, in the order of the ids given, without repeats: the same
     * sentence in a near-duplicate copy of a story already shown is left out (its
     * {@code copies} count says it is there).
     */
    public List<Evidence> ofClaims(List<Long> claimIds) {
        return withoutCopies(byClaimId(claimIds), claimIds);
    }

    /** The found evidence of the ids, in their order, without a copy's repeat of a sentence shown. */
    public static List<Evidence> withoutCopies(Map<Long, Evidence> found, List<Long> claimIds) {
        List<Evidence> ordered = new ArrayList<>(claimIds.size());
        Set<String> shown = new HashSet<>();
        for (Long id : claimIds) {
            Evidence e = found.get(id);
            if (e != null && shown.add(e.originalId() + "\u0000" + e.kind() + "\u0000" + e.sentence())) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }

}
