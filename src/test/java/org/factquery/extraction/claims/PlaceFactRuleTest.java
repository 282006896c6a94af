package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.junit.jupiter.api.Test;

class PlaceFactRuleTest {

    @Test
    void capitalOfProvinceIsLocatedIn() {
        ExtractedClaim c = only("Sheberghan is the capital of Jowzjan province.", ClaimKind.LOCATED_IN);
        assertThat(c.place().name()).isEqualTo("Sheberghan");
        assertThat(c.details()).containsEntry("province", "Jowzjan").containsEntry("relation", "capital of");
        assertThat(only("Taloqan, the capital of Takhar province, fell on Sunday.", ClaimKind.LOCATED_IN).details())
                .containsEntry("province", "Takhar");
        assertThat(only("The Taliban captured Sheberghan, the capital of Jowzjan province.", ClaimKind.LOCATED_IN)
                .details()).containsEntry("province", "Jowzjan");
    }

    @Test
    void inProvinceWithPositionVerbs() {
        for (String text : List.of("Pul-e-Khumri is located in Baghlan province.",
                "Zaranj lies in Nimruz province, on the border with Iran.",
                "Fighting reached Kunduz, in the northern province of Kunduz.")) {
            ExtractedClaim c = only(text, ClaimKind.LOCATED_IN);
            assertThat(c.details()).as(text).containsEntry("relation", "in");
        }
        assertThat(only("Pul-e-Khumri is located in Baghlan province.", ClaimKind.LOCATED_IN).details())
                .containsEntry("province", "Baghlan");
    }

    @Test
    void distanceInKilometres() {
        ExtractedClaim c = only("Kunduz is about 300 km north of Kabul.", ClaimKind.DISTANCE);
        assertThat(c.place().name()).isEqualTo("Kunduz");
        assertThat(c.details()).containsEntry("km", 300).containsEntry("to", "Kabul")
                .containsEntry("direction", "north").containsEntry("qualifier", "about");
        ExtractedClaim hyphenated = only("Ghazni lies 150 kilometres south-west of Kabul.", ClaimKind.DISTANCE);
        assertThat(hyphenated.details()).containsEntry("km", 150).containsEntry("direction", "southwest");
    }

    @Test
    void distanceInMilesIsConvertedToKilometres() {
        assertThat(only("Farah is 60 miles from Herat.", ClaimKind.DISTANCE).details())
                .containsEntry("km", 97).containsEntry("to", "Herat");
        assertThat(only("Farah lies 60 miles north of Zaranj.", ClaimKind.DISTANCE).details())
                .containsEntry("km", 97).containsEntry("direction", "north");
    }

    @Test
    void rankInAppositionAndPredicate() {
        for (String text : List.of("Herat is Afghanistan's third-largest city.",
                "Mazar-i-Sharif, the fourth-largest city in Afghanistan, is a trade hub.",
                "Jalalabad is the country's fifth biggest city.")) {
            ExtractedClaim c = only(text, ClaimKind.RANK);
            assertThat(c.details()).as(text).containsKey("rank");
        }
        assertThat(only("Mazar-i-Sharif, the fourth-largest city in Afghanistan, is a trade hub.", ClaimKind.RANK)
                .number()).isEqualTo(4);
        assertThat(only("Jalalabad is the country's fifth biggest city.", ClaimKind.RANK).place().name())
                .isEqualTo("Jalalabad");
    }

    @Test
    void noDistanceWithoutUnitOrTarget() {
        assertThat(claims("Kunduz has 300 checkpoints.", ClaimKind.DISTANCE)).isEmpty();
        assertThat(claims("Farah is 60 miles from the border.", ClaimKind.DISTANCE)).isEmpty();
    }

    @Test
    void nationalCapitalIsNotAProvinceFact() {
        assertThat(claims("Kabul is the capital of Afghanistan.", ClaimKind.LOCATED_IN)).isEmpty();
    }
}
