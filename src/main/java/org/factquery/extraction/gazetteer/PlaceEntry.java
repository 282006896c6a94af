package org.factquery.extraction.gazetteer;

import java.util.List;

/**
 * A canonical place of the gazetteer. {@code id} is stable: {@code geonames:<id>} for GeoNames'
 * places and divisions, {@code country:<CC>} for countries, {@code overlay:...} for the districts,
 * facilities and regions of an overlay. {@code province} is its first-level division's name,
 * {@code country} its country's name and {@code countryCode} that country's ISO 3166-1 alpha-2 code.
 * {@code parent} is the city a facility or district belongs to; {@code rank} the city's rank by
 * population in its country (top ten only); {@code role} {@code capital} (of its division) or
 * {@code national-capital}; {@code population} 0 when unknown.
 */
public record PlaceEntry(String id, PlaceKind kind, String name, String province, String country, String countryCode,
        String parent, Double latitude, Double longitude, Integer rank, String role, long population,
        List<String> aliases) implements java.io.Serializable {

    public PlaceEntry {
        aliases = List.copyOf(aliases);
    }

    public boolean isProvincialCapital() {
        return "capital".equals(role) || isNationalCapital();
    }

    public boolean isNationalCapital() {
        return "national-capital".equals(role);
    }

    /** Cities, districts, provinces and facilities can change hands; countries and regions are not claimed here. */
    public boolean isCapturable() {
        return kind == PlaceKind.CITY || kind == PlaceKind.PROVINCE || kind == PlaceKind.DISTRICT
                || kind == PlaceKind.FACILITY;
    }

    @Override
    public String toString() {
        return name + " (" + kind.name().toLowerCase() + (countryCode == null ? "" : ", " + countryCode) + ")";
    }
}
