package org.factquery.city;

import java.time.LocalDate;
import java.util.List;

/**
 * What the status rules conclude about one city, with the ids of the claims behind each part;
 * the service turns the ids into evidence.
 *
 * @param confidence null when no holder is named
 * @param fromProvince the claims of the evidence that are about the province the city is the
 *     capital of (the status rests on them when nothing is reported about the city itself)
 * @param evidence the claims supporting the status, one per document first, strongest first
 */
public record StatusAssessment(CityStatus status, String controlledBy, LocalDate since, Double confidence,
        List<Long> fromProvince, int documents, int publishers, List<Long> evidence, List<Part> exceptions,
        List<Long> forecasts, List<Dispute> disputes, List<Change> history) {

    /** {@code province} when the status rests on claims about the city's province, else null. */
    public String inferredFrom() {
        return fromProvince.isEmpty() ? null : "province";
    }

    /**
     * One change of hands, as the documents report it: a capture, a recapture (the taker held the
     * city before, or the text says it took it back) or a withdrawal (the actor left it). {@code day}
     * is the event's date, else the earliest publication day of its reports, null when neither is known.
     */
    public record Change(LocalDate day, ChangeKind change, String actor, String firmest, int documents,
            List<Long> claims) {
    }

    public enum ChangeKind { CAPTURE, RECAPTURE, WITHDRAWAL }

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
