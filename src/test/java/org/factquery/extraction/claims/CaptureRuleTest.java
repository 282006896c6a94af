package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factquery.extraction.claims.ClaimFixture.EXTRACTOR;
import static org.factquery.extraction.claims.ClaimFixture.claims;
import static org.factquery.extraction.claims.ClaimFixture.only;

import java.time.LocalDate;
import java.util.List;

import org.factquery.extraction.attribution.Modality;
import org.junit.jupiter.api.Test;

class CaptureRuleTest {

    private static List<String> capturedPlaces(String text) {
        return claims(text, ClaimKind.CAPTURE).stream().map(c -> c.place().name()).toList();
    }

    private static ExtractedClaim onlyCapture(String text) {
        return only(text, ClaimKind.CAPTURE);
    }

    // --- active, passive, intransitive and nominal forms ---

    @Test
    void activeVerbNamesActorAndPlace() {
        for (String text : List.of("The Taliban captured Kunduz on Sunday.",
                "The Taliban took Mazar-e-Sharif without a fight.",
                "The Taliban stormed Lashkargah on Monday.",
                "Taliban fighters entered Sheberghan on Saturday.",
                "The Taliban has taken over Farah city.")) {
            ExtractedClaim c = onlyCapture(text);
            assertThat(c.actor()).as(text).isEqualTo("Taliban");
            assertThat(c.modality()).as(text).isEqualTo(Modality.ASSERTED);
        }
    }

    @Test
    void irregularPastTensesCapture() {
        assertThat(capturedPlaces("Taliban fighters overran the northern city of Kunduz on Sunday.")).containsExactly("Kunduz");
        assertThat(capturedPlaces("Insurgents of the Taliban overtook Zaranj before dawn.")).containsExactly("Zaranj");
        assertThat(capturedPlaces("Government forces retook Lashkargah after a week, the Taliban said."))
                .containsExactly("Lashkar Gah");
    }

    @Test
    void spellingVariantsResolveToCanonicalCity() {
        assertThat(onlyCapture("The Taliban took Mazar-e-Sharif without a fight.").place().name()).isEqualTo("Mazar-i-Sharif");
        assertThat(onlyCapture("The Taliban stormed Lashkargah on Monday.").place().name()).isEqualTo("Lashkar Gah");
        assertThat(onlyCapture("Taliban fighters have overrun Pol-e Khomri.").place().name()).isEqualTo("Pul-e-Khumri");
        assertThat(onlyCapture("Taliban fighters took control of Qala-e-Naw late on Friday.").place().name()).isEqualTo("Qala-i-Naw");
    }

    @Test
    void perfectParticipleTaggedAsAdjectiveStillCaptures() {
        ExtractedClaim c = onlyCapture("Taliban fighters have overrun Taloqan.");
        assertThat(c.place().name()).isEqualTo("Taloqan");
        assertThat(c.actor()).isEqualTo("Taliban");
    }

    @Test
    void passiveWithByAgent() {
        for (String text : List.of("Kunduz was captured by the Taliban on Sunday.",
                "Kunduz was overrun by the Taliban.",
                "Kabul was taken by the Taliban.")) {
            ExtractedClaim c = onlyCapture(text);
            assertThat(c.actor()).as(text).isEqualTo("Taliban");
            assertThat(c.ruleId()).as(text).isEqualTo("capture.passive");
        }
    }

    @Test
    void fellToAndSurrenderedToTakeThePlaceAsSubject() {
        ExtractedClaim fell = onlyCapture("Sheberghan fell to the Taliban after days of fighting.");
        assertThat(fell.place().name()).isEqualTo("Sheberghan");
        assertThat(fell.actor()).isEqualTo("Taliban");
        assertThat(onlyCapture("Jalalabad has fallen to the Taliban.").place().name()).isEqualTo("Jalalabad");
        ExtractedClaim surrendered = onlyCapture("Zaranj surrendered to the Taliban without a fight.");
        assertThat(surrendered.place().name()).isEqualTo("Zaranj");
        assertThat(surrendered.actor()).isEqualTo("Taliban");
    }

    @Test
    void nominalFallCaptureSeizure() {
        assertThat(onlyCapture("The fall of Taloqan came after a week of fighting.").place().name()).isEqualTo("Taloqan");
        assertThat(onlyCapture("After the seizure of Farah, the Taliban moved on.").place().name()).isEqualTo("Farah");
        ExtractedClaim possessive = onlyCapture("The Taliban's capture of Kunduz shocked the government.");
        assertThat(possessive.place().name()).isEqualTo("Kunduz");
        assertThat(possessive.actor()).isEqualTo("Taliban");
    }

    @Test
    void coordinatedPlacesGiveOneClaimEach() {
        assertThat(capturedPlaces("The Taliban seized Pul-e-Khumri, Farah and Zaranj."))
                .containsExactly("Pul-e-Khumri", "Farah", "Zaranj");
        assertThat(capturedPlaces("Taliban fighters captured Kunduz, Taloqan and Sheberghan on Sunday."))
                .containsExactly("Kunduz", "Taloqan", "Sheberghan");
    }

    @Test
    void appositionAndDescriptionsResolveToThePlace() {
        assertThat(capturedPlaces("The Taliban seized Afghanistan's fourth-largest city, Mazar-i-Sharif."))
                .containsExactly("Mazar-i-Sharif");
        ExtractedClaim capitalOf = onlyCapture("The Taliban captured the capital of Jowzjan province.");
        assertThat(capitalOf.place().name()).isEqualTo("Sheberghan");
        assertThat(capitalOf.details()).containsEntry("placeResolvedBy", "capital-of");
        assertThat(capturedPlaces("The Taliban captured Sheberghan, the capital of Jowzjan province."))
                .containsExactly("Sheberghan");
    }

