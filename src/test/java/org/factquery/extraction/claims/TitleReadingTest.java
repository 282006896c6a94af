package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.EXTRACTOR;
import static org.factquery.extraction.claims.ClaimFixture.FRIDAY;

import java.util.List;

import org.factquery.extraction.Extraction;
import org.factquery.extraction.Span;
import org.factquery.extraction.WorkLimit;
import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A document's title is read as its first sentences, with offsets in the title; headlines are
 * read in their own grammar (present tense, no articles, every word capitalised). Headlines
 * written for these tests, about wars in Sudan, DR Congo, Mali, Yemen, Syria and Myanmar.
 */
class TitleReadingTest {

    private static final String BODY = "Residents said the streets were quiet on Friday.\n\nMore fighting is expected.";

    private static Extraction withTitle(String title) {
        return EXTRACTOR.extract(title, BODY, FRIDAY, WorkLimit.NONE);
    }

    private static List<ExtractedClaim> titleCaptures(String title) {
        Extraction e = withTitle(title);
        return e.claims().stream().filter(c -> c.kind() == ClaimKind.CAPTURE && e.inTitle(c.sentence())).toList();
    }

    @Test
    void theTitlesSentencesComeFirstWithOffsetsInTheTitleAndTheTextsOffsetsDoNotMove() {
        String title = "Rebels seize Goma. Army flees south";
        Extraction titled = withTitle(title);
        Extraction untitled = EXTRACTOR.extract(BODY, FRIDAY);
        assertThat(titled.titleSentences()).isEqualTo(2);
        assertThat(titled.sentences().subList(0, 2)).extracting(s -> s.coveredText(title))
                .containsExactly("Rebels seize Goma.", "Army flees south");
        assertThat(titled.sentences().subList(2, titled.sentences().size()))
                .containsExactlyElementsOf(untitled.sentences());
        ExtractedClaim capture = titled.claims().get(0);
        assertThat(capture.sentence()).isZero();
        assertThat(capture.place().name()).isEqualTo("Goma");
    }

    @Test
    void aTitleWithoutAFullStopDoesNotRunIntoTheText() {
        Extraction e = EXTRACTOR.extract("M23 rebels take Goma", "after a week of fighting, officials said.", FRIDAY,
                WorkLimit.NONE);
        assertThat(e.titleSentences()).isEqualTo(1);
        assertThat(e.sentences().get(1)).isEqualTo(new Span(0, "after a week of fighting, officials said.".length()));
    }

    @Test
    void aBlankTitleIsNoSentence() {
        assertThat(EXTRACTOR.extract("  ", BODY, FRIDAY, WorkLimit.NONE).titleSentences()).isZero();
        assertThat(EXTRACTOR.extract(null, BODY, FRIDAY, WorkLimit.NONE).titleSentences()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sudan's RSF Seizes Wad Madani                                | Wad Medani | Rapid Support Forces
            Rebels seize Goma as army retreats                           | Goma       | rebels
            M23 Rebels Enter Goma                                        | Goma       | M23
            Islamist Fighters Capture Key Town Of Gao In Northern Mali   | Gao        | islamist fighters
            Houthis Take Control Of Marib District                       | Ma'rib     | Houthis
            Myanmar Resistance Fighters Capture Lashio                   | Lashio     | fighters
            """)
    void aHeadlineInHeadlineCaseOrPresentTenseStatesACapture(String title, String place, String actor) {
        List<ExtractedClaim> captures = titleCaptures(title);
        assertThat(captures).extracting(c -> c.place().name()).containsExactly(place);
        assertThat(captures).extracting(ExtractedClaim::actor).containsExactly(actor);
        assertThat(captures).extracting(ExtractedClaim::modality).containsExactly(Modality.ASSERTED);
    }

    @Test
    void aSecondVerbOfTheHeadlinesSubjectIsAVerbNotAListItem() {
        Extraction e = withTitle("Rebels take Bria, hold Bambari against army counter-attack");
        assertThat(e.claims()).extracting(c -> c.kind() + " " + c.place().name())
                .containsExactly("CAPTURE Bria", "CONTROL Bambari");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Rebels Seize Two More Towns In Eastern Congo",
            "Jihadists Attack Army Base Near Gao",
            "Army Vows To Retake Palmyra",
            "Rebels Threaten To Seize Goma",
            "Will Gao Fall To The Jihadists?",
            "The offensive ended with rebel wins in the north" })
    void aHeadlineThatStatesNoCaptureOfANamedPlaceMakesNoFirmCapture(String title) {
        assertThat(titleCaptures(title)).allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.FORECAST));
    }

    @Test
    void headlineCaseMakesNoPlaceOfAnOrdinaryWord() {
        // "Of" is a town in Turkey, "Eastern" and "Northern" places elsewhere: not in a headline's words
        assertThat(withTitle("Islamist Fighters Capture Key Town Of Gao In Northern Mali").claims())
                .extracting(c -> c.place().countryCode()).containsOnly("ML");
        assertThat(withTitle("Rebels Seize Two More Towns In Eastern Congo").claims()).isEmpty();
    }
}
