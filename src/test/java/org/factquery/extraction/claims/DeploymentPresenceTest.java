package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Forces a country keeps somewhere now ("Kenya has about 900 troops in Somalia"), kept as
 * {@code role: presence}, and the frames of a deployment besides "send": reinforcing with,
 * boots on the ground, "no plans to deploy". Sentences written for these tests, with sending
 * countries Kenya, the United States, Türkiye, Russia, the United Kingdom and Germany.
 */
class DeploymentPresenceTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenya has about 900 troops in Somalia.                            | Kenya         | 900  | Somalia
            There are about 2,500 US troops in Iraq.                          | United States | 2500 | Iraq
            There are roughly 2,500 US boots on the ground in Iraq.           | United States | 2500 | Iraq
            Turkey maintains about 3,000 soldiers in northern Iraq.           | Türkiye       | 3000 | Iraq
            Russia has 1,500 mercenaries stationed in Mali, officials said.   | Russia        | 1500 | Mali
            """)
    void forcesAlreadyThereAreAPresence(String text, String country, int troops, String destination) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.actor()).isEqualTo(country);
        assertThat(d.number()).isEqualTo(troops);
        assertThat(d.details()).containsEntry("role", "presence").containsEntry("destination", destination);
        assertThat(d.ruleId()).isEqualTo("deployment.presence");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "At the height of the war, the United States had 100,000 troops in Afghanistan.",
            "France has lost 50 soldiers in Mali since 2013.",
            "The attack killed 12 Nigerien soldiers in Tillaberi.",
            "There were 8,000 Kenyan troops in Somalia in 2012.",
            "Mali has 5,000 soldiers in Timbuktu." })
    void historyLossesAndACountrysOwnForcesAreNoPresence(String text) {
        assertThat(claims(text, ClaimKind.DEPLOYMENT)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Britain will reinforce its garrison in Estonia with 800 more troops.     | United Kingdom | 800 | Estonia
            Kenya will reinforce its contingent in Somalia with 500 soldiers.        | Kenya          | 500 | Somalia
            """)
    void reinforcingWithTroopsIsADeploymentToThePlaceReinforced(String text, String country, int troops, String destination) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.actor()).isEqualTo(country);
        assertThat(d.number()).isEqualTo(troops);
        assertThat(d.details()).containsEntry("destination", destination);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The United States has no plans to deploy troops to Haiti.      | United States | Haiti
            Germany has no intention of deploying soldiers to Niger.       | Germany       | Niger
            """)
    void aDeploymentRuledOutInAnInfinitiveOrGerundIsDenied(String text, String country, String destination) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.actor()).isEqualTo(country);
        assertThat(d.details()).containsEntry("destination", destination);
        assertThat(d.modality()).isEqualTo(Modality.DENIED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chad will send 1,000 soldiers to northern Nigeria.            | Nigeria
            Kenya said it would deploy 1,000 police officers to Haiti.    | Haiti
            """)
    void policeAndAPartOfACountryStillMakeADeployment(String text, String destination) {
        ExtractedClaim d = only(text, ClaimKind.DEPLOYMENT);
        assertThat(d.number()).isEqualTo(1000);
        assertThat(d.details()).containsEntry("destination", destination);
    }
}
