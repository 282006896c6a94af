package org.factquery.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.factquery.claim.Claim;
import org.factquery.document.Document;
import org.factquery.document.Sentence;

/**
 * The sentence a fact rests on: {@code sentence} is exactly the text of document
 * {@code documentId} from {@code start} (inclusive) to {@code end} (exclusive), in UTF-16 units.
 */
public record Evidence(long claimId, String kind, String sentence, long documentId, String title, String url,
        String publisher, OffsetDateTime publishedAt, int start, int end, String attributedTo, String modality,
        LocalDate eventDate, String eventTimeText) {

    public static Evidence of(Claim claim) {
        Sentence s = claim.sentence;
        Document d = claim.document;
        return new Evidence(claim.id, claim.kind, s.text, d.id, d.title, d.url, d.publisher, d.publishedAt,
                s.start, s.end, claim.attributedTo, claim.modality, claim.eventDate, claim.eventTimeText);
    }
}
