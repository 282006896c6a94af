package org.factquery.extraction.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.DataFiles;
import org.factquery.extraction.TextNormalizer;

/**
 * The places and countries of the world, from the data files under {@code gazetteer/}:
 * <ul>
 * <li>{@code world-places.tsv.gz}: every populated place of 500 inhabitants or more (GeoNames
 * {@code cities500}) with its Latin-script names, country, first-level division, coordinates and
 * population; its GeoNames id is its stable id ({@code geonames:<id>});</li>
 * <li>{@code world-divisions.tsv}: the first-level divisions of every country (provinces, states,
 * oblasts, governorates) with their names and capitals;</li>
 * <li>{@code world-countries.tsv}: every country with its names, demonyms and capital, and
 * {@code countries.tsv} and {@code country-metonyms.tsv}: the other names news uses for them
 * (abbreviations, "Britain", "the Kremlin");</li>
 * <li>overlays such as {@code afghanistan.tsv}: news spellings, population ranks and capitals of
 * one country's places, and its districts, facilities (airports, prisons, army bases) and regions,
 * which GeoNames' populated places do not have.</li>
 * </ul>
 * Names are compared by {@link NameKey}. Which of several places a name means is for the
 * document's context to decide ({@code PlaceResolver}); the gazetteer answers every candidate.
 */
