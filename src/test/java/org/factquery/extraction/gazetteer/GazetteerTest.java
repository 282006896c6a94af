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
import org.factquery.extraction.gazetteer.CountryEntry.Via;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Facts the gazetteer data files must hold, and how its names are found in text. */
class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private static final Extractor EXTRACTOR = new Extractor();

    // --- data-file facts -------------------------------------------------------------------

    @Test
    void holdsTheWorldsPopulatedPlacesDivisionsAndCountries() {
        assertThat(GAZETTEER.populatedPlaces()).isGreaterThan(190_000);
        assertThat(GAZETTEER.countries()).hasSizeGreaterThan(240);
    }

    /** The Afghan overlay: the 34 provinces of Afghanistan's administrative divisions, each with its capital. */
    @Test
    void everyAfghanProvinceOfTheOverlayIsADivisionWithACapital() {
        List<String> provinces = org.factquery.extraction.DataFiles.rows("/gazetteer/afghanistan.tsv", 9).stream()
                .filter(row -> row[0].equals("PROVINCE")).map(row -> row[1]).toList();
        assertThat(provinces).hasSize(34);
        for (String name : provinces) {
            PlaceEntry province = GAZETTEER.lookup(Gazetteer.key(name)).orElseThrow().places().stream()
                    .filter(p -> p.kind() == PlaceKind.PROVINCE && "AF".equals(p.countryCode())).findFirst()
                    .orElseThrow(() -> new AssertionError("no Afghan province " + name));
            assertThat(GAZETTEER.capitalOf(province)).as("capital of %s", name).get()
                    .satisfies(c -> assertThat(c.countryCode()).isEqualTo("AF"))
                    .satisfies(c -> assertThat(c.isProvincialCapital()).isTrue());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({ "AF, Kabul", "LY, Tripoli", "LB, Beirut", "SO, Mogadishu", "MZ, Maputo", "AZ, Baku",
            "GE, Tbilisi", "CF, Bangui", "NG, Abuja" })
    void nationalCapitalsAreTheirCountrysOwn(String country, String capital) {
        assertThat(GAZETTEER.nationalCapital(country)).get().satisfies(p -> {
            assertThat(p.name()).isEqualTo(capital);
            assertThat(p.countryCode()).isEqualTo(country);
            assertThat(p.isNationalCapital()).isTrue();
        });
    }

    @Test
    void citiesAreRankedByPopulationWithinTheirCountry() {
        assertThat(GAZETTEER.cityOfRank("AF", 1)).get().extracting(PlaceEntry::name).isEqualTo("Kabul");
        assertThat(GAZETTEER.cityOfRank("AF", 2)).get().extracting(PlaceEntry::name).isEqualTo("Kandahar");
        assertThat(GAZETTEER.cityOfRank("AF", 3)).get().extracting(PlaceEntry::name).isEqualTo("Herat");
        assertThat(GAZETTEER.cityOfRank("LY", 1)).get().extracting(PlaceEntry::name).isEqualTo("Tripoli");
        assertThat(GAZETTEER.cityOfRank("LY", 2)).get().extracting(PlaceEntry::name).isEqualTo("Benghazi");
        assertThat(GAZETTEER.cityOfRank("NG", 1)).get().extracting(PlaceEntry::name).isEqualTo("Lagos");
    }

    static Stream<Arguments> citySpellings() {
        return Stream.of(
                Arguments.of("Qala-i-Naw", "Qala-i-Naw", "AF"),
                Arguments.of("Qala-e-Naw", "Qala-i-Naw", "AF"),
                Arguments.of("Qala i Naw", "Qala-i-Naw", "AF"),
                Arguments.of("Mazar-e-Sharif", "Mazar-i-Sharif", "AF"),
                Arguments.of("Lashkargah", "Lashkar Gah", "AF"),
                Arguments.of("Pol-e Khomri", "Pul-e-Khumri", "AF"),
                Arguments.of("Chaghcharan", "Feroz Koh", "AF"),
                Arguments.of("Qandahar", "Kandahar", "AF"),
                Arguments.of("KANDAHAR", "Kandahar", "AF"),
                Arguments.of("Kiev", "Kyiv", "UA"),
                Arguments.of("Odessa", "Odesa", "UA"),
                Arguments.of("Muqdisho", "Mogadishu", "SO"),
                Arguments.of("Banghazi", "Benghazi", "LY"),
                Arguments.of("Kismaayo", "Kismayo", "SO"),
                Arguments.of("Mocimboa da Praia", "Mocímboa da Praia", "MZ"),
                Arguments.of("Stepanakert", "Xankandi", "AZ"),
                Arguments.of("Tskhinvali", "Ts’khinvali", "GE"),
                Arguments.of("Maiduguri", "Maiduguri", "NG"));
    }

    @ParameterizedTest(name = "{0} is {1}, {2}")
    @MethodSource("citySpellings")
    void alternateNamesAndSpellingsNameTheCity(String spelling, String city, String country) {
        assertThat(GAZETTEER.lookup(Gazetteer.key(spelling))).as(spelling).get()
                .satisfies(e -> assertThat(e.places()).anySatisfy(p -> {
                    assertThat(p.name()).isEqualTo(city);
                    assertThat(p.countryCode()).isEqualTo(country);
                    assertThat(p.kind()).isEqualTo(PlaceKind.CITY);
                }));
    }

    /** "Sharan" is Sharana in the Afghan overlay, not also the village GeoNames gives that alternate name. */
    @Test
    void anOverlaySpellingNamesTheOverlaysPlaceInItsCountry() {
        assertThat(GAZETTEER.lookup(Gazetteer.key("Sharan")).orElseThrow().places())
                .filteredOn(p -> "AF".equals(p.countryCode()) && p.kind() == PlaceKind.CITY)
                .extracting(PlaceEntry::name).containsExactly("Sharana");
    }

    @Test
    void aSharedNameKeepsEveryPlaceThatBearsIt() {
        assertThat(GAZETTEER.lookup(Gazetteer.key("Tripoli"))).get()
                .satisfies(e -> assertThat(e.places()).filteredOn(p -> p.kind() == PlaceKind.CITY)
                        .extracting(PlaceEntry::countryCode).contains("LY", "LB", "GR"));
        assertThat(GAZETTEER.lookup(Gazetteer.key("Valencia"))).get()
                .satisfies(e -> assertThat(e.places()).extracting(PlaceEntry::countryCode).contains("ES", "VE"));
        assertThat(GAZETTEER.lookup(Gazetteer.key("Georgia"))).get().satisfies(e -> {
            assertThat(e.countries()).extracting(CountryEntry::code).containsExactly("GE");
            assertThat(e.places()).anySatisfy(p -> {
                assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
                assertThat(p.countryCode()).isEqualTo("US");
            });
        });
    }

    @ParameterizedTest(name = "{0}, {1}")
    @CsvSource({ "Cabo Delgado, MZ", "Borno, NG", "Donetsk, UA", "Lower Juba, SO", "Shida Kartli, GE",
            "Helmand, AF" })
    void firstLevelDivisionsAreKnownByName(String name, String country) {
        assertThat(GAZETTEER.lookup(Gazetteer.key(name))).get().satisfies(e -> assertThat(e.places())
                .anySatisfy(p -> {
                    assertThat(p.kind()).isEqualTo(PlaceKind.PROVINCE);
                    assertThat(p.countryCode()).isEqualTo(country);
                }));
    }

    @Test
    void placesAreFoundByTheirStableId() {
        assertThat(GAZETTEER.byId("geonames:2210554")).get().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Sirte");
            assertThat(p.countryCode()).isEqualTo("LY");
        });
        PlaceEntry kunduz = GAZETTEER.place(PlaceKind.CITY, "Kunduz").orElseThrow();
        assertThat(GAZETTEER.byId(kunduz.id())).contains(kunduz);
        assertThat(GAZETTEER.byId("geonames:not-a-number")).isEmpty();
        assertThat(GAZETTEER.byId("country:LY")).get().extracting(PlaceEntry::kind).isEqualTo(PlaceKind.COUNTRY);
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
                Arguments.of("US", "United States", Via.NAME),
                Arguments.of("U.S.", "United States", Via.NAME),
                Arguments.of("America", "United States", Via.NAME),
                Arguments.of("Washington", "United States", Via.METONYM),
                Arguments.of("Pentagon", "United States", Via.METONYM),
                Arguments.of("Britain", "United Kingdom", Via.NAME),
                Arguments.of("Kremlin", "Russia", Via.METONYM),
                Arguments.of("Libyan", "Libya", Via.DEMONYM),
                Arguments.of("Somali", "Somalia", Via.DEMONYM),
                Arguments.of("Mozambican", "Mozambique", Via.DEMONYM),
                Arguments.of("Azerbaijani", "Azerbaijan", Via.DEMONYM),
                Arguments.of("Central African", "Central African Republic", Via.DEMONYM),
                Arguments.of("Nigerian", "Nigeria", Via.DEMONYM),
                Arguments.of("Georgian", "Georgia", Via.DEMONYM));
    }

    @ParameterizedTest(name = "{0} is {1} ({2})")
    @MethodSource("countryNames")
    void countryNamesDemonymsAndMetonymsNameTheCountry(String name, String country, Via via) {
        Gazetteer.Entries entries = GAZETTEER.lookup(Gazetteer.key(name)).orElseThrow();
        int at = entries.countries().stream().map(CountryEntry::name).toList().indexOf(country);
        assertThat(at).as(name).isNotNegative();
        assertThat(entries.vias().get(at)).isEqualTo(via);
    }

    @Test
    void countriesAreFoundByNameOrIsoCode() {
        assertThat(GAZETTEER.country("Libya")).get().extracting(CountryEntry::code).isEqualTo("LY");
        assertThat(GAZETTEER.country("ly")).get().extracting(CountryEntry::code).isEqualTo("LY");
        assertThat(GAZETTEER.country("Lebanon")).get().extracting(CountryEntry::code).isEqualTo("LB");
        assertThat(GAZETTEER.country("Narnia")).isEmpty();
    }

    @Test
    void everyCountryNameKeyIsNonEmpty() {
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

    /** Demonyms may be shared ("Congolese"); a country's own name and aliases may not. */
    @Test
    void noCountryNameNamesTwoCountries() {
        Map<String, List<String>> byKey = new HashMap<>();
        for (CountryEntry country : GAZETTEER.countries()) {
            List<String> names = new ArrayList<>(List.of(country.name()));
            names.addAll(country.aliases());
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

    @Test
    void placeNamesThatAreCommonWordsAreMarked() {
        for (String word : List.of("Split", "Nice", "Reading", "Mobile", "Of")) {
            assertThat(GAZETTEER.isPlaceWord(Gazetteer.key(word))).as(word).isTrue();
        }
        for (String name : List.of("Kabul", "Sirte", "Tripoli", "Palma")) {
            assertThat(GAZETTEER.isPlaceWord(Gazetteer.key(name))).as(name).isFalse();
        }
    }

    /** An alternate name that is a common word ("To", "Fall") is not kept: it would make the word a place. */
    @Test
    void noCommonWordIsAPlaceOnlyByAnAlternateName() {
        for (String word : List.of("to", "fall", "many", "taken")) {
            GAZETTEER.lookup(Gazetteer.key(word)).ifPresent(e -> assertThat(e.places())
                    .as(word).allSatisfy(p -> assertThat(Gazetteer.key(p.name())).isEqualTo(Gazetteer.key(word))));
        }
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

}
