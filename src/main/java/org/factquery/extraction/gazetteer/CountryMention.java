package org.factquery.extraction.gazetteer;

import org.factquery.extraction.Span;

/** A country named in a sentence by its name, a demonym or a metonym, tokens {@code [firstToken, endToken)}. */
public record CountryMention(int sentence, int firstToken, int endToken, Span span, String surface,
        CountryEntry country, CountryEntry.Via via) {
}
