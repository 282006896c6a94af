package org.factquery.extraction.actor;

import org.factquery.extraction.Span;

/** An actor named in a sentence, tokens {@code [firstToken, endToken)}, with its canonical name. */
public record ActorMention(int sentence, int firstToken, int endToken, Span span, String surface, String canonical,
        Side side) {
}
