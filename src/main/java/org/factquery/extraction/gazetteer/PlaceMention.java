package org.factquery.extraction.gazetteer;

import java.util.List;

import org.factquery.extraction.Span;

/**
 * A gazetteer place named in a sentence, tokens {@code [firstToken, endToken)}. {@code place} is
 * the entry chosen among {@code candidates} (the places sharing the name) by the document's
 * context; {@code resolvedBy} says how ({@code only}, {@code sentence}, {@code division},
 * {@code country}, {@code dateline}, {@code population}, {@code kind}), and {@code alternatives}
 * lists the candidates that came close when the choice was a close call (else empty).
 */
public record PlaceMention(int sentence, int firstToken, int endToken, Span span, String surface, PlaceEntry place,
        List<PlaceEntry> candidates, boolean possessive, String resolvedBy, List<PlaceEntry> alternatives) {

    public PlaceMention {
        candidates = List.copyOf(candidates);
        alternatives = List.copyOf(alternatives);
    }
}
