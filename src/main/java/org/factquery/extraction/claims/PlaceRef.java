package org.factquery.extraction.claims;

import org.factquery.extraction.gazetteer.PlaceEntry;

/**
 * A place a phrase refers to, tokens {@code [from, to)} of its sentence. {@code part} is set when
 * the phrase names part of the place ("Taloqan's airport"); {@code via} says how it was
 * resolved: {@code name}, {@code rank} ("the second-largest city"), {@code capital-of},
 * {@code national-capital} ("the capital"), {@code same-name}, or {@code anaphor} ("the city").
 */
record PlaceRef(PlaceEntry place, String text, int from, int to, String part, String via) {

    boolean isPart() {
        return part != null;
    }
}
