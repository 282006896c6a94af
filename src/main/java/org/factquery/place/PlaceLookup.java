package org.factquery.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.factquery.api.Problem;
import org.factquery.api.ProblemException;
import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * Finds the place a user means by a name, in the whole world gazetteer (ADR 0011):
 * <ol>
 * <li>a gazetteer id ({@code geonames:2210554}) names its place;</li>
 * <li>any name or spelling variant (compared by {@link Gazetteer#key}) names the places that have
 * it; when several do, the one the store has claims about is meant, else a place ten times as
 * populous as any other; when that is not decisive the answer is a {@code 409} problem listing the
 * candidates, and {@code ?country=} or the id chooses;</li>
 * <li>a misspelling within a few typing slips of one name ({@link #allowedEdits}) names that place;
 * a name that merely contains or repeats a place's name is no misspelling of it.</li>
 * </ol>
 */
@ApplicationScoped
public class PlaceLookup {

    /** A place found for a name: how the name matched ({@code alias}, {@code fuzzy}, {@code id}) and how it was chosen. */
    public record Match(PlaceEntry place, Long storedId, String matchedAlias, String matchedBy, String resolvedBy) {
    }

    private static final Pattern ID = Pattern.compile("^(?:geonames|country|division|overlay):\\S+$");
    /** How much more populous a place must be than every other of its name to be meant without asking. */
    private static final int DOMINANT = 10;
    private static final int MAX_CANDIDATES = 10;

    private final EntityManager em;
    private final Gazetteer gazetteer;
    private final PlaceCatalog catalog;

    public PlaceLookup(EntityManager em, Gazetteer gazetteer, PlaceCatalog catalog) {
        this.em = em;
        this.gazetteer = gazetteer;
        this.catalog = catalog;
    }

    /**
     * The place of one of the kinds a name means, in the country when one is given; a 404 problem
     * (with the closest names) when none, a 409 (with the candidates) when several fit equally.
     *
     * @param what how the answer calls such places ("city", "place"), for the problems' words
     */
    public Match resolve(String name, Set<PlaceKind> kinds, String countryCode, String what) {
        String asked = name.strip();
        if (ID.matcher(asked).matches()) {
            PlaceEntry byId = gazetteer.byId(asked).filter(p -> kinds.contains(p.kind()))
                    .orElseThrow(() -> ProblemException.unknownName("No " + what + " has the id " + asked, List.of()));
            return new Match(byId, catalog.storedId(byId.id()).orElse(null), asked, "id", "id");
        }
        List<PlaceEntry> exact = exact(asked, kinds, countryCode);
        if (exact.isEmpty()) {
            exact = exact(asked.replaceFirst("(?i)^the\\s+", ""), kinds, countryCode);
        }
        if (!exact.isEmpty()) {
            return choose(asked, exact, "alias", what);
        }
        List<PlaceEntry> misspelt = misspelt(asked, kinds, countryCode);
        if (misspelt.isEmpty()) {
            throw new PlaceNotFound(asked);
        }
        return choose(asked, misspelt, "fuzzy", what); // several as near: as for a shared name
    }

    /** Thrown when no place of the kinds has the name or a close spelling; the caller words the 404. */
    public static final class PlaceNotFound extends RuntimeException {
        PlaceNotFound(String name) {
            super(name, null, false, false);
        }
    }

    /** Like {@link #resolve}, but empty instead of a 404 (a 409 still when the name is ambiguous). */
    public Optional<Match> find(String name, Set<PlaceKind> kinds, String countryCode) {
        try {
            return Optional.of(resolve(name, kinds, countryCode, "place"));
        } catch (PlaceNotFound e) {
            return Optional.empty();
        }
    }

    /** The country with this name, alias or ISO code. */
    public Optional<CountryEntry> country(String name) {
        return name == null ? Optional.empty() : gazetteer.country(name.strip().replaceFirst("(?i)^the\\s+", ""));
    }

    /** The names of the places of these kinds closest in spelling to the name: the store's first, then the world's. */
    public List<String> closest(String name, Set<PlaceKind> kinds, int limit) {
        String key = Gazetteer.key(name);
        Set<String> names = new LinkedHashSet<>();
        if (!key.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<String> stored = em.createNativeQuery("""
                    SELECT p.name FROM place_alias a JOIN place p ON p.id = a.place_id
                    WHERE p.kind IN (:kinds) AND similarity(a.normalized, :key) > 0.2
                    ORDER BY similarity(a.normalized, :key) DESC, p.population DESC, p.name""")
                    .setParameter("key", key).setParameter("kinds", kinds.stream().map(Enum::name).toList())
                    .setMaxResults(limit * 4).getResultList();
            stored.forEach(names::add);
            for (Map.Entry<PlaceEntry, Integer> e : gazetteer.closeTo(key, Math.max(2, key.length() / 3))) {
                if (kinds.contains(e.getKey().kind())) {
                    names.add(e.getKey().name());
                }
                if (names.size() >= limit * 2) {
                    break;
                }
            }
        }
        return new ArrayList<>(names).subList(0, Math.min(limit, names.size()));
    }

    /**
     * The typing slips a name of this length may carry and still be taken for it: none in a short
     * name (one slip makes another word), one up to eight letters, two beyond.
     */
    /**
     * A misspelling is read as a city of this many people or more, a ranked one, or one the store
     * knows: among the world's small towns nearly any made-up name is a slip of some name.
     */
    static final long MISSPELT_CITY_POPULATION = 100_000;

    public static int allowedEdits(String key) {
        return key.length() <= 4 ? 0 : key.length() <= 8 ? 1 : 2;
    }

    private List<PlaceEntry> exact(String name, Set<PlaceKind> kinds, String countryCode) {
        String key = Gazetteer.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        return gazetteer.lookup(key).map(e -> {
            List<PlaceEntry> places = new ArrayList<>(e.places().stream().filter(p -> kinds.contains(p.kind())).toList());
            if (kinds.contains(PlaceKind.COUNTRY)) {
                e.countries().forEach(c -> places.add(gazetteer.asPlace(c)));
            }
            return places.stream().filter(p -> countryCode == null || countryCode.equals(p.countryCode())).toList();
        }).orElse(List.of());
    }

    /** The places whose spelling is the nearest within the allowed slips; several when they tie. */
    private List<PlaceEntry> misspelt(String name, Set<PlaceKind> kinds, String countryCode) {
        String key = Gazetteer.key(name);
        if (allowedEdits(key) == 0) {
            return List.of();
        }
        List<PlaceEntry> nearest = new ArrayList<>();
        int best = Integer.MAX_VALUE;
        for (Map.Entry<PlaceEntry, Integer> e : gazetteer.closeTo(key, allowedEdits(key))) {
            PlaceEntry p = e.getKey();
            if (!kinds.contains(p.kind()) || countryCode != null && !countryCode.equals(p.countryCode())) {
                continue;
            }
            if (p.kind() == PlaceKind.CITY && p.population() < MISSPELT_CITY_POPULATION && p.rank() == null
                    && catalog.storedId(p.id()).isEmpty()) {
                continue; // "Gotham" is no slip for Gotha: a slip is taken for a city of note or one the store knows
            }
            if (e.getValue() < best) {
                nearest.clear();
                best = e.getValue();
            }
            if (e.getValue() == best) {
                nearest.add(p);
            }
        }
        // a city and the division named after it are one answer to a misspelling
        if (nearest.size() > 1 && nearest.stream().filter(p -> p.kind() != PlaceKind.PROVINCE).count() == 1) {
            return nearest.stream().filter(p -> p.kind() != PlaceKind.PROVINCE).toList();
        }
        return nearest;
    }

    /** Of several places of one name: the one with claims, else a dominant one, else a 409. */
    private Match choose(String asked, List<PlaceEntry> places, String matchedBy, String what) {
        if (places.size() == 1) {
            PlaceEntry p = places.get(0);
            return new Match(p, catalog.storedId(p.id()).orElse(null), asked, matchedBy, "only");
        }
        Map<String, Long> stored = catalog.storedIds(places);
        List<PlaceEntry> claimed = stored.isEmpty() ? List.of() : withClaims(places, stored);
        if (claimed.size() == 1) {
            PlaceEntry p = claimed.get(0);
            return new Match(p, stored.get(p.id()), asked, matchedBy, "store");
        }
        List<PlaceEntry> pool = claimed.isEmpty() ? places : claimed;
        List<PlaceEntry> byPopulation = pool.stream().sorted(Comparator.comparingLong(PlaceEntry::population).reversed())
                .toList();
        if (byPopulation.get(0).population() >= DOMINANT * Math.max(1, byPopulation.get(1).population())) {
            PlaceEntry p = byPopulation.get(0);
            return new Match(p, stored.get(p.id()), asked, matchedBy, "population");
        }
        List<Problem.Candidate> candidates = byPopulation.stream().limit(MAX_CANDIDATES)
                .map(p -> new Problem.Candidate(p.id(), p.name(), p.province(), p.country())).toList();
        throw ProblemException.ambiguous("'" + asked + "' names " + pool.size() + " " + plural(what)
                + (claimed.isEmpty() ? "" : " the store has claims about") + "; choose one with ?country= "
                + "(a name or ISO code) or by its id, e.g. /cities/" + candidates.get(0).id() + "/status", candidates);
    }

    private List<PlaceEntry> withClaims(List<PlaceEntry> places, Map<String, Long> stored) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT DISTINCT p.id FROM place p
                WHERE p.id IN (:ids) AND EXISTS (SELECT 1 FROM claim c JOIN place q ON q.id = c.place_id
                                                 WHERE q.id = p.id OR q.parent_id = p.id)""")
                .setParameter("ids", stored.values()).getResultList();
        Set<Long> withClaims = new java.util.HashSet<>();
        ids.forEach(n -> withClaims.add(n.longValue()));
        return places.stream().filter(p -> stored.containsKey(p.id()) && withClaims.contains(stored.get(p.id())))
                .toList();
    }

    private static String plural(String what) {
        return what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
    }

    /** The ISO code of a country given by name, alias or code; a 400 naming the parameter when unknown. */
    public String countryCode(String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return country(name).map(CountryEntry::code).orElseThrow(() -> ProblemException.unknownValue(field,
                "no country named '" + name + "' is known", closestCountries(name)));
    }

    private List<String> closestCountries(String name) {
        String key = Gazetteer.key(name);
        return gazetteer.countries().stream()
                .sorted(Comparator.comparingInt(c -> new org.apache.commons.text.similarity.LevenshteinDistance()
                        .apply(key, Gazetteer.key(c.name()))))
                .limit(5).map(CountryEntry::name).toList();
    }

    /** A name in lower case, for messages. */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