public final class Gazetteer implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public static final String PLACES_FILE = "/gazetteer/world-places.tsv.gz";
    public static final String DIVISIONS_FILE = "/gazetteer/world-divisions.tsv";
    public static final String COUNTRIES_FILE = "/gazetteer/world-countries.tsv";
    public static final String COUNTRY_NAMES_FILE = "/gazetteer/countries.tsv";
    public static final String METONYMS_FILE = "/gazetteer/country-metonyms.tsv";
    /** The keys of place names that are also common English words ("split", "reading", "of"). */
    public static final String PLACE_WORDS_FILE = "/gazetteer/place-words.txt";
    public static final List<String> OVERLAY_FILES = List.of("/gazetteer/afghanistan.tsv",
            "/gazetteer/towns-in-the-news.tsv");

    /** How many of a country's most populous places have a rank ("the third-largest city"). */
    static final int RANKED = 10;

    private static final int TAG_SHIFT = 28;
    private static final int TAG_PLACE = 0;
    private static final int TAG_DIVISION = 1;
    private static final int TAG_COUNTRY_NAME = 2;
    private static final int TAG_COUNTRY_DEMONYM = 3;
    private static final int TAG_COUNTRY_METONYM = 4;
    private static final int TAG_OVERLAY = 5;
    private static final int INDEX_MASK = (1 << TAG_SHIFT) - 1;
    /** Set on a reference made by an all-capitals alias: a key all of whose references have it only matches capitals. */
    private static final int ACRONYM = 1 << 31;

    /** What a key names: places (most populous first) and countries (with how the word refers to each). */
    public record Entries(List<PlaceEntry> places, List<CountryEntry> countries, List<CountryEntry.Via> vias,
            boolean acronymOnly) {
    }

    /** A first-level division of a country. */
    private record Division(int country, String admin1, Integer geonameId, String name, List<String> aliases,
            Integer capitalGeonameId) implements java.io.Serializable {
    }

    /** What an overlay says about a world place: its news name, rank, role, division name and spellings. */
    private record Overlay(String name, Integer rank, String role, String province, List<String> aliases)
            implements java.io.Serializable {
    }

    private final List<CountryEntry> countries;
    private final Map<String, Integer> countryByCode = new HashMap<>();
    private final List<Division> divisions;
    private final Map<String, Integer> divisionByCode = new HashMap<>();
    private final Map<Integer, String> divisionDisplayNames = new HashMap<>();
    private final WorldPlaces world;
    private final List<PlaceEntry> overlayEntries;
    private final Map<Integer, Overlay> overlays;
    private final Map<Integer, Integer> ranks;
    /** "<country>|<key>" to the place an overlay gives that spelling in that country. */
    private final Map<String, String> overlayChoices;
    private final KeyIndex index;
    private final Set<String> placeWords;
    private final int longestAliasWords;

    private Gazetteer(Builder b) {
        this.countries = b.countries;
        this.countryByCode.putAll(b.countryByCode);
        this.divisions = b.divisions;
        this.divisionByCode.putAll(b.divisionByCode);
        this.divisionDisplayNames.putAll(b.divisionDisplayNames);
        this.world = b.world;
        this.overlayEntries = List.copyOf(b.overlayEntries);
        this.overlays = Map.copyOf(b.overlays);
        this.ranks = Map.copyOf(b.ranks);
        this.overlayChoices = Map.copyOf(b.overlayChoices);
        this.index = b.index.build();
        this.placeWords = Set.copyOf(DataFiles.lines(PLACE_WORDS_FILE));
        this.longestAliasWords = b.longestAliasWords;
    }

    /** The gazetteer of the data files on the classpath. */
    public static Gazetteer load() {
        return GazetteerSnapshot.read().orElseGet(Gazetteer::build);
    }

    /** The gazetteer built from the data files themselves (what a snapshot holds ready-made). */
    static Gazetteer build() {
        return new Builder().load().buildGazetteer();
    }

    /** Every data file the gazetteer is built from, for a snapshot to tell whether it is of these files. */
    static List<String> sourceFiles() {
        List<String> files = new ArrayList<>(List.of(PLACES_FILE, DIVISIONS_FILE, COUNTRIES_FILE, COUNTRY_NAMES_FILE,
                METONYMS_FILE, PLACE_WORDS_FILE));
        files.addAll(OVERLAY_FILES);
        return files;
    }

    /** The comparison key of a name ({@link NameKey#of}). */
    public static String key(String name) {
        return NameKey.of(name);
    }

    /** Joins already-folded words into a key ({@link NameKey#join}). */
    public static String joinWords(List<String> words) {
        return NameKey.join(words);
    }

    /** Every place and country a key names; empty when it names none. */
    public Optional<Entries> lookup(String key) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int[] refs = index.lookup(key);
        if (refs.length == 0) {
            return Optional.empty();
        }
        List<PlaceEntry> places = new ArrayList<>();
        List<CountryEntry> named = new ArrayList<>();
        List<CountryEntry.Via> vias = new ArrayList<>();
        boolean acronymOnly = true;
        for (int flagged : refs) {
            acronymOnly &= (flagged & ACRONYM) != 0;
            int ref = flagged & ~ACRONYM;
            int tag = ref >>> TAG_SHIFT;
            int i = ref & INDEX_MASK;
            switch (tag) {
                case TAG_PLACE -> places.add(worldPlace(i));
                case TAG_DIVISION -> places.add(division(i));
                case TAG_OVERLAY -> places.add(overlayEntries.get(i));
                default -> {
                    CountryEntry country = countries.get(i);
                    CountryEntry.Via via = tag == TAG_COUNTRY_NAME ? CountryEntry.Via.NAME
                            : tag == TAG_COUNTRY_DEMONYM ? CountryEntry.Via.DEMONYM : CountryEntry.Via.METONYM;
                    int at = named.indexOf(country);
                    if (at < 0) {
                        named.add(country);
                        vias.add(via);
                    } else if (via.ordinal() < vias.get(at).ordinal()) {
                        vias.set(at, via); // a name over a demonym over a metonym
                    }
                }
            }
        }
        places = overlaysChosen(dedupe(places), key);
        places.sort(Comparator.comparingLong(PlaceEntry::population).reversed());
        return Optional.of(new Entries(List.copyOf(places), List.copyOf(named), List.copyOf(vias), acronymOnly));
    }

    /** Of the places of one country a spelling names, the one an overlay gives it, when it does. */
    private List<PlaceEntry> overlaysChosen(List<PlaceEntry> places, String key) {
        if (places.size() < 2 || overlayChoices.isEmpty()) {
            return places;
        }
        List<PlaceEntry> kept = new ArrayList<>(places.size());
        for (PlaceEntry p : places) {
            String chosen = p.kind() == PlaceKind.CITY ? overlayChoices.get(p.countryCode() + "|" + key) : null;
            if (chosen == null || chosen.equals(p.id()) || places.stream().noneMatch(q -> q.id().equals(chosen))) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * The country a key names by its name or a demonym (not a metonym), without making the places
     * it also names: what the actor phrases ask of every capitalised word. {@code capitals}: the
     * words were written in capitals, so an acronym ("US") may match.
     */
    public Optional<CountryEntry> countryNamedBy(String key, boolean capitals) {
        if (key.isEmpty()) {
            return Optional.empty();
        }
        int[] refs = index.lookup(key);
        boolean acronymOnly = true;
        CountryEntry found = null;
        for (int flagged : refs) {
            acronymOnly &= (flagged & ACRONYM) != 0;
            int ref = flagged & ~ACRONYM;
            int tag = ref >>> TAG_SHIFT;
            if (found == null && (tag == TAG_COUNTRY_NAME || tag == TAG_COUNTRY_DEMONYM)) {
                found = countries.get(ref & INDEX_MASK);
            }
        }
        return found == null || acronymOnly && !capitals ? Optional.empty() : Optional.of(found);
    }

    /** Each entry once (a name and its acronym both point at it). */
    private static List<PlaceEntry> dedupe(List<PlaceEntry> places) {
        List<PlaceEntry> distinct = new ArrayList<>(places.size());
        Set<String> ids = new HashSet<>();
        for (PlaceEntry p : places) {
            if (ids.add(p.id())) {
                distinct.add(p);
            }
        }
        return distinct;
    }

    /** A name a misspelling may be of, with its key and its entry's reference. */
    private record SpellingTarget(String key, String name, int ref) {
    }

    /** The places of this many people or more are the ones a misspelt name is looked for among. */
    static final int SPELLING_POPULATION = 15_000;

    private transient volatile List<SpellingTarget> spellingTargets;

    /**
     * The places whose name or spelling is within {@code maxEdits} of the key (a misspelling),
     * each with its distance, nearest first: among the places of {@value #SPELLING_POPULATION}
     * people or more, the divisions and the overlays' places (a list of a few tens of thousands,
     * scanned with a bounded edit distance).
     */
    public List<Map.Entry<PlaceEntry, Integer>> closeTo(String key, int maxEdits) {
        if (key.isEmpty()) {
            return List.of();
        }
        org.apache.commons.text.similarity.LevenshteinDistance distance =
                new org.apache.commons.text.similarity.LevenshteinDistance(maxEdits);
        Map<String, Map.Entry<PlaceEntry, Integer>> best = new LinkedHashMap<>();
        for (SpellingTarget t : spellingTargets()) {
            if (Math.abs(t.key().length() - key.length()) > maxEdits) {
                continue;
            }
            int d = distance.apply(key, t.key());
            if (d < 0) {
                continue;
            }
            PlaceEntry entry = entryOf(t.ref());
            Map.Entry<PlaceEntry, Integer> known = best.get(entry.id());
            if (known == null || d < known.getValue()) {
                best.put(entry.id(), Map.entry(entry, d));
            }
        }
        List<Map.Entry<PlaceEntry, Integer>> found = new ArrayList<>(best.values());
        found.sort(Comparator.<Map.Entry<PlaceEntry, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().population()));
        return found;
    }

    private List<SpellingTarget> spellingTargets() {
        List<SpellingTarget> targets = spellingTargets;
        if (targets == null) {
            targets = new ArrayList<>();
            for (int i = 0; i < world.size(); i++) {
                if (world.population(i) >= SPELLING_POPULATION || overlays.containsKey(i)) {
                    PlaceEntry p = worldPlace(i);
                    for (String n : concat(p.name(), p.aliases())) {
                        targets.add(new SpellingTarget(NameKey.of(n), n, TAG_PLACE << TAG_SHIFT | i));
                    }
                }
            }
            for (int d = 0; d < divisions.size(); d++) {
                for (String n : concat(divisionName(d), divisions.get(d).aliases())) {
                    targets.add(new SpellingTarget(NameKey.of(n), n, TAG_DIVISION << TAG_SHIFT | d));
                }
            }
            for (int o = 0; o < overlayEntries.size(); o++) {
                for (String n : concat(overlayEntries.get(o).name(), overlayEntries.get(o).aliases())) {
                    targets.add(new SpellingTarget(NameKey.of(n), n, TAG_OVERLAY << TAG_SHIFT | o));
                }
            }
            spellingTargets = targets = List.copyOf(targets);
        }
        return targets;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private PlaceEntry entryOf(int ref) {
        int i = ref & INDEX_MASK;
        return switch (ref >>> TAG_SHIFT) {
            case TAG_PLACE -> worldPlace(i);
            case TAG_DIVISION -> division(i);
            default -> overlayEntries.get(i);
        };
    }

    /** The most words any name or alias has; bounds the matcher's look-ahead. */
    public int longestAliasWords() {
        return longestAliasWords;
    }

    /**
     * Whether a key is both a place's name and a common English word ("split", "of", "police"):
     * such a word names a place only where the text uses it as one.
     */
    public boolean isPlaceWord(String key) {
        return placeWords.contains(key);
    }

    /** How many names the index holds (for the start-up log). */
    public int names() {
        return index.keys();
    }

    /** How many populated places the gazetteer holds. */
    public int populatedPlaces() {
        return world.size();
    }

    public List<CountryEntry> countries() {
        return countries;
    }

    /** The districts, facilities and regions of the overlays, which GeoNames' populated places lack. */
    public List<PlaceEntry> overlayPlaces() {
        return overlayEntries;
    }

    /** The place with a stable id ({@code geonames:<id>}, {@code division:<CC>.<code>}, {@code country:<CC>}, overlay ids). */
    public Optional<PlaceEntry> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        if (id.startsWith("geonames:")) {
            int geonameId;
            try {
                geonameId = Integer.parseInt(id.substring("geonames:".length()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
            int i = world.indexOf(geonameId);
            if (i >= 0) {
                return Optional.of(worldPlace(i));
            }
            for (int d = 0; d < divisions.size(); d++) {
                if (Integer.valueOf(geonameId).equals(divisions.get(d).geonameId())) {
                    return Optional.of(division(d));
                }
            }
            return Optional.empty();
        }
        if (id.startsWith("division:")) {
            Integer d = divisionByCode.get(id.substring("division:".length()));
            return d == null ? Optional.empty() : Optional.of(division(d));
        }
        if (id.startsWith("country:")) {
            Integer c = countryByCode.get(id.substring("country:".length()).toUpperCase(Locale.ROOT));
            return c == null ? Optional.empty() : Optional.of(asPlace(countries.get(c)));
        }
        return overlayEntries.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The place of this kind with this name or alias, the most populous when several. */
    public Optional<PlaceEntry> place(PlaceKind kind, String name) {
        return lookup(key(name)).flatMap(e -> e.places().stream().filter(p -> p.kind() == kind).findFirst());
    }

    /** The city of this population rank in a country (1 = the largest). */
    public Optional<PlaceEntry> cityOfRank(String countryCode, int rank) {
        for (Map.Entry<Integer, Integer> e : ranks.entrySet()) {
            if (e.getValue() == rank && countryCodeOf(e.getKey()).equals(countryCode)) {
                return Optional.of(worldPlace(e.getKey()));
            }
        }
        return Optional.empty();
    }

    /** The capital city of a first-level division. */
    public Optional<PlaceEntry> capitalOf(PlaceEntry division) {
        if (division.kind() != PlaceKind.PROVINCE) {
            return Optional.empty();
        }
        Integer d = divisionIndex(division);
        if (d == null || divisions.get(d).capitalGeonameId() == null) {
            return Optional.empty();
        }
        int i = world.indexOf(divisions.get(d).capitalGeonameId());
        return i < 0 ? Optional.empty() : Optional.of(worldPlace(i));
    }

    /** The capital city of a country. */
    public Optional<PlaceEntry> nationalCapital(String countryCode) {
        Integer c = countryByCode.get(countryCode);
        if (c == null || countries.get(c).capitalGeonameId() == null) {
            return Optional.empty();
        }
        int i = world.indexOf(countries.get(c).capitalGeonameId());
        return i < 0 ? Optional.empty() : Optional.of(worldPlace(i));
    }

    /** The city a facility or district belongs to. */
    public Optional<PlaceEntry> parentOf(PlaceEntry place) {
        if (place.parent() == null) {
            return Optional.empty();
        }
        return lookup(key(place.parent())).flatMap(e -> e.places().stream()
                .filter(p -> p.kind() == PlaceKind.CITY && java.util.Objects.equals(p.countryCode(), place.countryCode()))
                .findFirst());
    }

    /** The country with this name, alias or ISO code. */
    public Optional<CountryEntry> country(String nameOrCode) {
        if (nameOrCode == null) {
            return Optional.empty();
        }
        Integer byCode = countryByCode.get(nameOrCode.strip().toUpperCase(Locale.ROOT));
        if (byCode != null && nameOrCode.strip().length() == 2) {
            return Optional.of(countries.get(byCode));
        }
        return lookup(key(nameOrCode)).flatMap(e -> {
            for (int k = 0; k < e.countries().size(); k++) {
                if (e.vias().get(k) == CountryEntry.Via.NAME) {
                    return Optional.of(e.countries().get(k));
                }
            }
            return Optional.empty();
        });
    }

    public Optional<CountryEntry> countryOfCode(String code) {
        Integer c = code == null ? null : countryByCode.get(code);
        return c == null ? Optional.empty() : Optional.of(countries.get(c));
    }

    /** A country as a place entry, for claims whose place is a whole country. */
    public PlaceEntry asPlace(CountryEntry country) {
        return new PlaceEntry("country:" + country.code(), PlaceKind.COUNTRY, country.name(), null, country.name(),
                country.code(), null, null, null, null, null, 0, country.aliases());
    }

    // --- entries ------------------------------------------------------------------------

    private PlaceEntry worldPlace(int i) {
        int c = world.country(i);
        String code = countryCodeOf(i);
        String countryName = c < 0 ? null : countries.get(c).name();
        Integer d = world.admin1(i) == null ? null : divisionByCode.get(code + "." + world.admin1(i));
        Overlay overlay = overlays.get(i);
        String province = overlay != null && overlay.province() != null ? overlay.province()
                : d == null ? null : divisionName(d);
        String role = overlay != null && overlay.role() != null ? overlay.role() : switch (world.role(i)) {
            case NATIONAL_CAPITAL -> "national-capital";
            case DIVISION_SEAT -> "capital";
            default -> null;
        };
        Integer rank = overlay != null && overlay.rank() != null ? overlay.rank() : ranks.get(i);
        return new PlaceEntry("geonames:" + world.geonameId(i), PlaceKind.CITY,
                overlay != null ? overlay.name() : world.name(i), province, countryName, code, null,
                world.latitude(i), world.longitude(i), rank, role, world.population(i),
                overlay != null ? overlay.aliases() : List.of());
    }

    private PlaceEntry division(int d) {
        Division division = divisions.get(d);
        CountryEntry country = countries.get(division.country());
        String id = division.geonameId() != null ? "geonames:" + division.geonameId()
                : "division:" + country.code() + "." + division.admin1();
        String name = divisionName(d);
        return new PlaceEntry(id, PlaceKind.PROVINCE, name, name, country.name(), country.code(), null, null, null,
                null, null, 0, division.aliases());
    }

    private String divisionName(int d) {
        return divisionDisplayNames.getOrDefault(d, divisions.get(d).name());
    }

    private Integer divisionIndex(PlaceEntry division) {
        for (int d = 0; d < divisions.size(); d++) {
            Division candidate = divisions.get(d);
            String id = candidate.geonameId() != null ? "geonames:" + candidate.geonameId()
                    : "division:" + countries.get(candidate.country()).code() + "." + candidate.admin1();
            if (id.equals(division.id())) {
                return d;
            }
        }
        return null;
    }

    private String countryCodeOf(int worldIndex) {
        int c = world.country(worldIndex);
        return c < 0 ? "" : countries.get(c).code();
    }

    /** Two to five letters, all capitals ("US", "U.K.", "DRC"): such an alias only matches capitals. */
    static boolean isAcronym(String alias) {
        return TextNormalizer.isAcronym(alias, 5);
    }

    /** The words of a name as a run of tokens would hold them: separated by spaces or hyphens. */
    private static int words(String alias) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < alias.length(); i++) {
            boolean separator = Character.isWhitespace(alias.charAt(i)) || alias.charAt(i) == '-';
            if (!separator && !inWord) {
                words++;
            }
            inWord = !separator;
        }
        return words;
    }

    // --- loading -------------------------------------------------------------------------

    /** Reads the files in order: countries, divisions, places, then the overlays on them. */
    private static final class Builder {
        private final List<CountryEntry> countries = new ArrayList<>();
        private final Map<String, Integer> countryByCode = new HashMap<>();
        private final List<Division> divisions = new ArrayList<>();
        private final Map<String, Integer> divisionByCode = new HashMap<>();
        private final Map<Integer, String> divisionDisplayNames = new HashMap<>();
        private final List<PlaceEntry> overlayEntries = new ArrayList<>();
        private final Map<Integer, Overlay> overlays = new HashMap<>();
        private final Map<Integer, Integer> ranks = new HashMap<>();
        private final Map<String, String> overlayChoices = new HashMap<>();
        private final KeyIndex.Builder index = new KeyIndex.Builder();
        private WorldPlaces world;
        private int longestAliasWords = 1;
        private int rankedCountry = -1;

        Builder load() {
            loadCountries();
            loadDivisions();
            world = WorldPlaces.read(PLACES_FILE, code -> countryByCode.getOrDefault(code, -1),
                    (name, i) -> name(name, TAG_PLACE, i));
            rankCities();
            KeyIndex beforeOverlays = index.build(); // to find the world places the overlays name
            for (String overlay : OVERLAY_FILES) {
                loadOverlay(overlay, beforeOverlays);
            }
            return this;
        }

        Gazetteer buildGazetteer() {
            return new Gazetteer(this);
        }

        private void name(String name, int tag, int i) {
            String key = NameKey.of(name);
            if (key.isEmpty()) {
                return;
            }
            // an all-capitals alias ("US", "UK") only matches capitals, never the word "us"
            index.add(key, tag << TAG_SHIFT | i | (isAcronym(name) ? ACRONYM : 0));
            int words = words(name);
            if (words > longestAliasWords && words <= 8) {
                longestAliasWords = words;
            }
        }

        private void loadCountries() {
            Map<String, List<String>> extraAliases = new HashMap<>();
            Map<String, List<String>> extraDemonyms = new HashMap<>();
            Map<String, List<String>> extraMetonyms = new HashMap<>();
            List<String[]> rows = DataFiles.rows(COUNTRIES_FILE, 10);
            List<String[]> names = DataFiles.rows(COUNTRY_NAMES_FILE, 4);
            List<String[]> metonyms = DataFiles.rows(METONYMS_FILE, 3);
            // the extra names are keyed by any of the country's names, so they find their country
            Map<String, String> codeByKey = new HashMap<>();
            for (String[] row : rows) {
                for (String name : concat(List.of(row[2], row[3]), DataFiles.values(row[4]))) {
                    codeByKey.putIfAbsent(NameKey.of(name), row[0]);
                }
            }
            for (String[] row : names) {
                String code = codeOf(codeByKey, row[0], DataFiles.values(row[1]));
                extraAliases.computeIfAbsent(code, k -> new ArrayList<>()).add(row[0]);
                extraAliases.get(code).addAll(DataFiles.values(row[1]));
                extraDemonyms.computeIfAbsent(code, k -> new ArrayList<>()).addAll(DataFiles.values(row[2]));
                extraMetonyms.computeIfAbsent(code, k -> new ArrayList<>()).addAll(DataFiles.values(row[3]));
            }
            for (String[] row : metonyms) {
                String code = codeOf(codeByKey, row[0], List.of());
                extraMetonyms.computeIfAbsent(code, k -> new ArrayList<>()).addAll(DataFiles.values(row[1]));
            }
            for (String[] row : rows) {
                String code = row[0];
                List<String> aliases = distinct(concat(List.of(row[3]), DataFiles.values(row[4]),
                        extraAliases.getOrDefault(code, List.of())), row[2]);
                List<String> demonyms = distinct(concat(demonyms(row[5]), extraDemonyms.getOrDefault(code, List.of())),
                        null);
                // the capital stands for the government too ("Kyiv said"), when a verb of stance follows it
                List<String> metonymList = distinct(concat(row[6].isEmpty() ? List.of() : List.of(row[6]),
                        extraMetonyms.getOrDefault(code, List.of())), null);
                Integer capital = row[7].isEmpty() ? null : Integer.valueOf(row[7]);
                CountryEntry country = new CountryEntry(code, row[1], row[2], aliases, demonyms, metonymList,
                        row[6].isEmpty() ? null : row[6], capital);
                int c = countries.size();
                countries.add(country);
                countryByCode.put(code, c);
                name(country.name(), TAG_COUNTRY_NAME, c);
                aliases.forEach(a -> name(a, TAG_COUNTRY_NAME, c));
                demonyms.forEach(d -> name(d, TAG_COUNTRY_DEMONYM, c));
                metonymList.forEach(m -> name(m, TAG_COUNTRY_METONYM, c));
            }
        }

        private static String codeOf(Map<String, String> codeByKey, String name, List<String> aliases) {
            for (String n : concat(List.of(name), aliases)) {
                String code = codeByKey.get(NameKey.of(n));
                if (code != null) {
                    return code;
                }
            }
            throw new IllegalStateException("no country in " + COUNTRIES_FILE + " is named '" + name + "'");
        }

        /** "Afghan|Afghans", and "Antiguan, Barbudan" as its two words. */
        private static List<String> demonyms(String cell) {
            List<String> out = new ArrayList<>();
            for (String d : DataFiles.values(cell)) {
                for (String part : d.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.strip());
                    }
                }
            }
            return out;
        }

        private void loadDivisions() {
            for (String[] row : DataFiles.rows(DIVISIONS_FILE, 6)) {
                Integer c = countryByCode.get(row[0]);
                if (c == null) {
                    continue;
                }
                Division division = new Division(c, row[1], row[2].isEmpty() ? null : Integer.valueOf(row[2]), row[3],
                        DataFiles.values(row[4]), row[5].isEmpty() ? null : Integer.valueOf(row[5]));
                int d = divisions.size();
                divisions.add(division);
                divisionByCode.put(row[0] + "." + row[1], d);
                name(division.name(), TAG_DIVISION, d);
                division.aliases().forEach(a -> name(a, TAG_DIVISION, d));
            }
        }

        /** The most populous places of each country, ranked (sections and places of the past left out). */
        private void rankCities() {
            Map<Integer, List<Integer>> byCountry = new HashMap<>();
            for (int i = 0; i < world.size(); i++) {
                if (world.country(i) >= 0 && world.population(i) > 0 && world.role(i).isSettlement()) {
                    byCountry.computeIfAbsent(world.country(i), k -> new ArrayList<>()).add(i);
                }
            }
            for (List<Integer> places : byCountry.values()) {
                places.sort(Comparator.comparingInt(world::population).reversed());
                for (int r = 0; r < Math.min(RANKED, places.size()); r++) {
                    ranks.put(places.get(r), r + 1);
                }
            }
        }

        /**
         * An overlay's rows: kind, name, province, parent, latitude, longitude, rank, role, aliases.
         * A PROVINCE row names a division of the country (its spellings are added, its name becomes
         * the division's display name); a CITY row names a world place (the nearest of that name in
         * the country); other rows are places of their own.
         */
        private void loadOverlay(String resource, KeyIndex worldIndex) {
            String fileCountry = overlayCountry(resource);
            Map<Integer, Integer> rankOverrides = new LinkedHashMap<>();
            for (String[] row : DataFiles.rows(resource, 10)) {
                String code = row[9].isEmpty() ? fileCountry : row[9];
                Integer c = code == null ? null : countryByCode.get(code);
                if (c == null) {
                    throw new IllegalStateException(resource + ": no country for " + row[1]);
                }
                CountryEntry country = countries.get(c);
                PlaceKind kind = PlaceKind.valueOf(row[0]);
                List<String> aliases = DataFiles.values(row[8]);
                Double lat = row[4].isEmpty() ? null : Double.valueOf(row[4]);
                Double lon = row[5].isEmpty() ? null : Double.valueOf(row[5]);
                switch (kind) {
                    case PROVINCE -> {
                        int d = divisionNamed(code, row[1], aliases);
                        divisionDisplayNames.put(d, row[1]);
                        name(row[1], TAG_DIVISION, d);
                        aliases.forEach(a -> name(a, TAG_DIVISION, d));
                    }
                    case CITY -> {
                        int i = nearestNamed(worldIndex, c, row[1], aliases, lat, lon);
                        if (i < 0) {
                            // a town GeoNames' populated places lack: a place of the overlay's own
                            overlayEntry(kind, row, aliases, lat, lon, country);
                            continue;
                        }
                        Integer rank = row[6].isEmpty() ? null : Integer.valueOf(row[6]);
                        String role = row[7].isEmpty() ? null : row[7];
                        List<String> spellings = concat(List.of(world.name(i)), aliases);
                        overlays.put(i, new Overlay(row[1], rank, role, emptyToNull(row[2]), spellings));
                        if (rank != null) {
                            rankOverrides.put(i, rank);
                            rankedCountry = c;
                        }
                        name(row[1], TAG_PLACE, i);
                        aliases.forEach(a -> name(a, TAG_PLACE, i));
                        // the overlay's spellings name this place, not another of its country that
                        // GeoNames gives the same alternate name ("Sharan": Sharana, not Zarah Sharan)
                        String id = "geonames:" + world.geonameId(i);
                        concat(List.of(row[1]), aliases).forEach(a -> overlayChoices.put(code + "|" + NameKey.of(a), id));
                    }
                    default -> overlayEntry(kind, row, aliases, lat, lon, country);
                }
            }
            if (!rankOverrides.isEmpty()) {
                // the overlay's ranks replace the country's computed ones
                int ranked = rankedCountry;
                ranks.keySet().removeIf(i -> world.country(i) == ranked);
                ranks.putAll(rankOverrides);
            }
        }

        private void overlayEntry(PlaceKind kind, String[] row, List<String> aliases, Double lat, Double lon,
                CountryEntry country) {
            String id = "overlay:" + country.code().toLowerCase(Locale.ROOT) + ":" + kind.name().toLowerCase(Locale.ROOT)
                    + ":" + NameKey.of(row[1]);
            int o = overlayEntries.size();
            Integer rank = row[6].isEmpty() ? null : Integer.valueOf(row[6]);
            overlayEntries.add(new PlaceEntry(id, kind, row[1], emptyToNull(row[2]), country.name(), country.code(),
                    emptyToNull(row[3]), lat, lon, rank, emptyToNull(row[7]), 0, aliases));
            name(row[1], TAG_OVERLAY, o);
            aliases.forEach(a -> name(a, TAG_OVERLAY, o));
        }

        /** The overlay's country: the file's "# country: XX" line, or null when each row names its own. */
        private static String overlayCountry(String resource) {
            try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(DataFiles.open(resource),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("# country:")) {
                        return line.substring("# country:".length()).strip();
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        }

        private int divisionNamed(String code, String name, List<String> aliases) {
            Set<String> keys = new HashSet<>();
            concat(List.of(name), aliases).forEach(n -> keys.add(NameKey.of(n)));
            for (int d = 0; d < divisions.size(); d++) {
                Division division = divisions.get(d);
                if (!countries.get(division.country()).code().equals(code)) {
                    continue;
                }
                for (String n : concat(List.of(division.name()), division.aliases())) {
                    if (keys.contains(NameKey.of(n))) {
                        return d;
                    }
                }
            }
            throw new IllegalStateException("overlay province '" + name + "' names no division of " + code);
        }

        /** The world place of the country with one of the names, nearest to the coordinates. */
        private int nearestNamed(KeyIndex worldIndex, int country, String name, List<String> aliases, Double lat,
                Double lon) {
            int best = -1;
            double bestDistance = Double.MAX_VALUE;
            for (String n : concat(List.of(name), aliases)) {
                for (int ref : worldIndex.lookup(NameKey.of(n))) {
                    int plain = ref & ~ACRONYM;
                    if (plain >>> TAG_SHIFT != TAG_PLACE) {
                        continue;
                    }
                    int i = plain & INDEX_MASK;
                    if (world.country(i) != country) {
                        continue;
                    }
                    double distance = lat == null ? -world.population(i)
                            : Math.hypot(world.latitude(i) - lat, world.longitude(i) - lon);
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = i;
                    }
                }
            }
            return lat != null && bestDistance > 0.5 ? -1 : best;
        }

        @SafeVarargs
        private static List<String> concat(List<String>... lists) {
            List<String> all = new ArrayList<>();
            for (List<String> list : lists) {
                for (String s : list) {
                    if (s != null && !s.isBlank()) {
                        all.add(s);
                    }
                }
            }
            return all;
        }

        /** The names in order, each key once, without the one equal to {@code except}. */
        private static List<String> distinct(List<String> names, String except) {
            Map<String, String> byKey = new LinkedHashMap<>();
            String exceptKey = except == null ? null : NameKey.of(except);
            for (String n : names) {
                String k = NameKey.of(n);
                if (!k.isEmpty() && !k.equals(exceptKey)) {
                    byKey.putIfAbsent(k, n);
                }
            }
            return List.copyOf(byKey.values());
        }

        private static String emptyToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }
}
