package org.factquery.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {

    static final String STORY = """
            KABUL (Wire) - Taliban fighters entered the western city of Farah on Tuesday after days of \
            clashes on its outskirts, two provincial council members said, and raised their flag over the \
            governor's compound. Government troops withdrew to an army base outside the city, the officials \
            said, speaking on condition of anonymity because they were not authorised to brief the media. \
            The defence ministry in Kabul said its forces were regrouping and would retake the city within \
            days. Residents described heavy gunfire through the night and said shops in the main bazaar \
            stayed shut on Wednesday morning. Aid agencies said hundreds of families had fled towards Herat \
            in recent weeks and warned that food stocks in the province were running low.""";

    static final String OTHER_STORY = """
            Afghan commandos pushed back an insurgent assault on the northern city of Pul-e-Khumri overnight, \
            the interior ministry said on Thursday, adding that dozens of attackers had been killed. Local \
            residents said fighting continued in two districts on the edge of the city and that the main \
            highway to the capital was closed. The Taliban said in a statement that their fighters still held \
            positions near the city's airport. Aid agencies said hundreds of families had fled towards Herat \
            in recent weeks and warned that food stocks in the province were running low.""";

    @Test
    void aRepublicationWithACorrectionAndBoilerplateIsSimilar() {
        String copy = "Correction: an earlier version of this story misspelled the governor's name.\n\n"
                + STORY.replace("(Wire) - ", "")
                + "\n\nThis article was republished from a news agency feed. All rights reserved.";
        TextFingerprint original = TextFingerprint.of(STORY);
        assertThat(original.similarity(TextFingerprint.of(copy))).isGreaterThan(0.7);
        assertThat(original.similarity(TextFingerprint.of(STORY))).isEqualTo(1.0);
    }

    @Test
    void smallEditsKeepAStorySimilar() {
        String edited = STORY.replace("on Tuesday", "late on Tuesday").replace("two provincial council members",
                "three provincial council members").replace("Residents described", "Residents reported");
        assertThat(TextFingerprint.of(STORY).similarity(TextFingerprint.of(edited)))
                .isGreaterThanOrEqualTo(NearDuplicates.COPY_SIMILARITY);
    }

    @Test
    void aDifferentStorySharingASentenceIsNotSimilar() {
        assertThat(TextFingerprint.of(STORY).similarity(TextFingerprint.of(OTHER_STORY))).isLessThan(0.3);
    }

    @Test
    void caseAndPunctuationDoNotMatterButWordsDo() {
        TextFingerprint original = TextFingerprint.of(STORY);
        assertThat(original.similarity(TextFingerprint.of(STORY.toUpperCase().replace(",", " ;")))).isEqualTo(1.0);
        assertThat(original.bandHashes()).containsExactly(TextFingerprint.of(STORY).bandHashes());
    }

    @Test
    void aTextTooShortHasNoFingerprintAndAStoredOneRoundTrips() {
        assertThat(TextFingerprint.of("Kandahar fell on Friday, officials said.")).isNull();
        TextFingerprint original = TextFingerprint.of(STORY);
        assertThat(TextFingerprint.of(original.minHashes()).similarity(original)).isEqualTo(1.0);
        assertThat(original.bandHashes()).hasSize(TextFingerprint.BANDS);
    }
}
