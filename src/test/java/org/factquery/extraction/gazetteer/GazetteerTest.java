package org.factquery.extraction.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Extractor;
import org.factquery.extraction.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Facts the gazetteer data files must hold, and how its names are found in text. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Extractor EXTRACTOR = new Extractor();

    // --- data-file facts -------------------------------------------------------------------

    @Test
    void thereAreExactly34Provinces() {
        assertThat(GAZETTEER.places().stream().filter(p -> p.kind() == PlaceKind.PROVINCE)).hasSize(34);
    }

    @Test
    void everyProvinceHasExactlyOneCapitalCity() {
        for (PlaceEntry province : provinces()) {
            List<PlaceEntry> capitals = GAZETTEER.places().stream()
                    .filter(p -> p.kind() == PlaceKind.CITY && p.isProvincialCapital()
                            && province.name().equals(p.province()))
                    .toList();
            assertThat(capitals).as("capitals of %s", province.name()).hasSize(1);
            assertThat(GAZETTEER.capitalOf(province)).contains(capitals.get(0));
        }
    }

    @Test
    void everyCapitalCityLiesInAKnownProvince() {
        List<String> provinceNames = provinces().stream().map(PlaceEntry::name).toList();
        GAZETTEER.places().stream().filter(p -> p.kind() == PlaceKind.CITY && p.isProvincialCapital())
                .forEach(city -> assertThat(provinceNames).as("province of %s", city.name()).contains(city.province()));
    }

    @Test
    void kabulIsTheNationalCapital() {
        assertThat(GAZETTEER.nationalCapital()).get()
                .satisfies(p -> {
                    assertThat(p.name()).isEqualTo("Kabul");
                    assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
                });
        assertThat(GAZETTEER.places().stream().filter(PlaceEntry::isNationalCapital)).hasSize(1);
    }

    @Test
    void ranksOneToThreeAreKabulKandaharHerat() {
        assertThat(GAZETTEER.cityOfRank(1)).get().extracting(PlaceEntry::name).isEqualTo("Kabul");
        assertThat(GAZETTEER.cityOfRank(2)).get().extracting(PlaceEntry::name).isEqualTo("Kandahar");
        assertThat(GAZETTEER.cityOfRank(3)).get().extracting(PlaceEntry::name).isEqualTo("Herat");
    }

    @Test
    void noTwoCitiesShareARank() {
        Map<Integer, List<String>> byRank = new HashMap<>();
        GAZETTEER.places().stream().filter(p -> p.kind() == PlaceKind.CITY && p.rank() != null)
                .forEach(p -> byRank.computeIfAbsent(p.rank(), r -> new ArrayList<>()).add(p.name()));
        byRank.forEach((rank, names) -> assertThat(names).as("cities of rank %d", rank).hasSize(1));
    }

    static Stream<Arguments> citySpellings() {
        return Stream.of(
                Arguments.of("Qala-i-Naw", "Qala-i-Naw"),
                Arguments.of("Qala-e-Naw", "Qala-i-Naw"),
                Arguments.of("Qala-I-Naw", "Qala-i-Naw"),
                Arguments.of("Qala i Naw", "Qala-i-Naw"),
                Arguments.of("Mazar-i-Sharif", "Mazar-i-Sharif"),
                Arguments.of("Mazar-e-Sharif", "Mazar-i-Sharif"),
                Arguments.of("Lashkar Gah", "Lashkar Gah"),
                Arguments.of("Lashkargah", "Lashkar Gah"),
                Arguments.of("Lashkar-Gah", "Lashkar Gah"),
                Arguments.of("Pul-e-Khumri", "Pul-e-Khumri"),
                Arguments.of("Pol-e Khomri", "Pul-e-Khumri"),
                Arguments.of("Feroz Koh", "Feroz Koh"),
                Arguments.of("Firozkoh", "Feroz Koh"),
                Arguments.of("Chaghcharan", "Feroz Koh"),
                Arguments.of("Tarinkot", "Tarinkot"),
                Arguments.of("Tirinkot", "Tarinkot"),
                Arguments.of("Kandahar", "Kandahar"),
                Arguments.of("Qandahar", "Kandahar"),
                Arguments.of("KANDAHAR", "Kandahar"),
                Arguments.of("kandahar", "Kandahar"));
    }

    @ParameterizedTest(name = "{0} is the city {1}")
    @MethodSource("citySpellings")
    void spellingVariantResolvesToTheRightCity(String spelling, String city) {
        assertThat(GAZETTEER.place(PlaceKind.CITY, spelling)).as(spelling).get()
                .extracting(PlaceEntry::name).isEqualTo(city);
        assertThat(GAZETTEER.lookup(Gazetteer.key(spelling))).get()
                .satisfies(e -> assertThat(e.places()).extracting(PlaceEntry::name).contains(city));
    }

    @Test
    void keyFoldsCaseHyphensSpacesAndTheConnector() {
        assertThat(Gazetteer.key("Qala-I-Naw"))
                .isEqualTo(Gazetteer.key("Qala e Naw"))
                .isEqualTo(Gazetteer.key("qala-e-naw"));
        assertThat(Gazetteer.key("Lashkar Gah")).isEqualTo(Gazetteer.key("Lashkargah"));
        assertThat(Gazetteer.key("Türkiye")).isEqualTo(Gazetteer.key("Turkiye"));
        assertThat(Gazetteer.key("  ")).isEmpty();
    }

    static Stream<Arguments> countryNames() {
        return Stream.of(
                Arguments.of("US", "United States"),
                Arguments.of("U.S.", "United States"),
                Arguments.of("United States", "United States"),
                Arguments.of("America", "United States"),
                Arguments.of("Washington", "United States"),
                Arguments.of("Pentagon", "United States"),
                Arguments.of("UK", "United Kingdom"),
                Arguments.of("Britain", "United Kingdom"),
                Arguments.of("United Kingdom", "United Kingdom"),
                Arguments.of("London", "United Kingdom"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("countryNames")
    void countryNameAliasOrMetonymResolvesToTheCountry(String name, String country) {
        assertThat(GAZETTEER.country(name)).as(name).get().extracting(CountryEntry::name).isEqualTo(country);
    }

    @Test
    void everyAliasKeyIsNonEmpty() {
        for (PlaceEntry place : GAZETTEER.places()) {
            for (String name : names(place)) {
                assertThat(Gazetteer.key(name)).as("key of '%s' (%s)", name, place).isNotEmpty();
            }
        }
        for (CountryEntry country : GAZETTEER.countries()) {
            List<String> names = new ArrayList<>(List.of(country.name()));
            names.addAll(country.aliases());
            names.addAll(country.demonyms());
            names.addAll(country.metonyms());
            for (String name : names) {
                assertThat(Gazetteer.key(name)).as("key of '%s' (%s)", name, country.name()).isNotEmpty();
            }
        }
    }

    @Test
    void noAliasKeyNamesTwoPlacesOfTheSameKindWithDifferentNames() {
        Map<String, Map<PlaceKind, List<String>>> byKey = new HashMap<>();
        for (PlaceEntry place : GAZETTEER.places()) {
            for (String name : names(place)) {
                List<String> named = byKey.computeIfAbsent(Gazetteer.key(name), k -> new HashMap<>())
                        .computeIfAbsent(place.kind(), k -> new ArrayList<>());
                if (!named.contains(place.name())) {
                    named.add(place.name());
                }
            }
        }
        List<String> clashes = new ArrayList<>();
        byKey.forEach((key, kinds) -> kinds.forEach((kind, names) -> {
            if (names.size() > 1) {
                clashes.add(key + " -> " + kind + " " + names);
            }
        }));
        assertThat(clashes).isEmpty();
    }

    @Test
    void noCountryKeyNamesTwoCountries() {
        Map<String, List<String>> byKey = new HashMap<>();
        for (CountryEntry country : GAZETTEER.countries()) {
            List<String> names = new ArrayList<>(List.of(country.name()));
            names.addAll(country.aliases());
            names.addAll(country.demonyms());
            names.addAll(country.metonyms());
            for (String name : names) {
                List<String> countries = byKey.computeIfAbsent(Gazetteer.key(name), k -> new ArrayList<>());
                if (!countries.contains(country.name())) {
                    countries.add(country.name());
                }
            }
        }
        assertThat(byKey.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Map.Entry::toString))
                .isEmpty();
    }

    // --- matching in text ------------------------------------------------------------------

    @Test
    void hyphenatedSpellingIsFoundInASentence() {
        List<PlaceMention> places = places("Fighting continued near Mazar-e-Sharif on Tuesday.");
        assertThat(places).extracting(m -> m.place().name()).contains("Mazar-i-Sharif");
        assertThat(places).filteredOn(m -> m.place().name().equals("Mazar-i-Sharif"))
                .extracting(PlaceMention::surface).containsExactly("Mazar-e-Sharif");
    }

    @Test
    void spacedSpellingWithConnectorIsFoundInASentence() {
        List<PlaceMention> places = places("Residents of Qala i Naw reported gunfire overnight.");
        assertThat(places).filteredOn(m -> m.place().name().equals("Qala-i-Naw"))
                .extracting(PlaceMention::surface).containsExactly("Qala i Naw");
    }

    @Test
    void pronounUsIsNotTheUnitedStates() {
        AnnotatedText text = EXTRACTOR.annotate("A shopkeeper told us the roads were closed.", null);
        assertThat(text.get(Layers.COUNTRIES)).isEmpty();
        assertThat(text.get(Layers.PLACES)).isEmpty();
    }

    @Test
    void capitalisedUsIsTheUnitedStates() {
        AnnotatedText text = EXTRACTOR.annotate("The US embassy told staff to leave.", null);
        assertThat(text.get(Layers.COUNTRIES)).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo("US");
            assertThat(m.country().name()).isEqualTo("United States");
        });
    }

    @Test
    void lowercaseCommonWordIsNotMatched() {
        AnnotatedText text = EXTRACTOR.annotate("They served turkey on fine china at the dinner.", null);
        assertThat(text.get(Layers.COUNTRIES)).isEmpty();
        assertThat(text.get(Layers.PLACES)).isEmpty();
    }

    @Test
    void mentionSpanCoversItsSurfaceInsideItsSentence() {
        String sentence = "Officials in Lashkar Gah and Kunduz said so.";
        AnnotatedText text = EXTRACTOR.annotate(sentence, null);
        assertThat(text.get(Layers.PLACES)).extracting(m -> m.place().name())
                .containsExactly("Lashkar Gah", "Kunduz");
        for (PlaceMention m : text.get(Layers.PLACES)) {
            assertThat(m.span().coveredText(sentence)).isEqualTo(m.surface());
        }
    }

    private static List<PlaceMention> places(String text) {
        return EXTRACTOR.annotate(text, null).get(Layers.PLACES);
    }

    private static List<PlaceEntry> provinces() {
        return GAZETTEER.places().stream().filter(p -> p.kind() == PlaceKind.PROVINCE).toList();
    }

    private static List<String> names(PlaceEntry place) {
        List<String> names = new ArrayList<>(List.of(place.name()));
        names.addAll(place.aliases());
        return names;
    }
}