    // --- partial captures ---

    @Test
    void partOfACityIsAPartialCapture() {
        List<ExtractedClaim> airport = claims("The Taliban seized the airport of Kunduz.", ClaimKind.PARTIAL_CAPTURE);
        assertThat(airport).singleElement().satisfies(c -> {
            assertThat(c.place().name()).isEqualTo("Kunduz");
            assertThat(c.details()).containsEntry("part", "airport");
        });
        List<ExtractedClaim> buildings = claims("The Taliban seized government buildings in Farah.", ClaimKind.PARTIAL_CAPTURE);
        assertThat(buildings).singleElement().satisfies(c -> {
            assertThat(c.place().name()).isEqualTo("Farah");
            assertThat(c.details()).containsEntry("part", "government buildings");
        });
        assertThat(claims("The Taliban seized government buildings in Farah.", ClaimKind.CAPTURE)).isEmpty();
    }

    @Test
    void districtsAndFacilitiesArePartialCaptures() {
        assertThat(claims("The Taliban captured the Khanabad district of Kunduz.", ClaimKind.PARTIAL_CAPTURE))
                .extracting(c -> c.place().name()).containsExactly("Khanabad");
        assertThat(claims("The Taliban captured Imam Sahib district.", ClaimKind.PARTIAL_CAPTURE))
                .extracting(c -> c.place().name()).containsExactly("Imam Sahib");
        assertThat(claims("The Taliban seized the Zaranj crossing.", ClaimKind.PARTIAL_CAPTURE))
                .singleElement().satisfies(c -> assertThat(c.details()).containsEntry("within", "Zaranj"));
        assertThat(claims("The Taliban captured Imam Sahib district.", ClaimKind.CAPTURE)).isEmpty();
    }

    @Test
    void exceptionAddsPartialControlByTheOtherSide() {
        for (String text : List.of("The Taliban captured Kunduz, with the exception of the airport.",
                "The Taliban captured Kunduz, except for the airport.")) {
            assertThat(capturedPlaces(text)).as(text).containsExactly("Kunduz");
            assertThat(claims(text, ClaimKind.PARTIAL_CONTROL)).as(text).singleElement().satisfies(c -> {
                assertThat(c.actor()).isEqualTo("Afghan government");
                assertThat(c.details()).containsEntry("part", "airport");
            });
        }
    }

    // --- dates ---

    @Test
    void weekdayResolvesAgainstPublishedDate() {
        ExtractedClaim c = onlyCapture("The Taliban captured Kunduz on Thursday night.");
        assertThat(c.eventDate()).isEqualTo(LocalDate.of(2021, 8, 12));
        assertThat(c.eventTimeText()).isEqualTo("Thursday night");
    }

    @Test
    void withoutPublishedDateTheTimeTextIsKeptAndTheDateIsNull() {
        List<ExtractedClaim> found = EXTRACTOR.extract("The Taliban captured Kunduz on Thursday night.", null).claims();
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.eventDate()).isNull();
            assertThat(c.eventTimeText()).isEqualTo("Thursday night");
        });
    }

    // --- negatives ---

    @Test
    void forecastsAreNeverAssertedCaptures() {
        for (String text : List.of("Jalalabad could be overrun by the Taliban within 60 days.",
                "Kunduz may be captured within weeks.",
                "The Taliban is expected to take Jalalabad soon.",
                "The Taliban is poised to take Mazar-i-Sharif.",
                "Kabul may come under Taliban control within 90 days.")) {
            assertThat(claims(text, ClaimKind.CAPTURE)).as(text).isNotEmpty()
                    .allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.FORECAST));
        }
    }

    @Test
    void denialsAndNegationsAreMarked() {
        ExtractedClaim denied = onlyCapture("Officials denied that Farah had fallen.");
        assertThat(denied.modality()).isEqualTo(Modality.DENIED);
        ExtractedClaim notCaptured = onlyCapture("The Taliban did not capture Zaranj.");
        assertThat(notCaptured.negated()).isTrue();
        assertThat(notCaptured.modality()).isEqualTo(Modality.DENIED);
    }

    @Test
    void siegeIsAnAttackNotACapture() {
        String text = "Lashkar Gah is under siege.";
        assertThat(claims(text, ClaimKind.CAPTURE)).isEmpty();
        assertThat(claims(text, ClaimKind.ATTACK)).extracting(c -> c.place().name()).containsExactly("Lashkar Gah");
    }

    @Test
    void advancingTowardsAPlaceIsNotACapture() {
        assertThat(claims("Taliban fighters are moving towards the capital.", ClaimKind.CAPTURE)).isEmpty();
        assertThat(claims("The insurgents began an advance on Kabul.", ClaimKind.CAPTURE)).isEmpty();
    }

    @Test
    void destinationOfTroopsIsNotACapture() {
        assertThat(claims("Troops were sent to Kabul.", ClaimKind.CAPTURE)).isEmpty();
    }

    @Test
    void idiomsAndNonPlaceObjectsAreNotCaptures() {
        for (String text : List.of("The city fell silent after the shelling.",
                "The Taliban took part in talks in Doha.",
                "The Taliban captured weapons and vehicles.",
                "The Herat police chief surrendered to the Taliban.")) {
            assertThat(claims(text, ClaimKind.CAPTURE)).as(text).isEmpty();
            assertThat(claims(text, ClaimKind.PARTIAL_CAPTURE)).as(text).isEmpty();
        }
    }
}
