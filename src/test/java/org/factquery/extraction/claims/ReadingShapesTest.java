package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.factquery.extraction.attribution.Modality;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everyday shapes of news that say a place changed hands, in sentences written for these tests
 * about several wars: long lists with appositions, handovers, victories in a battle for a place,
 * participles that take the main clause's subject, and provinces named as states or regions.
 */
class ReadingShapesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A rebel spokesman said fighters had taken Ajdabiya, the gateway to the east, Brega in the oil crescent, Ras Lanuf, which had changed hands twice, and Sirte. | Ajdabiya;Brega;Ras Lanuf;Sirte
            Al-Shabaab seized Kismayo, the port that funds the group, Afgooye, which lies on the road to the capital, and Baidoa. | Kismayo;Afgooye;Baidoa
            Seleka fighters overran Bria, a diamond town in the east, Bambari, where the army had a base, and Sibut. | Bria;Bambari;Sibut
            """)
    void aListGoesOnPastAppositionsThatHoldAClause(String text, String places) {
        assertThat(claims(text, ClaimKind.CAPTURE)).extracting(c -> c.place().name())
                .containsExactlyElementsOf(List.of(places.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rebels seized Zawiya, which borders the capital Tripoli.",
            "The Taliban captured Kunduz, the government said, and Herat remained in government hands.",
            "Boko Haram overran Baga, a fishing town on the lake, and Maiduguri braced for an attack." })
    void aPlaceAfterTheAppositionThatOpensAnotherClauseIsNotInTheList(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tribal elders handed Jowhar over to al-Shabaab fighters on Monday, residents said. | al-Shabaab           | Jawhar
            Jowhar was handed over to al-Shabaab without a fight.                              | al-Shabaab           | Jawhar
            The garrison gave up the town of Bria to the Seleka rebels after a short battle.    | Séléka               | Bria
            Armenian forces handed over Lachin to Azerbaijan under the ceasefire deal.          | Azerbaijani government | Laçın
            """)
    void whoAPlaceIsHandedOverToTakesIt(String text, String actor, String place) {
        ExtractedClaim c = only(text, ClaimKind.CAPTURE);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.place().name()).isEqualTo(place);
        assertThat(c.ruleId()).isEqualTo("capture.handover");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Elders handed a letter to the governor of Kismayo.",
            "The army gave the residents of Bama two days to leave." })
    void handingSomethingElseOverIsNoCapture(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The battle for Bama ended in a Boko Haram victory.                                | Boko Haram | Bama
            The offensive ended with rebel wins in the fights for Bossangoa and Bambari.      | rebel      | Bossangoa;Bambari
            The fighting over Shusha resulted in an Azerbaijani victory, officials in Baku said. | Azerbaijani government | Shusha
            """)
    void theVictorOfABattleForAPlaceTakesIt(String text, String actor, String places) {
        List<ExtractedClaim> captures = claims(text, ClaimKind.CAPTURE);
        assertThat(captures).extracting(ExtractedClaim::actor).containsOnly(actor);
        assertThat(captures).extracting(c -> c.place().name()).containsExactlyElementsOf(List.of(places.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fighters attacked Bossangoa on Sunday, taking the town by nightfall.       | fighters          | Bossangoa
            Russian troops pushed south from Tskhinvali, taking Gori within hours.     | Russian government | Gori
            Insurgents stormed Palma on Wednesday, seizing the town after three days.  | insurgents        | Palma
            """)
    void aParticipleAfterTheClauseTakesItsSubject(String text, String actor, String place) {
        assertThat(claims(text, ClaimKind.CAPTURE)).extracting(ExtractedClaim::actor, c -> c.place().name())
                .contains(org.assertj.core.groups.Tuple.tuple(actor, place));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Having captured Sirte, the rebels moved on Bani Walid.                     | rebels                 | Sirte
            Taking Gori without a fight, Russian troops advanced towards Tbilisi.      | Russian government     | Gori
            Having retaken Jabrayil, Azerbaijani forces moved on Fuzuli.               | Azerbaijani government | Jabrayil
            """)
    void aParticipleThatOpensTheSentenceTakesTheSubjectAfterIt(String text, String actor, String place) {
        ExtractedClaim c = only(text, ClaimKind.CAPTURE);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.place().name()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rebels attacked Sirte from three sides on Saturday. Its fall was announced on state television shortly before midnight. | Sirte   | REPORTED
            Al-Shabaab fighters surrounded Baidoa. Its capture by the group would cut the supply road, officials warned.          | Baidoa  | FORECAST
            Séléka columns reached Bangui on Sunday. Its fall could not be confirmed.                                              | Bangui  | UNCONFIRMED
            """)
    void itsFallIsTheCaptureOfTheCityNamedBefore(String text, String place, Modality modality) {
        ExtractedClaim c = claims(text, ClaimKind.CAPTURE).stream().filter(x -> x.ruleId().contains("anaphor"))
                .findFirst().orElseThrow();
        assertThat(c.place().name()).isEqualTo(place);
        assertThat(c.modality()).isEqualTo(modality);
        assertThat(c.details()).containsEntry("placeResolvedBy", "anaphor");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Nigeria is fighting Boko Haram near Maiduguri. Its loss of territory was reported in January.",
            "Its fall was announced on state television.",
            "Shusha sits on the road linking Stepanakert to Armenia, and its fall leaves the region exposed." })
    void itsFallMidSentenceWithoutACityBeforeOrOfSomethingElseIsNoCapture(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Unverified posts online claimed gunmen were already in the main square of Palma.",
            "The group said it had no intention of storming Mogadishu.",
            "The commander told his units to stay outside Shusha.",
            "The rebels threatened to seize Bangui within days.",
            "Rebels seized Zawiya, which borders the capital Tripoli.",
            "Fighting was reported 90 km from Tripoli on the road to Sirte.",
            "If Maiduguri falls, the whole north-east will be exposed.",
            "It is unclear whether Baidoa can hold against the militants.",
            "If Maiduguri falls, the whole north-east is lost.",
            "Should Kidal fall, the road to the border is open.",
            "Analysts asked whether Goma had fallen to the rebels.",
            "The army will not leave Bria unless the rebels take Bambari first." })
    void rumoursIntentionsLandmarksAndConditionsAreNoFirmCapture(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).filteredOn(c -> !c.place().name().equals("Zawiya"))
                .noneMatch(ReadingShapesTest::firm);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The army should have held Bria, officials admitted.",
            "If government troops still hold Kismayo, the port stays open." })
    void aCounterfactualOrConditionalHoldIsNoFirmControl(String text) {
        assertThat(claims(text, ClaimKind.CONTROL)).noneMatch(ReadingShapesTest::firm);
    }

    private static boolean firm(ExtractedClaim c) {
        return !c.negated() && c.modality() != Modality.FORECAST && c.modality() != Modality.DENIED
                && c.modality() != Modality.UNCONFIRMED;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Insurgents now control the whole of Borno state, the governor said.   | insurgents | Borno | NG
            Al-Shabaab holds all of Gedo region, residents said.                  | al-Shabaab | Gedo  | SO
            The rebels control Ouham prefecture.                                  | rebels     | Ouham | CF
            """)
    void aDivisionNamedAsStateRegionOrPrefectureIsHeld(String text, String actor, String place, String country) {
        ExtractedClaim c = only(text, ClaimKind.CONTROL);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.place().name()).isEqualTo(place);
        assertThat(c.place().countryCode()).isEqualTo(country);
    }
}
