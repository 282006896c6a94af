package org.factquery.city;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.factquery.api.ProblemException;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.place.PlaceCatalog;
import org.factquery.place.PlaceLookup;

/**
 * The cities the service knows (every populated place of the world gazetteer), how a name
 * resolves to one, which stored places are parts of which city (a facility or district's city,
 * from the gazetteer, kept in {@code place.parent_id}) and which stored provinces a city is the
 * capital of ({@code place.capital_id}).
 */
@ApplicationScoped
public class CityDirectory {

    static final Set<PlaceKind> CITY = Set.of(PlaceKind.CITY);
    private static final Set<PlaceKind> NOT_CITY = Set.of(PlaceKind.PROVINCE, PlaceKind.DISTRICT, PlaceKind.FACILITY,
            PlaceKind.REGION, PlaceKind.COUNTRY);
    private static final int SUGGESTIONS = 5;

    private final PlaceLookup lookup;
    private final PlaceCatalog catalog;
    private final Gazetteer gazetteer;
    private final EntityManager em;
    private volatile Parts parts = new Parts(-1, Map.of(), Map.of(), Map.of());

    private record Parts(long revision, Map<Long, Long> cityOfPart, Map<Long, String> names,
            Map<Long, Long> capitalOfProvince) {
    }

    public CityDirectory(PlaceLookup lookup, PlaceCatalog catalog, Gazetteer gazetteer, EntityManager em) {
        this.lookup = lookup;
        this.catalog = catalog;
        this.gazetteer = gazetteer;
        this.em = em;
    }

    /**
     * The city a name denotes (any spelling, a close misspelling, or its id), in the country when
     * one is given: a 404 problem naming the closest cities when none, a 409 listing the
     * candidates when several fit.
     */
    public PlaceLookup.Match resolve(String name, String countryCode) {
        try {
            return lookup.resolve(name, CITY, countryCode, "city");
        } catch (PlaceLookup.PlaceNotFound e) {
            throw unknown(name, countryCode);
        }
    }

    /** The stored ids of the places inside a city (its airport, prison, corps headquarters ...). */
    public List<Long> partsOf(long cityId) {
        return parts().cityOfPart().entrySet().stream().filter(e -> e.getValue() == cityId).map(Map.Entry::getKey)
                .toList();
    }

    /** The stored city a stored place is part of, or null when it is no part of a city. */
    public Long cityOf(long partId) {
        return parts().cityOfPart().get(partId);
    }

    /** The stored ids of the provinces a city is the capital of. */
    public List<Long> provincesOf(long cityId) {
        return parts().capitalOfProvince().entrySet().stream().filter(e -> e.getValue() == cityId)
                .map(Map.Entry::getKey).toList();
    }

    /** The capital of a stored province, or null when the place is no province with a known capital. */
    public Long capitalOf(long provinceId) {
        return parts().capitalOfProvince().get(provinceId);
    }

    /** The name of a part of a city. */
    public String partName(long partId) {
        return parts().names().get(partId);
    }

    private Parts parts() {
        Parts known = parts;
        long revision = catalog.revision();
        if (known.revision() != revision) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT id, parent_id, name, capital_id FROM place "
                    + "WHERE parent_id IS NOT NULL OR capital_id IS NOT NULL").getResultList();
            Map<Long, Long> cities = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            Map<Long, Long> capitals = new HashMap<>();
            for (Object[] r : rows) {
                long id = ((Number) r[0]).longValue();
                if (r[1] != null) {
                    cities.put(id, ((Number) r[1]).longValue());
                    names.put(id, (String) r[2]);
                }
                if (r[3] != null) {
                    capitals.put(id, ((Number) r[3]).longValue());
                }
            }
            known = new Parts(revision, Map.copyOf(cities), Map.copyOf(names), Map.copyOf(capitals));
            parts = known;
        }
        return known;
    }

    private ProblemException unknown(String name, String countryCode) {
        LinkedHashSet<String> suggestions = new LinkedHashSet<>();
        String detail = "No city named '" + name + "' is known" + (countryCode == null ? ""
                : " in " + gazetteer.countryOfCode(countryCode).map(c -> c.name()).orElse(countryCode));
        Optional<PlaceEntry> other = lookup.find(name, NOT_CITY, countryCode).filter(m -> !m.matchedBy().equals("fuzzy"))
                .map(PlaceLookup.Match::place);
        if (other.isPresent()) {
            PlaceEntry place = other.get();
            String kind = place.kind() == PlaceKind.PROVINCE ? "province" : place.kind().name().toLowerCase(Locale.ROOT);
            detail = place.name() + " is a " + kind + ", not a city";
            Optional<PlaceEntry> capital = place.kind() == PlaceKind.COUNTRY
                    ? gazetteer.nationalCapital(place.countryCode()) : gazetteer.capitalOf(place);
            Optional<PlaceEntry> within = gazetteer.parentOf(place);
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
        return ProblemException.unknownName(detail + (closest.isEmpty() ? "" : ". Closest known cities: "
                + String.join(", ", closest)), closest);
    }
}
