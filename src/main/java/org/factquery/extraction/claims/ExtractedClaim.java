package org.factquery.extraction.claims;

import java.time.LocalDate;
import java.util.Map;

import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.gazetteer.PlaceEntry;

/**
 * One fact stated by one sentence (index {@code sentence} of the document's sentences).
 * {@code place} is the gazetteer entry, or null when the words name none ({@code placeText}
 * keeps the words); {@code ruleId} names the rule that made it.
 */
public record ExtractedClaim(ClaimKind kind, int sentence, String actor, PlaceEntry place, String placeText,
        Integer number, Map<String, Object> details, String attributedTo, String attributedActor,
        Modality modality, boolean negated, LocalDate eventDate, String eventTimeText, String ruleId,
        double confidence) {

    public ExtractedClaim {
        details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
