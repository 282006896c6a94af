package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;

class AttackRuleTest {

    private static ExtractedClaim onlyAttack(String text) {
        return only(text, ClaimKind.ATTACK);
    }

    @Test
    void underSiegeOrAttack() {
        for (String text : List.of("Lashkar Gah is under siege.",
                "Lashkargah has been under siege for weeks.",
                "Kunduz came under heavy Taliban attack on Sunday.",
                "Farah remains under Taliban siege.")) {
            ExtractedClaim c = onlyAttack(text);
            assertThat(c.ruleId()).as(text).isEqualTo("attack.under");
            assertThat(claims(text, ClaimKind.CAPTURE)).as(text).isEmpty();
        }
        assertThat(onlyAttack("Farah remains under Taliban siege.").actor()).isEqualTo("Taliban");
    }

    @Test
    void siegeVerbsNameTheAttacker() {
        for (String text : List.of("The Taliban besieged Kunduz.",
                "Taliban fighters have encircled Kunduz.",
                "Taliban fighters are attacking Kunduz.")) {
            ExtractedClaim c = onlyAttack(text);
            assertThat(c.actor()).as(text).isEqualTo("Taliban");
            assertThat(c.place().name()).as(text).isEqualTo("Kunduz");
            assertThat(claims(text, ClaimKind.CAPTURE)).as(text).isEmpty();
        }
    }

    @Test
    void theCapitalResolvesToKabul() {
        ExtractedClaim c = onlyAttack("The Taliban now threaten the capital.");
        assertThat(c.place().name()).isEqualTo("Kabul");
        assertThat(c.details()).containsKey("placeResolvedBy");
    }

    @Test
    void hedgedSiegeIsAForecast() {
        ExtractedClaim c = onlyAttack("Mazar-i-Sharif could soon be under siege.");
        assertThat(c.modality()).isEqualTo(Modality.FORECAST);
    }

    @Test
    void passiveIsolationForecastIsNeitherAttackNorCapture() {
        String text = "US intelligence believes Kabul could be isolated within 30 days.";
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
        assertThat(claims(text, ClaimKind.ATTACK)).allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.FORECAST));
    }

    @Test
    void attackWithoutPlaceGivesNoClaim() {
        assertThat(claims("The Taliban attacked a convoy on the highway.", ClaimKind.ATTACK)).isEmpty();
    }
}
