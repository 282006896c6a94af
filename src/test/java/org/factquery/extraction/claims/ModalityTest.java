package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;

class ModalityTest {

    private static ExtractedClaim onlyCapture(String text) {
        return only(text, ClaimKind.CAPTURE);
    }

    private static Modality modality(String text) {
        return onlyCapture(text).modality();
    }

    @Test
    void outletsOwnVoiceIsAsserted() {
        assertThat(modality("The Taliban captured Kunduz on Sunday.")).isEqualTo(Modality.ASSERTED);
        assertThat(modality("Sheberghan fell to the Taliban after days of fighting.")).isEqualTo(Modality.ASSERTED);
        assertThat(modality("Kunduz was overrun by the Taliban.")).isEqualTo(Modality.ASSERTED);
    }

    @Test
    void modalsAndHorizonsAreForecasts() {
        for (String text : List.of("Jalalabad could be overrun by the Taliban within 60 days.",
                "Kunduz may be captured within weeks.",
                "Kabul might fall within weeks, analysts said.",
                "The Taliban is expected to take Jalalabad soon.",
                "The Taliban is poised to take Mazar-i-Sharif.",
                "Kabul may come under Taliban control within 90 days.")) {
            assertThat(modality(text)).as(text).isEqualTo(Modality.FORECAST);
        }
    }

    @Test
    void denialsAreDenied() {
        for (String text : List.of("Officials denied that Farah had fallen.",
                "The government denied that Jalalabad had fallen to the Taliban.",
                "Afghan officials denied reports that Taloqan had been captured.")) {
            assertThat(modality(text)).as(text).isEqualTo(Modality.DENIED);
        }
    }

    @Test
    void negatedCapturesAreDeniedAndNegated() {
        for (String text : List.of("The Taliban did not capture Zaranj.",
                "The Taliban never captured Jalalabad.",
                "The Taliban did not take Kabul.")) {
            ExtractedClaim c = onlyCapture(text);
            assertThat(c.negated()).as(text).isTrue();
            assertThat(c.modality()).as(text).isEqualTo(Modality.DENIED);
        }
        assertThat(onlyCapture("The Taliban captured Kunduz on Sunday.").negated()).isFalse();
    }

    @Test
    void hedgesAndUnconfirmableReportsAreUnconfirmed() {
        for (String text : List.of("The Taliban reportedly seized Farah on Thursday night.",
                "Officials were unable to confirm that Taloqan had fallen.",
                "The Taliban allegedly captured Sheberghan.")) {
            assertThat(modality(text)).as(text).isEqualTo(Modality.UNCONFIRMED);
        }
    }

    @Test
    void partySpeakingForItselfIsClaimed() {
        for (String text : List.of("The Taliban claimed they had captured Sheberghan.",
                "\"We have taken Kunduz,\" a Taliban spokesman said.",
                "A Taliban spokesman said they had captured Farah.")) {
            ExtractedClaim c = onlyCapture(text);
            assertThat(c.modality()).as(text).isEqualTo(Modality.CLAIMED);
            assertThat(c.actor()).as(text).isEqualTo("Taliban");
        }
    }

    @Test
    void confirmationIsConfirmed() {
        for (String text : List.of("The interior ministry confirmed that Kunduz had fallen to the Taliban.",
                "Afghan officials confirmed the fall of Taloqan.",
                "A provincial council member confirmed that the Taliban had captured Farah.")) {
            assertThat(modality(text)).as(text).isEqualTo(Modality.CONFIRMED);
        }
    }

    @Test
    void thirdPartySourcesAreReported() {
        for (String text : List.of("Kunduz has fallen to the Taliban, according to a provincial council member.",
                "The Taliban captured Farah, a police spokesman said.",
                "A district official told reporters the Taliban had seized Zaranj.",
                "Taliban fighters took control of Farah, Reuters reported.")) {
            assertThat(modality(text)).as(text).isEqualTo(Modality.REPORTED);
        }
    }
}
