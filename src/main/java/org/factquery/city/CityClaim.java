package org.factquery.city;

import java.time.LocalDate;

/**
 * One stored claim about a city (or a part of it), as the status rules read it.
 *
 * @param kind CAPTURE, CONTROL, PARTIAL_CAPTURE, PARTIAL_CONTROL, ATTACK, WITHDRAWAL or LOCATED_IN
 * @param publisher the document's publisher, null when not given
 * @param part the part of the city a partial claim is about
 * @param province the province a LOCATED_IN claim puts the city in
 * @param reportedOn the document's publication day, null when not given
 * @param recapture a capture the text calls a return ("retook", "liberated", "back under X control")
 * @param approach an attack that only approaches the city ("advanced towards", "came within 10 km of")
 * @param inferredFrom {@code province} for a capture or control of the province the city is the
 *     capital of, read as one of the city; null for a claim about the city itself
 */
public record CityClaim(long id, String kind, String actor, String modality, boolean negated, LocalDate eventDate,
        String eventTimeText, long documentId, String publisher, String part, String province, LocalDate reportedOn,
        boolean recapture, boolean approach, String inferredFrom) {

    public CityClaim(long id, String kind, String actor, String modality, boolean negated, LocalDate eventDate,
            String eventTimeText, long documentId, String publisher, String part, String province,
            LocalDate reportedOn, boolean recapture, boolean approach) {
        this(id, kind, actor, modality, negated, eventDate, eventTimeText, documentId, publisher, part, province,
                reportedOn, recapture, approach, null);
    }

    /** A claim that is no recapture. */
    public CityClaim(long id, String kind, String actor, String modality, boolean negated, LocalDate eventDate,
            String eventTimeText, long documentId, String publisher, String part, String province,
            LocalDate reportedOn) {
        this(id, kind, actor, modality, negated, eventDate, eventTimeText, documentId, publisher, part, province,
                reportedOn, false, false, null);
    }

    /** A claim from a document without a publication date. */
    public CityClaim(long id, String kind, String actor, String modality, boolean negated, LocalDate eventDate,
            String eventTimeText, long documentId, String publisher, String part, String province) {
        this(id, kind, actor, modality, negated, eventDate, eventTimeText, documentId, publisher, part, province, null,
                false, false, null);
    }

    /** The same claim read as one about the capital of the province it names. */
    CityClaim inferredFromProvince() {
        return new CityClaim(id, kind, actor, modality, negated, eventDate, eventTimeText, documentId, publisher, part,
                province, reportedOn, recapture, approach, "province");
    }

    /** When the claim is known to hold: its event date, else the day it was published. */
    LocalDate knownOn() {
        return eventDate != null ? eventDate : reportedOn;
    }

    /** The independent source: the publisher when known, else the document itself. */
    String source() {
        return publisher == null || publisher.isBlank()
                ? "document:" + documentId
                : "publisher:" + publisher.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
