package org.factquery.city;

import java.time.LocalDate;

/**
 * One stored claim about a city (or a part of it), as the status rules read it.
 *
 * @param kind CAPTURE, CONTROL, PARTIAL_CAPTURE, PARTIAL_CONTROL, ATTACK or LOCATED_IN
 * @param publisher the document's publisher, null when not given
 * @param part the part of the city a partial claim is about
 * @param province the province a LOCATED_IN claim puts the city in
 */
public record CityClaim(long id, String kind, String actor, String modality, boolean negated, LocalDate eventDate,
        String eventTimeText, long documentId, String publisher, String part, String province) {

    /** The independent source: the publisher when known, else the document itself. */
    String source() {
        return publisher == null || publisher.isBlank()
                ? "document:" + documentId
                : "publisher:" + publisher.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
