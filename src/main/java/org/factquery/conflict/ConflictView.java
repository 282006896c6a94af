package org.factquery.conflict;

import java.time.LocalDate;
import java.util.List;


import org.factquery.city.CityViews.CityRef;
import org.factquery.city.CityViews.DisputeValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One disagreement in the store: about a city's "holder", "province" or "capture day", or a
 * "tally" that differs at the same time; each side with its evidence.
 *
 * @param place the city disputed, null for a tally
 * @param subject what is disputed, in words: "Kandahar", "provincial capitals (of 34)"
 * @param when the day a tally was given, null when undated
 * @param valuesTotal how many values the sources give; {@code values} shows the most reported ten
 */
public record ConflictView(String about, @Schema(nullable = true) CityRef place, String subject,
        @Schema(nullable = true) LocalDate when, List<DisputeValue> values, int valuesTotal) {
}
