package org.factquery.document;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.factquery.api.Evidence;

/** What the document endpoints answer. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /**
     * The answer to {@code POST /documents}; {@code copyOf} names the stored original when the
     * text is a near-duplicate copy of it; {@code skippedSentences} counts the sentences stored but
     * not read for claims (each says why in {@code /documents/{id}/sentences}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IngestResult(long id, String sha256, int sentences, int claims, int skippedSentences,
            boolean duplicate, Long copyOf) {
    }

    /** A document in a list ({@code text} omitted) or on its own ({@code text} included). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record DocumentView(long id, String sha256, String title, String url, String publisher,
            OffsetDateTime publishedAt, OffsetDateTime ingestedAt, int length, int sentences, int claims,
            Long copyOf, String text) {

        static DocumentView of(Document d, boolean withText) {
            return new DocumentView(d.id, d.sha256, d.title, d.url, d.publisher, d.publishedAt, d.ingestedAt,
                    d.textLength, d.sentenceCount, d.claimCount, d.copyOf, withText ? d.text : null);
        }
    }

    /**
     * A sentence: {@code text} is the document's text from {@code start} (inclusive) to {@code end},
     * or its title's when {@code field} is {@code title} (the title's sentences come first);
     * {@code skipped} says why the claim rules did not read it, when they did not.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SentenceView(long id, int ordinal, String field, int start, int end, String text, String skipped) {

        static SentenceView of(Sentence s) {
            return new SentenceView(s.id, s.ordinal, s.inTitle ? Evidence.TITLE : null, s.start, s.end, s.text,
                    s.skipped);
        }
    }
}
