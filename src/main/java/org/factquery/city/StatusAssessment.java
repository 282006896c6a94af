package org.factquery.city;

import java.time.LocalDate;
import java.util.List;

/**
 * What the status rules conclude about one city, with the ids of the claims behind each part;
 * the service turns the ids into evidence.
 *
 * @param confidence null when no holder is named
 * @param evidence the claims supporting the status, one per document first, strongest first
 */
public record StatusAssessment(CityStatus status, String controlledBy, LocalDate since, Double confidence,
        int documents, int publishers, List<Long> evidence, List<Part> exceptions, List<Long> forecasts,
        List<Dispute> disputes) {

    /** A part of the city held by someone other than the holder. */
    public record Part(String part, String heldBy, int documents, List<Long> claims) {
    }

    /** Something the documents disagree on: "holder", "province" or "capture day". */
    public record Dispute(String about, List<Value> values) {
    }

    /** One side of a dispute. */
    public record Value(String value, int documents, List<Long> claims) {
    }
}
