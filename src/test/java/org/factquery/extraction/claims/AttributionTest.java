package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.only;

import org.junit.jupiter.api.Test;

class AttributionTest {

    private static ExtractedClaim onlyCapture(String text) {
        return only(text, ClaimKind.CAPTURE);
    }

    private static String source(String text) {
        return onlyCapture(text).attributedTo();
    }

    @Test
    void speakerAfterTheVerbOfAQuotationIsTheSource() {
        assertThat(source("\"The Taliban captured Taloqan overnight,\" said Abdul Wahid, a tribal elder."))
                .isEqualTo("Abdul Wahid");
        assertThat(source("“Farah fell to the Taliban this morning,” said Gul Ahmad Azimi.")).isEqualTo("Gul Ahmad Azimi");
    }

    @Test
    void ownVoiceHasNoSource() {
        ExtractedClaim c = onlyCapture("The Taliban captured Kunduz on Sunday.");
        assertThat(c.attributedTo()).isNull();
        assertThat(c.attributedActor()).isNull();
    }

    @Test
    void accordingToBeforeOrAfterTheClaim() {
        assertThat(source("Kunduz has fallen to the Taliban, according to a provincial council member."))
                .isEqualTo("a provincial council member");
        assertThat(source("According to local officials, the Taliban captured Taloqan.")).isEqualTo("local officials");
        assertThat(source("The Taliban seized Farah on Sunday, according to the Afghan interior ministry."))
                .isEqualTo("Afghan interior ministry");
    }

    @Test
    void speakerBeforeSaidToldClaimedConfirmed() {
        assertThat(source("A district official told reporters the Taliban had seized Zaranj."))
                .isEqualTo("A district official");
        assertThat(source("The Taliban claimed they had captured Sheberghan.")).isEqualTo("Taliban");
        assertThat(source("The interior ministry confirmed that Kunduz had fallen to the Taliban."))
                .isEqualTo("interior ministry");
        assertThat(source("Local officials said the Taliban had captured Taloqan.")).isEqualTo("Local officials");
    }

    @Test
    void sentenceFinalSpeaker() {
        assertThat(source("The Taliban captured Farah, a police spokesman said.")).isEqualTo("a police spokesman");
        assertThat(source("Taliban fighters took control of Farah, Reuters reported.")).isEqualTo("Reuters");
        assertThat(source("Taloqan has been captured by the Taliban, Pentagon press secretary Jane Smith said."))
                .isEqualTo("Pentagon press secretary Jane Smith");
    }

    @Test
    void quotationWithSpeakerAfter() {
        ExtractedClaim c = onlyCapture("\"We have taken Kunduz,\" a Taliban spokesman said.");
        assertThat(c.attributedTo()).isEqualTo("a Taliban spokesman");
        assertThat(c.attributedActor()).isEqualTo("Taliban");
        assertThat(source("\"The Taliban captured Farah this morning,\" the police chief told reporters."))
                .isEqualTo("police chief");
    }

    @Test
    void appositionKeepsTheNamedSpeaker() {
        assertThat(source("Jane Doe, the council chairman, said the Taliban had captured Farah."))
                .startsWith("Jane Doe");
        assertThat(source("John Roe, a spokesman for the governor, said Kunduz had fallen to the Taliban."))
                .startsWith("John Roe");
    }

    @Test
    void sourceIsResolvedToItsParty() {
        assertThat(onlyCapture("Taloqan has been captured by the Taliban, Pentagon press secretary Jane Smith said.").attributedActor())
                .isEqualTo("United States");
        assertThat(onlyCapture("The interior ministry confirmed that Kunduz had fallen to the Taliban.").attributedActor())
                .isEqualTo("Afghan government");
        assertThat(onlyCapture("The Taliban claimed they had captured Sheberghan.").attributedActor()).isEqualTo("Taliban");
    }
}
