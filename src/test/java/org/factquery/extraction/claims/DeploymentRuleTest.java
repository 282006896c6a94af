package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;

class DeploymentRuleTest {

    @Test
    void purposeStopsBeforeASourceAtTheEnd() {
        ExtractedClaim d = onlyDeployment(
                "Berlin is flying 300 paratroopers to Kabul to help evacuate aid workers, a German official said.");
        assertThat(d.details().get("purpose")).isEqualTo("to help evacuate aid workers");
        assertThat(d.attributedTo()).isEqualTo("a German official");
    }

    private static ExtractedClaim onlyDeployment(String text) {
        return only(text, ClaimKind.DEPLOYMENT);
    }

    @Test
    void senderReadThroughMetonyms() {
        assertThat(onlyDeployment("Washington will send 2,500 soldiers to Jalalabad to secure the evacuation of consular staff.")
                .actor()).isEqualTo("United States");
        assertThat(onlyDeployment("The Pentagon is deploying around 600 soldiers to Kabul airport within the next 48 hours.")
                .actor()).isEqualTo("United States");
        assertThat(onlyDeployment("London has sent 900 paratroopers to Kabul.").actor()).isEqualTo("United Kingdom");
        assertThat(onlyDeployment("Berlin will dispatch hundreds of soldiers to Kabul.").actor()).isEqualTo("Germany");
    }

    @Test
    void countsInDigitsWordsAndWithQualifiers() {
        assertThat(onlyDeployment("Washington will send 2,500 soldiers to Jalalabad.").details()).containsEntry("troops", 2500);
        assertThat(onlyDeployment("The UK will deploy six hundred troops to Afghanistan.").details())
                .containsEntry("troops", 600);
        ExtractedClaim around = onlyDeployment("The Pentagon is deploying around 600 soldiers to Kabul airport.");
        assertThat(around.details()).containsEntry("troops", 600).containsEntry("qualifier", "around");
        ExtractedClaim about = onlyDeployment("About 1,000 US troops were flown to Qatar.");
        assertThat(about.details()).containsEntry("troops", 1000).containsEntry("qualifier", "about");
    }

    @Test
    void rangeKeepsLowerBoundAndMaximum() {
        for (String text : List.of("The US will send 3,500 to 4,000 troops to Kuwait on a temporary basis.",
                "The United States is sending between 3,500 to 4,000 troops to Kuwait.")) {
            ExtractedClaim c = onlyDeployment(text);
            assertThat(c.number()).as(text).isEqualTo(3500);
            assertThat(c.details()).as(text).containsEntry("troops", 3500).containsEntry("troopsMax", 4000);
        }
    }

    @Test
    void hundredsHasNoExactCount() {
        ExtractedClaim c = onlyDeployment("Berlin will dispatch hundreds of soldiers to Kabul.");
        assertThat(c.number()).isNull();
        assertThat(c.details()).containsEntry("troopsText", "hundreds").doesNotContainKey("troops");
    }

    @Test
    void unitsAreKept() {
        assertThat(onlyDeployment("London has sent 900 paratroopers to Kabul.").details().get("units"))
                .asList().contains("paratroopers");
        assertThat(onlyDeployment("Britain has deployed 600 soldiers from the Parachute Regiment to Kabul.").details()
                .get("units")).asList().contains("Parachute Regiment");
        assertThat(onlyDeployment("Two battalions of Marines will be deployed to Kabul airport, the Pentagon said.")
                .details().get("units")).asList().contains("battalions", "Marines");
    }

    @Test
    void destinationCityFacilityOrCountry() {
        assertThat(onlyDeployment("London has sent 900 paratroopers to Kabul.").details())
                .containsEntry("destination", "Kabul");
        assertThat(onlyDeployment("The Pentagon is deploying around 600 soldiers to Kabul airport.").details())
                .containsEntry("destination", "Hamid Karzai International Airport");
        assertThat(onlyDeployment("About 1,000 US troops were flown to Qatar.").details())
                .containsEntry("destination", "Qatar");
    }

    @Test
    void purposeAndTimeframe() {
        assertThat(onlyDeployment("Washington will send 2,500 soldiers to Jalalabad to secure the evacuation of consular staff.")
                .details()).containsEntry("purpose", "to secure the evacuation of consular staff");
        assertThat(onlyDeployment("The UK will deploy six hundred troops to Afghanistan to help British nationals leave.")
                .details()).containsEntry("purpose", "to help British nationals leave");
        assertThat(onlyDeployment("The Pentagon is deploying around 600 soldiers to Kabul airport within the next 48 hours.")
                .details()).containsEntry("timeframe", "within the next 48 hours");
        assertThat(onlyDeployment("The US will send 3,500 to 4,000 troops to Kuwait on a temporary basis.").details())
                .containsEntry("timeframe", "on a temporary basis");
    }

    @Test
    void statusFollowsTheTense() {
        assertThat(onlyDeployment("Washington will send 2,500 soldiers to Jalalabad.").details())
                .containsEntry("status", "announced");
        assertThat(onlyDeployment("The Pentagon is deploying around 600 soldiers to Kabul airport.").details())
                .containsEntry("status", "under way");
        assertThat(onlyDeployment("London has sent 900 paratroopers to Kabul.").details()).containsEntry("status", "done");
    }

    @Test
    void announcedDeploymentIsNotAForecast() {
        ExtractedClaim c = onlyDeployment("Washington will send 2,500 soldiers to Jalalabad.");
        assertThat(c.modality()).isEqualTo(Modality.ASSERTED);
        ExtractedClaim said = onlyDeployment("Two battalions of Marines will be deployed to Kabul airport, the Pentagon said.");
        assertThat(said.modality()).isEqualTo(Modality.REPORTED);
        assertThat(said.attributedTo()).isEqualTo("Pentagon");
    }

    @Test
    void destinationIsNeverACapture() {
        for (String text : List.of("Troops were sent to Kabul.", "London has sent 900 paratroopers to Kabul.",
                "Washington will send 2,500 soldiers to Jalalabad.")) {
            assertThat(claims(text, ClaimKind.CAPTURE)).as(text).isEmpty();
        }
    }

    @Test
    void arrivalWithoutDestinationOrTroopsIsNoDeployment() {
        assertThat(claims("US forces arrived in 2001 and stayed for twenty years.", ClaimKind.DEPLOYMENT)).isEmpty();
        assertThat(claims("Washington will send a letter to Kabul.", ClaimKind.DEPLOYMENT)).isEmpty();
    }
}
