package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;

import java.time.LocalDate;
import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Dated lists of captures: a lead that says what the list is, and lines that each name a date and a
 * place, in texts written for these tests about wars in Syria, Yemen, Sudan and Myanmar.
 */
class TimelineReaderTest {

    private static List<ExtractedClaim> timelineCaptures(String text) {
        return claims(text, ClaimKind.CAPTURE).stream().filter(c -> c.ruleId().equals("capture.timeline")).toList();
    }

    @Test
    void eachLineOfAListOfCapturesIsACaptureByTheLeadsActorOnTheLinesDate() {
        String text = """
                Rebel fighters have pushed across the north-west in a month.
                Towns taken by the rebels so far:
                Feb. 3 – Saraqib: fighters raise their flag over the town hall.
                5 Feb — Maarat al-Numan. The town on the motorway south of Idlib.
                - Khan Shaykhun (Feb 9): the last army post is abandoned.
                The army said it was preparing a counter-offensive.""";
        List<ExtractedClaim> captures = claims(text, ClaimKind.CAPTURE);
        // the gazetteer knows no Maarat al-Numan: its line is passed over, and the list goes on
        assertThat(captures).extracting(ExtractedClaim::placeText).containsExactly("Saraqib", "Khan Shaykhun");
        assertThat(captures).extracting(ExtractedClaim::eventDate).containsExactly(LocalDate.of(2021, 2, 3),
                LocalDate.of(2021, 2, 9));
        assertThat(captures).extracting(ExtractedClaim::actor).containsOnly("rebels");
        assertThat(captures).extracting(ExtractedClaim::modality).containsOnly(Modality.ASSERTED);
    }

    @Test
    void aTimelineNamedAsSuchNeedsNoColonAndItsLinesDescriptionIsOfTheLinesPlace() {
        String text = """
                A timeline of the towns the Rapid Support Forces have captured in Darfur
                May 26 — Nyala. Sudan's second-largest city.
                May 31 — Zalingei. The capital of Central Darfur.
                June 4 — El Geneina: fighters enter the city after a siege of weeks.""";
        List<ExtractedClaim> captures = claims(text, ClaimKind.CAPTURE);
        assertThat(captures).extracting(c -> c.place().countryCode()).containsOnly("SD");
        assertThat(captures).extracting(ExtractedClaim::eventDate).containsExactly(LocalDate.of(2021, 5, 26),
                LocalDate.of(2021, 5, 31), LocalDate.of(2021, 6, 4));
        assertThat(captures).extracting(ExtractedClaim::actor).containsOnly("Rapid Support Forces");
    }

    @Test
    void aLeadThatCreditsTheListToItsActorMakesEachLineAClaim() {
        String text = """
                The Three Brotherhood Alliance said in a statement that it had captured these towns:
                - Lashio (Jan 5)
                - Hsipaw (Jan 8)
                - Kyaukme (Jan 9)""";
        List<ExtractedClaim> captures = timelineCaptures(text);
        assertThat(captures).extracting(ExtractedClaim::placeText).contains("Lashio");
        assertThat(captures).extracting(ExtractedClaim::modality).doesNotContain(Modality.ASSERTED);
    }

    @Test
    void aLineThatSaysOtherwiseKeepsItsOwnWords() {
        String text = """
                Towns taken by the rebels so far:
                Feb 3 – Saraqib: fighters reach the outskirts but are pushed back.
                Feb 6 – Idlib: government troops retake the city.
                Feb 9 – Ariha: the town is taken after a night of fighting.""";
        assertThat(timelineCaptures(text)).extracting(ExtractedClaim::placeText).doesNotContain("Saraqib", "Idlib");
        assertThat(claims(text, ClaimKind.CAPTURE)).filteredOn(c -> c.place().name().equals("Idlib"))
                .extracting(ExtractedClaim::actor).containsExactly("Syrian government");
        assertThat(claims(text, ClaimKind.CAPTURE)).extracting(c -> c.place().countryCode() + c.eventDate())
                .contains("SY2021-02-09");
    }

    @Test
    void theListEndsAtTheFirstLineThatIsNoItem() {
        String text = """
                Towns taken by the army so far:
                March 2 – Marib: soldiers patrol the streets.
                The coalition said it would press on.
                March 9 – Aden: the port reopens to shipping.""";
        assertThat(timelineCaptures(text)).extracting(ExtractedClaim::placeText).containsExactly("Marib");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Towns that could fall to the rebels next:\nFeb 3 – Saraqib: fighting nears the town.\nFeb 5 – Ariha: shelling.",
            "Towns hit by air strikes this week:\nFeb 3 – Saraqib: two markets hit.\nFeb 5 – Ariha: a school hit.",
            "Towns the rebels have vowed to seize:\nFeb 3 – Saraqib\nFeb 5 – Ariha",
            "Towns the army says were not taken:\nFeb 3 – Saraqib\nFeb 5 – Ariha",
            "Key dates in the war:\nFeb 3 – Saraqib: talks open.\nFeb 5 – Ariha: a ceasefire is signed.",
            "Soldiers the army has lost, by the town where they fell:\nFeb 3 – Saraqib: two.\nFeb 5 – Ariha: one." })
    void aListThatIsNoListOfCapturesReportsNone(String text) {
        assertThat(timelineCaptures(text)).isEmpty();
    }
}
