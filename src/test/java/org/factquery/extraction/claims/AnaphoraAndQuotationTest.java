package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Captures told across sentences: a pronoun or a demonstrative names the place (and "they" the
 * actor) of the sentences before; quotations run over several sentences and paragraphs and keep
 * their speaker; sources described by how they spoke. Texts written for these tests, about wars
 * in the Central African Republic, Libya, Somalia, DR Congo, Mozambique and Mali.
 */
class AnaphoraAndQuotationTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seleka fighters reached Sibut on Friday. They took it without a fight.                   | Sibut   | Séléka
            Rebels entered the outskirts of Misrata on Monday. They captured it two days later.       | Misrata | rebels
            Al-Shabaab fighters massed outside Baidoa for a week. On Sunday they seized it.           | Baidoa  | al-Shabaab
            """)
    void itIsTheCityNamedBeforeAndTheyTheActorNamedBefore(String text, String place, String actor) {
        ExtractedClaim capture = only(text, ClaimKind.CAPTURE);
        assertThat(capture.place().name()).isEqualTo(place);
        assertThat(capture.actor()).isEqualTo(actor);
        assertThat(capture.details()).containsEntry("placeResolvedBy", "anaphor");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            M23 rebels pushed into Goma overnight. That seizure opens the road to Bukavu.           | Goma
            The insurgents' flag flew over Mocimboa da Praia by noon. This capture cuts the coast road. | Mocímboa da Praia
            Jihadist fighters stormed Menaka on Tuesday. Its fall was announced on state radio.     | Ménaka
            """)
    void aDemonstrativeCaptureNounIsTheCaptureOfTheCityTheSentenceBeforeNames(String text, String place) {
        assertThat(claims(text, ClaimKind.CAPTURE)).filteredOn(c -> c.ruleId().startsWith("capture.nominal.anaphor"))
                .extracting(c -> c.place().name()).containsExactly(place);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The army shelled Kismayo. Officials took it as a sign of weakness.",
            "Rebels reached Bambari. The government took it seriously.",
            "Kismayo is a port. They took it to mean the talks were over." })
    void itThatIsNoPlaceMakesNoCapture(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We have taken the whole of the city," the commander said. "Our fighters entered Sirte at dawn. They met no resistance." | commander
            "Our men are in the centre of Goma," said an M23 spokesman. "We captured Sake yesterday."                        | an M23 spokesman
            """)
    void aQuotationThatGoesOnInTheNextSentencesKeepsItsSpeaker(String text, String speaker) {
        ExtractedClaim capture = claims(text, ClaimKind.CAPTURE).get(claims(text, ClaimKind.CAPTURE).size() - 1);
        assertThat(capture.attributedTo()).isEqualTo(speaker);
        assertThat(capture.modality()).isIn(Modality.REPORTED, Modality.CLAIMED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials speaking on condition of anonymity said the militants had overrun Mocimboa da Praia. | Officials speaking on condition of anonymity | REPORTED
            Residents told the agency that the rebels had seized Bria.                                     | Residents                                    | REPORTED
            Al-Shabaab said on its radio station that its fighters had taken Afgoye.                      | Al-Shabaab                                   | CLAIMED
            A spokesman for the group wrote on Twitter that its fighters had captured Kidal.               | A spokesman for the group                    | REPORTED
            """)
    void theSourceIsWhoeverSpokeHoweverTheyAreDescribed(String text, String source, Modality modality) {
        ExtractedClaim capture = only(text, ClaimKind.CAPTURE);
        assertThat(capture.attributedTo()).isEqualTo(source);
        assertThat(capture.modality()).isEqualTo(modality);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "\"We will hold Gao,\" the colonel said. The rebels, a witness said, had \"taken\" nothing yet, but Kidal fell on Monday.",
            "\"We will hold Gao,\" the colonel said. Kidal fell to the rebels on Monday, in what one officer called a \"disaster\"." })
    void aQuotedPhraseInsideTheNarratorsSentenceDoesNotContinueAQuotation(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).filteredOn(c -> c.place().name().equals("Kidal"))
                .extracting(ExtractedClaim::attributedTo).doesNotContain("colonel");
    }
}
