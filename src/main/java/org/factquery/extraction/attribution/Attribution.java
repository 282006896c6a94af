package org.factquery.extraction.attribution;

import org.factquery.extraction.Span;

/**
 * Who a sentence says its content comes from: {@code source} as written (trimmed, without a
 * leading "the"), the canonical actor or country it names when known, and the modality its
 * reporting verb gives ({@code REPORTED} for "said" or "according to", {@code CLAIMED},
 * {@code CONFIRMED}, {@code DENIED}). {@code inherited} marks a sentence inside a quotation whose
 * speaker is named in another sentence.
 */
public record Attribution(int sentence, Span sourceSpan, String source, String canonical, Modality cue,
        boolean inherited) {
}
