package org.factquery.document;

import java.time.OffsetDateTime;


import org.factquery.api.Evidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the document endpoints answer. */
public final class DocumentViews {

    private DocumentViews() {
    }

    /**
     * The answer to {@code POST /documents}; {@code copyOf} names the stored original when the
     * text is a near-duplicate copy of it; {@code skippedSentences} counts the sentences stored but
     * not read for claims (each says why in {@code /documents/{id}/sentences}).
     */
    public record IngestResult(long id, String sha256, int sentences, int claims, int skippedSentences,
            boolean duplicate, @Schema(nullable = true) Long copyOf) {
    }

    /** A document in a list ({@code text} null) or on its own ({@code text} included). */
    public record DocumentView(long id, String sha256, @Schema(nullable = true) String title,
            @Schema(nullable = true) String url, @Schema(nullable = true) String publisher,
            @Schema(nullable = true) OffsetDateTime publishedAt, OffsetDateTime ingestedAt, int length, int sentences,
            int claims, @Schema(nullable = true) Long copyOf, @Schema(nullable = true) String text) {

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
    public record SentenceView(long id, int ordinal, @Schema(nullable = true) String field, int start, int end,
            String text, @Schema(nullable = true) String skipped) {

        static SentenceView of(Sentence s) {
            return new SentenceView(s.id, s.ordinal, s.inTitle ? Evidence.TITLE : null, s.start, s.end, s.text,
                    s.skipped);
        }
    }
}
