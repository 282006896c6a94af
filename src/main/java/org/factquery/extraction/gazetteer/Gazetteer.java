package org.factquery.extraction.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factquery.extraction.DataFiles;
import org.factquery.extraction.TextNormalizer;

/**
 * The places and countries the extraction knows, loaded from the data files
 * {@code gazetteer/afghanistan.tsv} and {@code gazetteer/countries.tsv}.
 *
 * <p>Names are compared by {@link #key(String)}: case, diacritics, apostrophes, hyphens versus
 * spaces and the Dari/Pashto i/e connector are ignored, so "Qala-I-Naw", "Qala-e-Naw" and
 * "Qala i Naw" are one place, as are "Lashkar Gah" and "Lashkargah".
 */
public final class Gazetteer {

    public static final String PLACES_FILE = "/gazetteer/afghanistan.tsv";
    public static final String COUNTRIES_FILE = "/gazetteer/countries.tsv";
    /** The country the place file describes: places without a country are in it. */
    public static final String HOME_COUNTRY = "Afghanistan";

    /** An alias (or name) with the entry it names. */
    public record Alias(String surface, String key, boolean acronym) {
    }

    /** What a key names: places and countries (with how the word refers to the country). */
    public record Entries(List<PlaceEntry> places, List<CountryEntry> countries, List<CountryEntry.Via> vias,
            boolean acronymOnly) {
    }

    private final List<PlaceEntry> places;
    private final List<CountryEntry> countries;
    private final Map<String, List<PlaceEntry>> placesByKey = new HashMap<>();
    private final Map<String, List<CountryEntry>> countriesByKey = new HashMap<>();
    private final Map<String, List<CountryEntry.Via>> viaByKey = new HashMap<>();
    private final Map<String, Boolean> acronymByKey = new HashMap<>();
    private final int longestAliasWords;

    public Gazetteer(List<PlaceEntry> places, List<CountryEntry> countries) {
        this.places = List.copyOf(places);
        this.countries = List.copyOf(countries);
        int longest = 1;
        for (PlaceEntry place : this.places) {
            for (String alias : names(place.name(), place.aliases())) {
                index(alias, placesByKey, place);
                longest = Math.max(longest, words(alias));
            }
        }
        for (CountryEntry country : this.countries) {
            longest = Math.max(longest, indexCountry(country, names(country.name(), country.aliases()),
                    CountryEntry.Via.NAME));
            longest = Math.max(longest, indexCountry(country, country.demonyms(), CountryEntry.Via.DEMONYM));
            longest = Math.max(longest, indexCountry(country, country.metonyms(), CountryEntry.Via.METONYM));
        }
        this.longestAliasWords = longest;
    }

    /** The gazetteer of the data files on the classpath. */
    public static Gazetteer load() {
        List<PlaceEntry> places = new ArrayList<>();
        for (String[] row : DataFiles.rows(PLACES_FILE, 9)) {
            places.add(new PlaceEntry(PlaceKind.valueOf(row[0]), row[1], emptyToNull(row[2]), HOME_COUNTRY,
                    emptyToNull(row[3]), number(row[4]), number(row[5]),
                    row[6].isEmpty() ? null : Integer.valueOf(row[6]), emptyToNull(row[7]), DataFiles.values(row[8])));
        }
        List<CountryEntry> countries = new ArrayList<>();
        for (String[] row : DataFiles.rows(COUNTRIES_FILE, 4)) {
            countries.add(new CountryEntry(row[0], DataFiles.values(row[1]), DataFiles.values(row[2]),
                    DataFiles.values(row[3])));
        }
        return new Gazetteer(places, countries);
    }

