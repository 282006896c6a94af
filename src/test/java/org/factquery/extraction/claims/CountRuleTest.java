package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;

class CountRuleTest {

    private static List<ExtractedClaim> counts(String text) {
        return claims(text, ClaimKind.COUNT);
    }

    private static ExtractedClaim onlyCount(String text) {
        return only(text, ClaimKind.COUNT);
    }

    @Test
    void nOfMProvincialCapitals() {
        ExtractedClaim c = onlyCount("The Taliban now hold 9 of the nation's 34 provincial capitals.");
        assertThat(c.number()).isEqualTo(9);
        assertThat(c.details()).containsEntry("value", 9).containsEntry("of", 34)
                .containsEntry("what", "provincial capitals");
        assertThat(c.actor()).isEqualTo("Taliban");
        assertThat(onlyCount("The Taliban have taken 18 of Afghanistan's 34 provinces.").details())
                .containsEntry("value", 18).containsEntry("of", 34).containsEntry("what", "provinces");
        assertThat(onlyCount("The insurgents have now captured eleven of the 34 provincial capitals.").details())
                .containsEntry("value", 11).containsEntry("of", 34);
    }

    @Test
    void ordinalOfM() {
        ExtractedClaim c = onlyCount("Farah became the tenth of 34 provincial capitals to fall.");
        assertThat(c.details()).containsEntry("value", 10).containsEntry("of", 34).containsEntry("ordinal", true);
        assertThat(onlyCount("Taloqan was the sixth of the 34 provincial capitals to be overrun.").details())
                .containsEntry("value", 6);
    }

    @Test
    void qualifiersAreKept() {
        assertThat(onlyCount("Taliban fighters now hold about a dozen provincial capitals.").details())
                .containsEntry("value", 12).containsEntry("qualifier", "about");
        assertThat(onlyCount("Insurgents have seized at least 14 provincial capitals.").details())
                .containsEntry("value", 14).containsEntry("qualifier", "at least");
        assertThat(onlyCount("The Taliban control more than 20 provincial capitals.").details())
                .containsEntry("value", 20).containsEntry("qualifier", "more than");
    }

    @Test
    void halfOfTheCapitals() {
        ExtractedClaim c = onlyCount("The Taliban now controls half of the 34 provincial capitals.");
        assertThat(c.details()).containsEntry("value", 17).containsEntry("of", 34).containsEntry("qualifier", "half");
    }

    @Test
    void forecastCountIsAForecast() {
        ExtractedClaim c = onlyCount("The Taliban could take 20 of the 34 provincial capitals within weeks.");
        assertThat(c.modality()).isEqualTo(Modality.FORECAST);
    }

    @Test
    void incrementsAndDayTalliesAreNotCounts() {
        assertThat(counts("The Taliban seized three more cities on Friday.")).isEmpty();
        assertThat(counts("The Taliban seized three cities on Friday.")).isEmpty();
        assertThat(counts("Kunduz has 300,000 residents.")).isEmpty();
    }
}
