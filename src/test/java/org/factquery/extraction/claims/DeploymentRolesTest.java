package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whether a deployment's count adds to troops already sent or states the whole, and troops held
 * near a war rather than sent into it: sentences written for these tests, with several sending
 * countries (United States, United Kingdom, France, Türkiye, Germany, Rwanda) and destinations.
 */
class DeploymentRolesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Pentagon will send an additional 1,000 troops to Kabul.                     | United States | 1000
            Turkey will send 500 more soldiers to Libya.                                    | Türkiye       | 500
            France will send 500 troops to Niger in addition to the 1,000 already there.    | France        | 500
            Britain will fly another 200 paratroopers to Kabul.                             | United Kingdom | 200
            """)
    void anIncrementSaysSo(String text, String country, int troops) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.actor()).isEqualTo(country);
        assertThat(d.number()).isEqualTo(troops);
        assertThat(d.details()).containsEntry("role", "increment");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Germany will station a total of 4,800 troops in Lithuania.",
            "The United States will deploy 4,800 troops in all to Lithuania." })
    void aTotalSaysSo(String text) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.number()).isEqualTo(4800);
        assertThat(d.details()).containsEntry("role", "total");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The president ordered 1,000 more US troops to Afghanistan, bringing the total to about 6,000. | 1000 | 6000
            Britain sent another 200 soldiers to Kabul on Friday, bringing the total to 800.            | 200  | 800
            """)
    void aTotalAfterTheIncrementIsAReportOfItsOwnAndNeverTheirSum(String text, int increment, int total) {
        List<ExtractedClaim> d = claims(text, ClaimKind.DEPLOYMENT);
        assertThat(d).extracting(ExtractedClaim::number).containsExactly(increment, total);
        assertThat(d).extracting(c -> c.details().get("role")).containsExactly("increment", "total");
        assertThat(d).extracting(ExtractedClaim::place).allSatisfy(p -> assertThat(p).isEqualTo(d.get(0).place()));
        assertThat(d.get(1).ruleId()).isEqualTo("deployment.total");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States will deploy 3,000 troops to Kuwait to stand by in case they are needed. | Kuwait   | standby
            France will send 300 soldiers to Djibouti to be on standby for an evacuation.           | Djibouti | standby
            Britain will send 600 troops to Cyprus, where they will be staged for the evacuation.    | Cyprus   | staged
            """)
    void troopsHeldNearAWarAreOnStandbyOrStaged(String text, String destination, String status) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.details()).containsEntry("destination", destination).containsEntry("status", status);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rwanda sent 1,000 soldiers and police to Cabo Delgado.            | Cabo Delgado
            The United States will deploy 3,000 troops to Kuwait next week.   | Kuwait
            """)
    void aPlaceTheTaggerTakesForAVerbIsTheDestinationNotThePurpose(String text, String destination) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.details()).containsEntry("destination", destination).doesNotContainKey("purpose");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            British forces flew paratroopers into Khartoum. A further 250 troops will deploy to Cyprus.     | United Kingdom | Cyprus
            Turkish troops landed in Tripoli. Another 300 soldiers will head to Misrata next week.          | Türkiye        | Misrata
            """)
    void troopsThatAreTheSubjectTakeTheSenderOfTheDeploymentJustBefore(String text, String country, String to) {
        ExtractedClaim d = claims(text, ClaimKind.DEPLOYMENT).get(claims(text, ClaimKind.DEPLOYMENT).size() - 1);
        assertThat(d.actor()).isEqualTo(country);
        assertThat(d.details()).containsEntry("destination", to).containsEntry("role", "increment");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Rwanda will deploy 1,000 troops to Mozambique's Cabo Delgado.                        | Cabo Delgado
            Kenya sent 400 soldiers to Somalia's southern region of Gedo.                        | Gedo
            """)
    void aPlaceAfterItsCountrysPossessiveIsTheDestination(String text, String destination) {
        assertThat(only(text, ClaimKind.DEPLOYMENT).details()).containsEntry("destination", destination);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "There are no plans to send British troops into Khartoum.",
            "The French government ruled out sending troops to Niger." })
    void aDeploymentRuledOutIsDenied(String text) {
        assertThat(claims(text, ClaimKind.DEPLOYMENT)).isNotEmpty().allSatisfy(d -> assertThat(d.negated()).isTrue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Afghan troops were sent to Herat to reinforce the garrison.          | Afghan government  | Afghanistan
            The Nigerian army deployed 2,000 soldiers to Maiduguri.             | Nigerian government | Nigeria
            Libyan forces were rushed to Sirte as the rebels advanced.          | Libyan government  | Libya
            """)
    void aCountrysOwnForcesMovingAtHomeReinforceAndAreNoForeignDeployment(String text, String actor, String country) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.actor()).isEqualTo(actor);
        assertThat(d.details()).containsEntry("reinforcement", true).containsEntry("country", country);
        assertThat(d.ruleId()).isEqualTo("deployment.reinforcement");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            France is pulling 2,400 troops out of Mali.                                   | France         | Mali
            The United States will withdraw 1,000 troops from Iraq by the end of the year. | United States  | Iraq
            The last British troops pulled out of Kabul on Saturday.                      | United Kingdom | Kabul
            Russia is withdrawing 500 soldiers from Syria.                                | Russia         | Syria
            """)
    void forcesLeavingAreAWithdrawalKeptApartFromDeployments(String text, String country, String from) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.actor()).isEqualTo(country);
        assertThat(d.details()).containsEntry("status", "withdrawing").containsEntry("destination", from);
        assertThat(d.ruleId()).isEqualTo("deployment.withdrawal");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The State Department is withdrawing personnel from its embassy in Kabul.",
            "Britain is pulling its diplomats and their families out of Khartoum.",
            "Rebels withdrew from Sirte on Sunday.",
            "The air force flew 2,000 people out of Kabul on Monday.",
            "At the height of the war, the United States had 100,000 troops in Afghanistan." })
    void drawdownsEvacueesAndHistoricalTotalsAreNoDeployment(String text) {
        assertThat(claims(text, ClaimKind.DEPLOYMENT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Britain will send an infantry battalion of about 800 soldiers to Estonia.                 | 800  |      | Estonia
            Bangladesh will send a UN battalion of 850 peacekeepers to the Central African Republic.  | 850  |      | Central African Republic
            The United States will deploy between 3,000 and 3,500 troops to Kuwait.                  | 3000 | 3500 | Kuwait
            The Pentagon will send up to 4,000 troops to Poland.                                     | 4000 |      | Poland
            """)
    void aUnitsCountARangeAndACountryNamedAfterAVillageAreRead(String text, int troops, Integer max, String to) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.number()).isEqualTo(troops);
        assertThat(d.details().get("troopsMax")).isEqualTo(max);
        assertThat(d.details()).containsEntry("destination", to).doesNotContainKey("reinforcement");
    }

    @org.junit.jupiter.api.Test
    void severalThousandIsKeptAsWordsNotGuessedIntoANumber() {
        ExtractedClaim d = only("Germany will send several thousand troops to Lithuania.", ClaimKind.DEPLOYMENT);
        assertThat(d.number()).isNull();
        assertThat(d.details()).containsEntry("troopsText", "several thousand");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "The United States sent 3,000 troops to Kabul on Thursday.",
            "Rwanda sent 1,000 soldiers to Cabo Delgado." })
    void aPlainCountIsNeitherIncrementNorTotal(String text) {
        assertThat(only(text, ClaimKind.DEPLOYMENT).details()).doesNotContainKey("role");
    }
}
