package org.factquery.claim;

import java.time.LocalDate;
import java.util.Map;

import org.factquery.api.Evidence;
import org.factquery.document.Document;
import org.factquery.document.Sentence;
import org.factquery.place.Place;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as answered by the claim endpoints, with the sentence it rests on. */
public record ClaimView(long id, String kind, @Schema(nullable = true) String actor,
        @Schema(nullable = true) PlaceView place, Map<String, Object> details, String modality,
        @Schema(nullable = true) String attributedTo, boolean negated, @Schema(nullable = true) LocalDate eventDate,
        @Schema(nullable = true) String eventTimeText, String ruleId, Evidence evidence) {

    /**
     * The canonical place of a claim: its stable id ({@code geonames:<id>} ...), name, division,
     * country and ISO country code; or only the words used when it is not in the gazetteer.
     */
    public record PlaceView(@Schema(nullable = true) String id, String name, @Schema(nullable = true) String province,
            @Schema(nullable = true) String country, @Schema(nullable = true) String countryCode) {

        static PlaceView of(Place place, String asWritten) {
            if (place != null) {
                return new PlaceView(place.ref, place.name, place.province, place.country, place.countryCode);
            }
            return asWritten == null ? null : new PlaceView(null, asWritten, null, null, null);
        }
    }

    /** @param copies the stored documents carrying the claim's story (see {@link Evidence}) */
    public static ClaimView of(Claim c, int copies) {
        return new ClaimView(c.id, c.kind, c.actor, PlaceView.of(c.place, c.placeText),
                c.details == null ? Map.of() : c.details, c.modality, c.attributedTo, c.negated, c.eventDate,
                c.eventTimeText, c.ruleId, evidence(c, copies));
    }

    private static Evidence evidence(Claim claim, int copies) {
        Sentence s = claim.sentence;
        Document d = claim.document;
        return new Evidence(claim.id, claim.kind, s.text, d.id, d.title, d.url, d.publisher, d.publishedAt,
                s.start, s.end, claim.attributedTo, claim.modality, claim.eventDate, claim.eventTimeText,
                d.copyOf, copies, s.inTitle);
    }
}
