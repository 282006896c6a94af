package org.factquery.city;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.factquery.api.Evidence;

/** What the city endpoints answer. */
public final class CityViews {

    private CityViews() {
    }

    /** A gazetteer city; {@code matchedAlias} and {@code matchedBy} say how the asked name resolved. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CityRef(String name, String province, String country, String matchedAlias, String matchedBy) {
    }

    /** The answer of {@code GET /cities/{name}/status}. */
    public record CityStatusView(CityRef city, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate asOf,
            CityStatus status, String controlledBy, LocalDate since, Double confidence, int documents,
            int publishers, List<Evidence> evidence, int evidenceTotal, List<PartView> exceptions,
            List<Evidence> forecasts, int forecastsTotal, List<DisputeView> disputes) {

        /** The same status, for the city as this request named it. */
        public CityStatusView withCity(CityRef named) {
            return new CityStatusView(named, asOf, status, controlledBy, since, confidence, documents, publishers,
                    evidence, evidenceTotal, exceptions, forecasts, forecastsTotal, disputes);
        }
    }

    /** A part of the city held by someone other than the holder, with its strongest evidence. */
    public record PartView(String part, String heldBy, int documents, Evidence evidence) {
    }

    /** What the documents disagree on, each side with its evidence. */
    /** A disagreement: its most reported values (at most {@code CityStatusService.DISPUTE_VALUES}) of {@code valuesTotal}. */
    public record DisputeView(String about, List<DisputeValue> values, int valuesTotal) {
    }

    public record DisputeValue(String value, int documents, List<Evidence> evidence, int evidenceTotal) {
    }

    /** A city in {@code GET /cities}: its status with the strongest evidence. */
    public record CitySummary(CityRef city, CityStatus status, String controlledBy, LocalDate since,
            Double confidence, int documents, int publishers, List<Evidence> evidence, int evidenceTotal) {
    }
}
