package org.factquery.extraction.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Extractor;
import org.factquery.extraction.Layers;
import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.claims.ClaimKind;
import org.factquery.extraction.claims.ExtractedClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Places and actors resolved by each document's own evidence, in texts written for these tests:
 * the same ambiguous name means different places in different documents, words that are also
 * place names stay words, "the capital" is the capital of the country a document is about, and a
 * generic descriptor ("the militants") is resolved within its document only.
 */
class PlaceResolutionTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final LocalDate DAY = LocalDate.of(2019, 4, 12);

    private static List<PlaceMention> places(String text) {
        return EXTRACTOR.annotate(text, DAY).get(Layers.PLACES);
    }

    private static PlaceMention place(String text, String surface) {
        return places(text).stream().filter(m -> m.surface().equalsIgnoreCase(surface)).findFirst()
                .orElseThrow(() -> new AssertionError("no place '" + surface + "' in: " + text));
    }

    private static List<ExtractedClaim> claims(String text) {
        return EXTRACTOR.extract(text, DAY).claims();
    }

    // --- one name, different places by document ----------------------------------------------

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            LB | Lebanese soldiers deployed in Tripoli after clashes between Sunni and Alawite gunmen. Beirut urged calm.
            LY | Forces loyal to the Libyan government pushed back an offensive on Tripoli, the Libyan capital.
            LY | TRIPOLI, April 12 (Wire) - Shelling hit a school in the south of the city, Libya's health ministry said.
            LB | Clashes in Tripoli, Lebanon, killed three people on Friday, the army said.
            GR | Farmers blocked the road into Tripoli in the Peloponnese, Greek police said.
            """)
    void anAmbiguousNameIsResolvedByItsDocument(String country, String text) {
        assertThat(place(text, "Tripoli").place().countryCode()).isEqualTo(country);
    }

    @Test
    void theResolutionSaysHowAndListsCloseAlternatives() {
        PlaceMention byCountry = place("Lebanese troops entered Tripoli on Friday.", "Tripoli");
        assertThat(byCountry.resolvedBy()).isEqualTo("country");
        PlaceMention bySentence = place("Clashes in Tripoli, Lebanon, killed three people.", "Tripoli");
        assertThat(bySentence.resolvedBy()).isEqualTo("sentence");
        PlaceMention only = place("Rebels entered Ajdabiya on Friday.", "Ajdabiya");
        assertThat(only.resolvedBy()).isEqualTo("only");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            VE | Venezuelan troops patrolled Valencia after protesters blocked the highway to Caracas.
            ES | Spanish police cleared a square in Valencia after a march from Madrid.
            """)
    void valenciaByItsCountry(String country, String text) {
        assertThat(place(text, "Valencia").place().countryCode()).isEqualTo(country);
    }

    @Test
    void georgiaIsTheCountryInAWarAndTheStateBesideAtlanta() {
        AnnotatedText war = EXTRACTOR.annotate("Russian tanks rolled into Georgia on Friday, Georgian officials said.", DAY);
        assertThat(war.get(Layers.COUNTRIES)).anySatisfy(m -> {
            assertThat(m.surface()).isEqualTo("Georgia");
            assertThat(m.country().code()).isEqualTo("GE");
        });
        PlaceMention state = place("Protesters marched in Atlanta, Georgia, and in Savannah on Saturday, US media said.",
                "Georgia");
        assertThat(state.place().countryCode()).isEqualTo("US");
        assertThat(state.place().kind()).isEqualTo(PlaceKind.PROVINCE);
    }

    // --- common words that are also place names ----------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The rebels may split into two factions, a nice outcome for the army, said an analyst reading the reports.",
            "Police said the bar was closed and the mobile phone network was down.",
            "Of the twelve towns, seven fell, and the eagle-eyed monitors noted the split.",
            "Reading the statement, the general said the army would not split its forces." })
    void commonWordsAreNotPlaces(String text) {
        assertThat(places(text)).extracting(PlaceMention::surface)
                .doesNotContain("split", "Split", "nice", "Reading", "reading", "bar", "mobile", "Of", "eagle");
    }

    @Test
    void aCommonWordIsAPlaceWhereTheSentenceUsesItAsOne() {
        assertThat(place("Fishing boats were held in the port of Split, Croatian police said.", "Split").place()
                .countryCode()).isEqualTo("HR");
        assertThat(place("Crowds gathered in Nice on Sunday, French officials said.", "Nice").place()
                .countryCode()).isEqualTo("FR");
    }

    // --- "the capital" per document ---------------------------------------------------------

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            Mogadishu | SO | Al-Shabaab fighters withdrew from the capital overnight, Somali officials said.
            Bangui    | CF | Seleka rebels captured the capital on Sunday, a Central African army officer said.
            Tripoli   | LY | The LNA said its forces were advancing on the capital, Libyan officials said.
            Tbilisi   | GE | Russian tanks came within 40 km of the capital, Georgian officials said.
            """)
    void theCapitalIsTheCapitalOfTheDocumentsCountry(String capital, String country, String text) {
        ExtractedClaim c = claims(text).stream().filter(x -> x.place() != null).findFirst()
                .orElseThrow(() -> new AssertionError("no claim with a place in: " + text));
        assertThat(c.place().name()).isEqualTo(capital);
        assertThat(c.place().countryCode()).isEqualTo(country);
        assertThat(c.details()).containsEntry("placeResolvedBy", "national-capital");
    }

    @Test
    void theCapitalOfADocumentAboutNoCountryIsNotGuessed() {
        assertThat(claims("Rebels captured the capital on Sunday, residents said.")).isEmpty();
    }

    @Test
    void theProvincialCapitalIsThatOfTheDivisionNamedLast() {
        ExtractedClaim c = claims("Insurgents have been active across Cabo Delgado province since 2017. "
                + "Insurgents attacked the provincial capital on Tuesday, Mozambican police said.").stream()
                .filter(x -> x.kind() == ClaimKind.ATTACK).findFirst().orElseThrow();
        assertThat(c.place().name()).isEqualTo("Pemba");
        assertThat(c.details()).containsEntry("placeResolvedBy", "provincial-capital");
    }

    // --- descriptors per document -----------------------------------------------------------

    @Test
    void aDescriptorIsTheGroupItsDocumentNamesAndStaysAsWrittenElsewhere() {
        String nigeria = "Boko Haram attacked Baga on Saturday. The militants seized the town after the army withdrew.";
        String libya = "Militants seized Sirte on Saturday, a Libyan official said.";
        assertThat(claims(nigeria)).filteredOn(c -> c.kind() == ClaimKind.CAPTURE)
                .extracting(ExtractedClaim::actor).containsOnly("Boko Haram");
        assertThat(claims(libya)).filteredOn(c -> c.kind() == ClaimKind.CAPTURE)
                .extracting(ExtractedClaim::actor).containsOnly("militants");
        // the Nigerian document first again: nothing carried over from the Libyan one, nor back
        assertThat(claims(nigeria)).filteredOn(c -> c.kind() == ClaimKind.CAPTURE)
                .extracting(ExtractedClaim::actor).containsOnly("Boko Haram");
    }

    @Test
    void theGovernmentAndTheArmyAreTheDocumentsOwn() {
        List<ActorMention> somali = EXTRACTOR.annotate(
                "The army retook Kismayo from al-Shabaab, the Somali government said.", DAY).get(Layers.ACTORS);
        assertThat(somali).filteredOn(m -> m.surface().equals("The army")).extracting(ActorMention::canonical)
                .containsExactly("Somali government");
        List<ActorMention> nowhere = EXTRACTOR.annotate("The army retook the town, officials said.", DAY)
                .get(Layers.ACTORS);
        assertThat(nowhere).extracting(ActorMention::canonical).doesNotContain("Afghan government")
                .doesNotContain("Somali government");
    }

    @Test
    void aGroupTheLexiconLacksIsKeptAsWritten() {
        assertThat(claims("The Coalition of Patriots for Change captured Bossangoa on Saturday, residents said."))
                .filteredOn(c -> c.kind() == ClaimKind.CAPTURE).extracting(ExtractedClaim::actor)
                .containsExactly("Coalition of Patriots for Change");
        assertThat(claims("The Misrata brigades retook Sirte on Friday, Libyan officials said."))
                .filteredOn(c -> c.kind() == ClaimKind.CAPTURE).extracting(ExtractedClaim::actor)
                .containsExactly("Misrata brigades");
    }
}
