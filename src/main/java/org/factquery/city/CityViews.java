package org.factquery.city;

import java.time.LocalDate;
import java.util.List;


import org.factquery.api.Evidence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the city endpoints answer. */
public final class CityViews {

    private CityViews() {
    }

    /**
     * A gazetteer city: its stable {@code id} ({@code geonames:<id>}), name, division, country and
     * ISO country code; {@code matchedAlias}, {@code matchedBy} ({@code alias}, {@code fuzzy},
     * {@code id}) and {@code resolvedBy} ({@code only}, {@code store}, {@code population},
     * {@code id}) say how the asked name resolved.
     */
    public record CityRef(@Schema(nullable = true) String id, String name, @Schema(nullable = true) String province,
            @Schema(nullable = true) String country, @Schema(nullable = true) String countryCode,
            @Schema(nullable = true) String matchedAlias, @Schema(nullable = true) String matchedBy,
            @Schema(nullable = true) String resolvedBy, @Schema(nullable = true) Double latitude,
            @Schema(nullable = true) Double longitude) {
    }

    /**
     * The answer of {@code GET /cities/{name}/status}; {@code inferredFrom} is {@code province}
     * when the status rests on reports about the province the city is the capital of.
     */
    public record CityStatusView(CityRef city, @Schema(nullable = true) LocalDate asOf,
            CityStatus status, @Schema(nullable = true) String controlledBy, @Schema(nullable = true) LocalDate since,
            @Schema(nullable = true) Double confidence, @Schema(nullable = true) String inferredFrom, int documents,
            int publishers, List<Evidence> evidence, int evidenceTotal, List<PartView> exceptions,
            List<Evidence> forecasts, int forecastsTotal, List<DisputeView> disputes) {

        /** The same status, for the city as this request named it. */
        public CityStatusView withCity(CityRef named) {
            return new CityStatusView(named, asOf, status, controlledBy, since, confidence, inferredFrom, documents,
                    publishers, evidence, evidenceTotal, exceptions, forecasts, forecastsTotal, disputes);
        }
    }

    /** A part of the city held by someone other than the holder, with its strongest evidence. */
    public record PartView(String part, @Schema(nullable = true) String heldBy, int documents, Evidence evidence) {
    }

    /** A disagreement: its most reported values (at most {@code CityStatusService.DISPUTE_VALUES}) of {@code valuesTotal}. */
    public record DisputeView(String about, List<DisputeValue> values, int valuesTotal) {
    }

    public record DisputeValue(String value, int documents, List<Evidence> evidence, int evidenceTotal) {
    }

    /** A city in {@code GET /cities}: its status with the strongest evidence. */
    public record CitySummary(CityRef city, CityStatus status, @Schema(nullable = true) String controlledBy,
            @Schema(nullable = true) LocalDate since, @Schema(nullable = true) Double confidence,
            @Schema(nullable = true) String inferredFrom, int documents, int publishers, List<Evidence> evidence,
            int evidenceTotal) {
    }

    /**
     * The answer of {@code GET /cities/{name}/history}: the city's changes of hands in order, and
     * where they leave it (the same status as {@code /status} gives).
     */
    public record CityHistoryView(CityRef city, @Schema(nullable = true) LocalDate asOf,
            CityStatus status, @Schema(nullable = true) String controlledBy, List<ChangeView> changes) {

        public CityHistoryView withCity(CityRef named) {
            return new CityHistoryView(named, asOf, status, controlledBy, changes);
        }
    }

    /**
     * One change of hands: its day (the event's, else the first report's publication day; null
     * when neither is known), CAPTURE, RECAPTURE or WITHDRAWAL, who took or left the city (null:
     * no report names a taker), the firmest modality of its reports, and their evidence.
     */
    public record ChangeView(@Schema(nullable = true) LocalDate day, StatusAssessment.ChangeKind change,
            @Schema(nullable = true) String actor, String modality,
            int documents, List<Evidence> evidence, int evidenceTotal) {
    }
}
