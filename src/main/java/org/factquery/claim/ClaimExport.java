package org.factquery.claim;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factquery.api.Evidence;
import org.factquery.api.ExportFormat;
import org.factquery.api.ExportWriter;
import org.factquery.api.SqlValues;
import org.factquery.document.NearDuplicates;

/**
 * Every claim a search matches, oldest first, each with its evidence and its document's metadata,
 * streamed from a database cursor: memory holds one batch of rows, whatever the store's size.
 */
@ApplicationScoped
public class ClaimExport {

    /**
     * One claim as a CSV row. {@code details} is the claim's details as JSON; {@code sentence} is
     * exactly the document's text (or title, when {@code field} is title) from {@code start} to
     * {@code end}.
     */
    public record ClaimRow(long claimId, String kind, String actor, String placeId, String place, String province,
            String country, String countryCode, String modality, boolean negated, String attributedTo,
            LocalDate eventDate, String eventTimeText, String ruleId, String details, long documentId,
            String title, String url, String publisher, OffsetDateTime publishedAt, Long copyOf, int copies,
            String field, int start, int end, String sentence) {
    }

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final EntityManager em;
    private final ObjectMapper json;

    public ClaimExport(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    /** Writes every matching claim, in its own read transaction. */
    @Transactional
    public void write(ClaimSearchService.SearchSql sql, ExportFormat format, OutputStream out) {
        Query rows = em.createNativeQuery("""
                SELECT c.id, c.kind, c.actor, p.ref AS place_ref, coalesce(p.name, c.place_text) AS place_name,
                       p.province, p.country, p.country_code, c.modality, c.negated, c.attributed_to, c.event_date,
                       c.event_time_text, c.rule_id, c.details::text AS details, d.id AS document_id, d.title, d.url,
                       d.publisher, d.published_at, d.copy_of,
                       1 + (SELECT count(*) FROM document k WHERE k.copy_of = %1$s) AS copies,
                       s.in_title, s.start_offset, s.end_offset, s.text AS sentence
                FROM claim c JOIN sentence s ON s.id = c.sentence_id JOIN document d ON d.id = c.document_id
                LEFT JOIN place p ON p.id = c.place_id
                WHERE c.id IN (SELECT c.id%2$s%3$s)
                ORDER BY c.id""".formatted(NearDuplicates.ORIGINAL_OF_D, sql.from(), sql.where()), Tuple.class);
        sql.params().forEach(rows::setParameter);
        try (ExportWriter<ClaimView, ClaimRow> writer = new ExportWriter<>(format, out, json, ClaimRow.class)) {
            SqlValues.<Tuple>forEach(rows, t -> {
                ClaimRow row = row(t);
                writer.write(view(row), row);
            });
        }
    }

    private static ClaimRow row(Tuple t) {
        boolean inTitle = t.get("in_title", Boolean.class);
        return new ClaimRow(t.get("id", Number.class).longValue(), t.get("kind", String.class),
                t.get("actor", String.class), t.get("place_ref", String.class), t.get("place_name", String.class),
                t.get("province", String.class), t.get("country", String.class), t.get("country_code", String.class),
                t.get("modality", String.class), t.get("negated", Boolean.class), t.get("attributed_to", String.class),
                SqlValues.date(t.get("event_date")), t.get("event_time_text", String.class),
                t.get("rule_id", String.class), t.get("details", String.class),
                t.get("document_id", Number.class).longValue(), t.get("title", String.class),
                t.get("url", String.class), t.get("publisher", String.class),
                SqlValues.timestamp(t.get("published_at")),
                t.get("copy_of") == null ? null : t.get("copy_of", Number.class).longValue(),
                t.get("copies", Number.class).intValue(), inTitle ? Evidence.TITLE : "text",
                t.get("start_offset", Number.class).intValue(), t.get("end_offset", Number.class).intValue(),
                t.get("sentence", String.class));
    }

    /** The same claim as {@code GET /claims} answers it. */
    private ClaimView view(ClaimRow r) {
        Map<String, Object> details;
        try {
            details = r.details() == null ? Map.of() : json.readValue(r.details(), DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored details of claim " + r.claimId() + " are not JSON", e);
        }
        ClaimView.PlaceView place = r.place() == null ? null
                : new ClaimView.PlaceView(r.placeId(), r.place(), r.province(), r.country(), r.countryCode());
        Evidence evidence = new Evidence(r.claimId(), r.kind(), r.sentence(), r.documentId(), r.title(), r.url(),
                r.publisher(), r.publishedAt(), r.start(), r.end(), r.attributedTo(), r.modality(), r.eventDate(),
                r.eventTimeText(), r.copyOf(), r.copies(), Evidence.TITLE.equals(r.field()));
        return new ClaimView(r.claimId(), r.kind(), r.actor(), place, details, r.modality(), r.attributedTo(),
                r.negated(), r.eventDate(), r.eventTimeText(), r.ruleId(), evidence);
    }
}
