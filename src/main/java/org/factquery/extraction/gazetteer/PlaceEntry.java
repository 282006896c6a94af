package org.factquery.extraction.gazetteer;

import java.util.List;

/**
 * A canonical place of the gazetteer. {@code parent} is the city a facility or district belongs
 * to; {@code rank} the city's rank by population in its country; {@code role} {@code capital}
 * (of its province) or {@code national-capital}.
 */
public record PlaceEntry(PlaceKind kind, String name, String province, String country, String parent,
        Double latitude, Double longitude, Integer rank, String role, List<String> aliases) {

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
        return name + " (" + kind.name().toLowerCase() + ")";
    }
}
