package org.factquery.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.factquery.api.ProblemException;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.place.Place;
import org.factquery.place.PlaceCatalog;
import org.factquery.place.PlaceLookup;

/** The cities the service knows, how a name resolves to one, and which places are parts of which city. */
@ApplicationScoped
public class CityDirectory {

    static final List<String> CITY = List.of("CITY");
    private static final List<String> NOT_CITY = List.of("PROVINCE", "DISTRICT", "FACILITY", "COUNTRY", "REGION");
    private static final int SUGGESTIONS = 5;

    private final PlaceLookup lookup;
    private final PlaceCatalog catalog;
    private final Gazetteer gazetteer;
    private volatile Map<Long, String> partNames;
    private volatile Map<Long, Long> cityOfPart;

    public CityDirectory(PlaceLookup lookup, PlaceCatalog catalog, Gazetteer gazetteer) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.gazetteer = gazetteer;
    }

    /** The city a name denotes, or a 404 problem that names the closest known cities. */
    public PlaceLookup.Match resolve(String name) {
        return lookup.find(name, CITY).orElseThrow(() -> unknown(name));
    }

    /** The ids of the places inside a city (its airport, prison, corps headquarters ...). */
    public List<Long> partsOf(long cityId) {
        parts();
        return cityOfPart.entrySet().stream().filter(e -> e.getValue() == cityId).map(Map.Entry::getKey).toList();
    }

    /** The city a place is part of, or null when it is no part of a city. */
    public Long cityOf(long partId) {
        return parts().get(partId);
    }

    /** The name of a part of a city. */
    public String partName(long partId) {
        parts();
        return partNames.get(partId);
    }

    private Map<Long, Long> parts() {
        if (cityOfPart == null) {
            Map<Long, Long> cities = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            for (PlaceEntry place : gazetteer.places()) {
                Optional<PlaceEntry> city = gazetteer.parentOf(place);
                if (city.isPresent()) {
                    long id = catalog.idOf(place);
                    cities.put(id, catalog.idOf(city.get()));
                    names.put(id, place.name());
                }
            }
            partNames = Map.copyOf(names);
            cityOfPart = Map.copyOf(cities);
        }
        return cityOfPart;
    }

    private ProblemException unknown(String name) {
        LinkedHashSet<String> suggestions = new LinkedHashSet<>();
        String detail = "No city named '" + name + "' is known";
        Optional<PlaceLookup.Match> other = lookup.find(name, NOT_CITY).filter(m -> m.matchedBy().equals("alias"));
        if (other.isPresent()) {
            Place place = other.get().place();
            detail = place.name + " is a " + place.kind.toLowerCase(Locale.ROOT) + ", not a city";
            Optional<PlaceEntry> entry = gazetteer.place(PlaceKind.valueOf(place.kind), place.name);
            Optional<PlaceEntry> capital = entry.flatMap(gazetteer::capitalOf);
            Optional<PlaceEntry> within = entry.flatMap(gazetteer::parentOf);
            if (capital.isPresent()) {
                detail += "; its capital is " + capital.get().name();
                suggestions.add(capital.get().name());
            } else if (within.isPresent()) {
                detail += " in " + within.get().name();
                suggestions.add(within.get().name());
            }
        }
        suggestions.addAll(lookup.closest(name, CITY, SUGGESTIONS));
        List<String> closest = new ArrayList<>(suggestions).subList(0, Math.min(SUGGESTIONS, suggestions.size()));
        return ProblemException.unknownName(detail + ". Closest known cities: " + String.join(", ", closest), closest);
    }
}
