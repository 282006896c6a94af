package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;

class ControlRuleTest {

    /** Names both parties first, as an article does, so "government forces" resolves. */
    private static final String CONTEXT = "The Taliban pressed on and Afghan forces fought back. ";

    private static ExtractedClaim onlyControl(String text) {
        return only(text, ClaimKind.CONTROL);
    }

    @Test
    void holdControlRetainVerbs() {
        assertThat(onlyControl("Afghan forces still control Mazar-i-Sharif.").actor()).isEqualTo("Afghan government");
        assertThat(onlyControl("The Afghan army retained control of Kabul.").place().name()).isEqualTo("Kabul");
        ExtractedClaim taliban = onlyControl("The Taliban control Kunduz, except for the airport.");
        assertThat(taliban.actor()).isEqualTo("Taliban");
        assertThat(taliban.place().name()).isEqualTo("Kunduz");
        assertThat(taliban.modality()).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void inControlOf() {
        ExtractedClaim c = onlyControl("Afghan forces remain in control of Jalalabad.");
        assertThat(c.actor()).isEqualTo("Afghan government");
        assertThat(c.place().name()).isEqualTo("Jalalabad");
    }

    @Test
    void coordinatedPlacesGiveOneControlEach() {
        assertThat(claims("Afghan forces hold Mazar-e-Sharif, Jalalabad and Kabul.", ClaimKind.CONTROL))
                .extracting(c -> c.place().name()).containsExactly("Mazar-i-Sharif", "Jalalabad", "Kabul");
    }

    @Test
    void inHandsNamesTheHolderAfterThePlace() {
        for (String text : List.of(CONTEXT + "Taloqan remained in government hands.",
                CONTEXT + "Taloqan remained in the hands of government forces.",
                CONTEXT + "Taloqan is still in government hands.")) {
            ExtractedClaim c = onlyControl(text);
            assertThat(c.place().name()).as(text).isEqualTo("Taloqan");
            assertThat(c.actor()).as(text).isEqualTo("Afghan government");
        }
    }

    @Test
    void underControl() {
        ExtractedClaim government = onlyControl(CONTEXT + "Kabul is under government control.");
        assertThat(government.actor()).isEqualTo("Afghan government");
        assertThat(onlyControl("Kunduz is under Taliban control.").actor()).isEqualTo("Taliban");
        ExtractedClaim ofTheTaliban = onlyControl("Kunduz remains under the control of the Taliban.");
        assertThat(ofTheTaliban.actor()).isEqualTo("Taliban");
        assertThat(ofTheTaliban.place().name()).isEqualTo("Kunduz");
    }

    @Test
    void holdingPartOfACityIsPartialControl() {
        for (String text : List.of(CONTEXT + "Government forces still hold the airport in Kunduz.",
                "Afghan troops still hold the airport in Kunduz.",
                "Afghan forces are still in control of the Kunduz airport.")) {
            List<ExtractedClaim> partial = claims(text, ClaimKind.PARTIAL_CONTROL);
            assertThat(partial).as(text).singleElement().satisfies(c -> {
                assertThat(c.actor()).isEqualTo("Afghan government");
                assertThat(c.place().name()).isEqualTo("Kunduz");
                assertThat(c.details()).containsEntry("part", "airport");
            });
            assertThat(claims(text, ClaimKind.CONTROL)).as(text).isEmpty();
        }
    }

    @Test
    void exceptionToControlIsHeldByTheOtherSide() {
        for (String text : List.of("The Taliban control Kunduz, except for the airport.",
                "The Taliban control Kunduz with the exception of the airport.")) {
            assertThat(claims(text, ClaimKind.PARTIAL_CONTROL)).as(text).singleElement().satisfies(c -> {
                assertThat(c.actor()).isEqualTo("Afghan government");
                assertThat(c.details()).containsEntry("part", "airport");
            });
        }
    }

    @Test
    void comingUnderControlIsACaptureNotAControl() {
        String text = "Kabul may come under Taliban control within 90 days.";
        assertThat(claims(text, ClaimKind.CONTROL)).isEmpty();
        assertThat(claims(text, ClaimKind.CAPTURE)).singleElement()
                .satisfies(c -> assertThat(c.modality()).isEqualTo(Modality.FORECAST));
    }

    @Test
    void holdingTalksOrControllingWithoutAPlaceIsNoControl() {
        for (String text : List.of("The Taliban held talks with Afghan officials in Doha.",
                "Afghan forces struggled to control the crowds.",
                "The Taliban are holding prisoners.")) {
            assertThat(claims(text, ClaimKind.CONTROL)).as(text).isEmpty();
        }
    }

    @Test
    void forecastControlIsNotAsserted() {
        List<ExtractedClaim> found = claims("Afghan forces may not hold Kabul for long.", ClaimKind.CONTROL);
        assertThat(found).allSatisfy(c -> assertThat(c.modality()).isNotEqualTo(Modality.ASSERTED));
    }
}