    /**
     * The comparison key of a name: lower case, no diacritics or apostrophes, words joined without
     * separators, and an inner "i"/"e"/"ye" connector read as "e".
     */
    public static String key(String name) {
        String folded = Normalizer.normalize(TextNormalizer.normalize(name), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace("'", "").toLowerCase(Locale.ROOT);
        String[] parts = folded.split("[^\\p{L}\\p{N}]+");
        List<String> words = new ArrayList<>();
        for (String part : parts) {
            if (!part.isEmpty()) {
                words.add(part);
            }
        }
        return joinWords(words);
    }

    /** Joins already-folded words into a key, reading a connector between two words as "e". */
    public static String joinWords(List<String> words) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean inner = i > 0 && i < words.size() - 1;
            key.append(inner && isConnector(word) ? "e" : word);
        }
        return key.toString();
    }

    private static boolean isConnector(String word) {
        return word.equals("i") || word.equals("e") || word.equals("ye") || word.equals("y");
    }

    public Optional<Entries> lookup(String key) {
        List<PlaceEntry> p = placesByKey.getOrDefault(key, List.of());
        List<CountryEntry> c = countriesByKey.getOrDefault(key, List.of());
        if (p.isEmpty() && c.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entries(p, c, viaByKey.getOrDefault(key, List.of()),
                acronymByKey.getOrDefault(key, false)));
    }

    /** The most words any name or alias has; bounds the matcher's look-ahead. */
    public int longestAliasWords() {
        return longestAliasWords;
    }

    public List<PlaceEntry> places() {
        return places;
    }

    public List<CountryEntry> countries() {
        return countries;
    }

    /** The place of this kind with this name or alias. */
    public Optional<PlaceEntry> place(PlaceKind kind, String name) {
        return placesByKey.getOrDefault(key(name), List.of()).stream().filter(p -> p.kind() == kind).findFirst();
    }

    /** The city with this population rank in the home country. */
    public Optional<PlaceEntry> cityOfRank(int rank) {
        return places.stream().filter(p -> p.kind() == PlaceKind.CITY && p.rank() != null && p.rank() == rank)
                .findFirst();
    }

    /** The capital city of a province. */
    public Optional<PlaceEntry> capitalOf(PlaceEntry province) {
        return places.stream().filter(p -> p.kind() == PlaceKind.CITY && p.isProvincialCapital()
                && province.name().equals(p.province())).findFirst();
    }

    public Optional<PlaceEntry> nationalCapital() {
        return places.stream().filter(PlaceEntry::isNationalCapital).findFirst();
    }

    /** The city a facility or district belongs to. */
    public Optional<PlaceEntry> parentOf(PlaceEntry place) {
        return place.parent() == null ? Optional.empty() : place(PlaceKind.CITY, place.parent());
    }

    public Optional<CountryEntry> country(String name) {
        return countriesByKey.getOrDefault(key(name), List.of()).stream().findFirst();
    }

    /** A country as a place entry, for claims whose place is a whole country. */
    public PlaceEntry asPlace(CountryEntry country) {
        return new PlaceEntry(PlaceKind.COUNTRY, country.name(), null, country.name(), null, null, null, null, null,
                country.aliases());
    }

    private int indexCountry(CountryEntry country, Collection<String> names, CountryEntry.Via via) {
        int longest = 1;
        for (String alias : names) {
            String key = index(alias, countriesByKey, country);
            viaByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(via);
            longest = Math.max(longest, words(alias));
        }
        return longest;
    }

    private <T> String index(String alias, Map<String, List<T>> byKey, T entry) {
        String key = key(alias);
        if (key.isEmpty()) {
            throw new IllegalStateException("gazetteer alias with no letters: '" + alias + "'");
        }
        List<T> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>());
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
        // an all-capitals alias ("US", "UK") only matches capitals, never the word "us"
        boolean acronym = isAcronym(alias);
        acronymByKey.merge(key, acronym, Boolean::logicalAnd);
        return key;
    }

    static boolean isAcronym(String alias) {
        String letters = alias.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 5 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static List<String> names(String name, List<String> aliases) {
        Map<String, Boolean> all = new LinkedHashMap<>();
        all.put(name, true);
        aliases.forEach(a -> all.put(a, true));
        return List.copyOf(all.keySet());
    }

    private static int words(String alias) {
        return alias.split("[\\s\\-]+").length;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static Double number(String s) {
        return s == null || s.isEmpty() ? null : Double.valueOf(s);
    }
}
