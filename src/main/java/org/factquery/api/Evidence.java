package org.factquery.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sentence a fact rests on: {@code sentence} is exactly the text of document
 * {@code documentId} from {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 units.
 * {@code copies} is how many stored documents carry the story this one belongs to (itself
 * included; more than 1 when near-duplicate copies were ingested), {@code copyOf} the original
 * when this document is a copy. {@code inferredFrom} is {@code province} when the sentence is
 * about the province of the city an answer is about, not the city itself. {@code field} is
 * {@code title} when the sentence is the document's title (or one of its sentences): then
 * {@code start} and {@code end} are offsets in {@code title}, not in the text (ADR 0013).
 */
public record Evidence(long claimId, String kind, String sentence, long documentId,
        @Schema(nullable = true) String title, @Schema(nullable = true) String url,
        @Schema(nullable = true) String publisher, @Schema(nullable = true) OffsetDateTime publishedAt,
        int start, int end, @Schema(nullable = true) String attributedTo, String modality,
        @Schema(nullable = true) LocalDate eventDate, @Schema(nullable = true) String eventTimeText,
        @Schema(nullable = true) Long copyOf, int copies, @Schema(nullable = true) String inferredFrom,
        @Schema(nullable = true) String field) {

    /** The {@code field} of evidence cut from a document's title. */
    public static final String TITLE = "title";

    public Evidence(long claimId, String kind, String sentence, long documentId, String title, String url,
            String publisher, OffsetDateTime publishedAt, int start, int end, String attributedTo, String modality,
            LocalDate eventDate, String eventTimeText, Long copyOf, int copies, boolean inTitle) {
        this(claimId, kind, sentence, documentId, title, url, publisher, publishedAt, start, end, attributedTo,
                modality, eventDate, eventTimeText, copyOf, copies, null, inTitle ? TITLE : null);
    }

    /** The same evidence, read for the capital of the province it is about. */
    public Evidence inferredFromProvince() {
        return new Evidence(claimId, kind, sentence, documentId, title, url, publisher, publishedAt, start, end,
                attributedTo, modality, eventDate, eventTimeText, copyOf, copies, "province", field);
    }

    /** The stored document that stands for this one's story: its original, else itself. */
    public long originalId() {
        return copyOf != null ? copyOf : documentId;
    }
}
