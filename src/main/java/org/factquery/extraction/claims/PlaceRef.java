package org.factquery.extraction.claims;

import java.util.List;

import org.factquery.extraction.gazetteer.PlaceEntry;

/**
 * A place a phrase refers to, tokens {@code [from, to)} of its sentence. {@code part} is set when
 * the phrase names part of the place ("Taloqan's airport"); {@code via} says how the phrase
 * refers to it: {@code name}, {@code rank} ("the second-largest city"), {@code capital-of},
 * {@code national-capital} ("the capital"), {@code provincial-capital} ("the provincial
 * capital"), or {@code anaphor} ("the city"). {@code resolvedBy} says how the place was chosen:
 * for a name, how its ambiguity was settled ({@code only}, {@code sentence}, {@code division},
 * {@code country}, {@code dateline}, {@code kind}, {@code population}), else the same as
 * {@code via}; {@code alternatives} are the places that came close.
 */
record PlaceRef(PlaceEntry place, String text, int from, int to, String part, String via, String resolvedBy,
        List<PlaceEntry> alternatives) {

    PlaceRef {
        alternatives = List.copyOf(alternatives);
    }

    /** A place a description resolves to: resolved by the description itself. */
    PlaceRef(PlaceEntry place, String text, int from, int to, String part, String via) {
        this(place, text, from, to, part, via, via, List.of());
    }

    boolean isPart() {
        return part != null;
    }
}
