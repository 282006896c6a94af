package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The moves of a war that changes hands, in sentences written for these tests in the style of
 * news about several wars: recaptures, withdrawals, and the approaches and fights that are not
 * captures.
 */
class ChangesOfHandsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Government forces retook Sirte on Monday after weeks of fighting.          | Libyan government      | Sirte    | LY
            Azerbaijani troops recaptured Jabrayil, the defence ministry said.         | Azerbaijani government | Jabrayil | AZ
            Somali troops regained control of Kismayo on Friday, a military official said. | Somali government      | Kismayo  | SO
            Nigerian soldiers liberated Baga from Boko Haram, an army spokesman said.   | Nigerian government    | Baga     | NG
            The Mozambican army has reclaimed Mocimboa da Praia from the insurgents.   | Mozambican government  | Mocímboa da Praia | MZ
            Georgian forces retook Tskhinvali on Friday morning.                        | Georgian government    | Ts’khinvali | GE
            """)
    void recapturesAreCapturesThatChangedHandsBack(String text, String actor, String place, String country) {
        ExtractedClaim c = only(text, ClaimKind.CAPTURE);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.place().name()).isEqualTo(place);
        assertThat(c.place().countryCode()).isEqualTo(country);
        assertThat(c.details()).containsEntry("recapture", true);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Palma is back under government control, Mozambique's defence ministry said.",
            "By Sunday the port of Palma was back under the control of Mozambican forces." })
    void backUnderControlIsARecapture(String text) {
        ExtractedClaim c = only(text, ClaimKind.CAPTURE);
        assertThat(c.actor()).isEqualTo("Mozambican government");
        assertThat(c.place().name()).isEqualTo("Palma");
        assertThat(c.details()).containsEntry("recapture", true);
        assertThat(claims(text, ClaimKind.CONTROL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The army withdrew from Ajdabiya days after the rebels entered Libya's east. | Libyan government   | Ajdabiya
            Russian troops pulled out of Gori on Friday, Georgian officials said.       | Russian government  | Gori
            Armenian forces retreated from Shusha after three days of fighting.         | Armenian government | Shusha
            Ethiopian troops abandoned Baidoa overnight, residents told reporters.      | Ethiopian government | Baidoa
            Seleka fighters fled Bangui as the French troops arrived.                   | Séléka              | Bangui
            The withdrawal of Kenyan troops from Kismayo began on Tuesday.              | Kenyan government   | Kismayo
            """)
    void withdrawalsNameWhoLeft(String text, String actor, String place) {
        ExtractedClaim c = only(text, ClaimKind.WITHDRAWAL);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.place().name()).isEqualTo(place);
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Thousands of residents fled Sirte as the shelling intensified.",
            "The rebels withdrew from the peace talks in Libreville.",
            "Families left Maiduguri by bus on Sunday." })
    void leavingByCiviliansOrFromTalksIsNoWithdrawal(String text) {
        assertThat(claims(text, ClaimKind.WITHDRAWAL)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Insurgents entered the outskirts of Mocimboa da Praia on Wednesday.            | insurgents              | attack.outskirts
            Seleka rebels advanced towards Bangui on Saturday.                             | Séléka                  | attack.advance
            The rebels came within 75 km of Bangui, a French official said.                | rebels                  | attack.within
            The LNA launched an offensive to capture Tripoli in April.                     | Libyan National Army    | attack.offensive
            Al-Shabaab fighters closed in on Kismayo as Kenyan jets bombed the port.        | al-Shabaab              | attack.advance
            Fighting raged in Misrata for a third day.                                      |                         | attack.fighting
            Heavy clashes broke out around Gori on Saturday.                               |                         | attack.fighting
            """)
    void approachesAndFightsAreAttacksNotCaptures(String text, String actor, String rule) {
        ExtractedClaim c = only(text, ClaimKind.ATTACK);
        assertThat(c.actor()).isEqualTo(actor);
        assertThat(c.ruleId()).isEqualTo(rule);
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
        assertThat(claims(text, ClaimKind.PARTIAL_CAPTURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Government forces tried to recapture Sirte on Sunday.",
            "The army launched a fresh bid to retake Baga from Boko Haram.",
            "Azerbaijan's offensive to capture Shusha entered its second week." })
    void anAttemptIsNoCapture(String text) {
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The rebels could retake Sirte within days, analysts said.",
            "Boko Haram is expected to withdraw from Baga soon." })
    void forecastMovesAreForecasts(String text) {
        assertThat(claims(text)).filteredOn(c -> c.kind() == ClaimKind.CAPTURE || c.kind() == ClaimKind.WITHDRAWAL)
                .isNotEmpty().allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.FORECAST));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Azerbaijan denied that its troops had withdrawn from Shusha.",
            "The Mozambican army denied it had pulled out of Mocimboa da Praia." })
    void deniedWithdrawalsAreDenied(String text) {
        assertThat(claims(text, ClaimKind.WITHDRAWAL)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.DENIED));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Unconfirmed reports said Seleka rebels had taken Kaga-Bandoro.",
            "Unverified reports said Boko Haram fighters had withdrawn from Bama." })
    void aHedgedSourceMakesItsReportUnconfirmed(String text) {
        assertThat(claims(text)).filteredOn(c -> c.kind() == ClaimKind.CAPTURE || c.kind() == ClaimKind.WITHDRAWAL)
                .isNotEmpty().allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.UNCONFIRMED));
    }
}
