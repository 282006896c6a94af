package org.factquery.extraction.gazetteer;

import java.util.List;

import org.factquery.extraction.Span;

/**
 * A gazetteer place named in a sentence, tokens {@code [firstToken, endToken)}. {@code place} is
 * the entry chosen among {@code candidates} (a city and a province may share a name).
 */
public record PlaceMention(int sentence, int firstToken, int endToken, Span span, String surface, PlaceEntry place,
        List<PlaceEntry> candidates, boolean possessive) {

    public PlaceMention {
        candidates = List.copyOf(candidates);
    }
}
