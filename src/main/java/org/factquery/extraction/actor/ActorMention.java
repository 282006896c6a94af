package org.factquery.extraction.actor;

import org.factquery.extraction.Span;

/**
 * An actor named in a sentence, tokens {@code [firstToken, endToken)}: its canonical name, its
 * side, the country of a state actor ({@code countryCode}, else null), and whether the words were a
 * generic descriptor ("rebels", "the army") rather than a name. A generic mention's canonical is
 * the actor its document resolves it to, or the words as written when the document names none.
 */
public record ActorMention(int sentence, int firstToken, int endToken, Span span, String surface, String canonical,
        Side side, String countryCode, boolean generic) {

    public ActorMention withCanonical(String resolved, String resolvedCountry) {
        return new ActorMention(sentence, firstToken, endToken, span, surface, resolved, side,
                resolvedCountry == null ? countryCode : resolvedCountry, generic);
    }
}
