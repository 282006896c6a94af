package org.factquery.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

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
            SELECT c.id, c.kind, s.text AS sentence, d.id AS document_id, d.title, d.url, d.publisher,
                   d.published_at, s.start_offset, s.end_offset, c.attributed_to, c.modality, c.event_date,
                   c.event_time_text, d.copy_of, s.in_title, 1 + (SELECT count(*) FROM document k WHERE k.copy_of = """
            + NearDuplicates.ORIGINAL_OF_D + """
            ) AS copies
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
        List<Tuple> rows = em.createNativeQuery(SQL, Tuple.class)
                .setParameter("ids", claimIds.stream().mapToLong(Long::longValue).toArray())
                .getResultList();
        for (Tuple r : rows) {
            // read by column name: a reordered column cannot swap fields
            long id = r.get("id", Number.class).longValue();
            Number copyOf = r.get("copy_of", Number.class);
            evidence.put(id, new Evidence(id, r.get("kind", String.class), r.get("sentence", String.class),
                    r.get("document_id", Number.class).longValue(), r.get("title", String.class),
                    r.get("url", String.class), r.get("publisher", String.class),
                    SqlValues.timestamp(r.get("published_at")), r.get("start_offset", Number.class).intValue(),
                    r.get("end_offset", Number.class).intValue(), r.get("attributed_to", String.class),
                    r.get("modality", String.class), SqlValues.date(r.get("event_date")),
                    r.get("event_time_text", String.class), copyOf == null ? null : copyOf.longValue(),
                    r.get("copies", Number.class).intValue(), r.get("in_title", Boolean.class)));
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

}
