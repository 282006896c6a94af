package org.factquery.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.factquery.city.StatusAssessment.Dispute;
import org.factquery.city.StatusAssessment.Part;
import org.factquery.city.StatusAssessment.Value;
import org.junit.jupiter.api.Test;

/** Checks how {@link StatusRules#assess} turns stored city claims into a status, holder, confidence and disputes. */
class StatusRulesTest {

    private static final String TALIBAN = "Taliban";
    private static final String GOVERNMENT = "Afghan government";

    @Test
    void noClaimsGiveUnknownWithoutHolderOrConfidence() {
        StatusAssessment a = StatusRules.assess(List.of());

        assertThat(a.status()).isEqualTo(CityStatus.UNKNOWN);
        assertThat(a.controlledBy()).isNull();
        assertThat(a.confidence()).isNull();
        assertThat(a.since()).isNull();
        assertThat(a.evidence()).isEmpty();
        assertThat(a.disputes()).isEmpty();
    }

    @Test
    void forecastsAndDenialsNeverMakeACityCaptured() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).modality("FORECAST"),
                claim(2, "CAPTURE", TALIBAN).modality("DENIED"),
                claim(3, "CAPTURE", TALIBAN).negated());

        assertThat(a.status()).isNotEqualTo(CityStatus.CAPTURED).isEqualTo(CityStatus.UNKNOWN);
        assertThat(a.controlledBy()).isNull();
        assertThat(a.evidence()).isEmpty();
        assertThat(a.forecasts()).containsExactly(1L);
    }

    @Test
    void forecastIsListedApartFromTheEvidenceOfTheHolder() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", GOVERNMENT),
                claim(2, "CAPTURE", TALIBAN).modality("FORECAST"));

        assertThat(a.status()).isEqualTo(CityStatus.HELD);
        assertThat(a.controlledBy()).isEqualTo(GOVERNMENT);
        assertThat(a.evidence()).containsExactly(1L);
        assertThat(a.forecasts()).containsExactly(2L);
    }

    @Test
    void firmCaptureMakesTheCityCapturedByTheCapturer() {
        StatusAssessment a = assess(claim(7, "CAPTURE", TALIBAN).date("2021-08-08"));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isEqualTo(TALIBAN);
        assertThat(a.since()).isEqualTo(LocalDate.parse("2021-08-08"));
        assertThat(a.evidence()).containsExactly(7L);
        assertThat(a.documents()).isEqualTo(1);
    }

    @Test
    void controlClaimAloneMakesTheCityHeld() {
        StatusAssessment a = assess(claim(1, "CONTROL", GOVERNMENT).date("2021-08-08"));

        assertThat(a.status()).isEqualTo(CityStatus.HELD);
        assertThat(a.controlledBy()).isEqualTo(GOVERNMENT);
        assertThat(a.since()).isNull();
        assertThat(a.evidence()).containsExactly(1L);
    }

    @Test
    void unconfirmedCaptureAloneNamesNoHolder() {
        StatusAssessment a = assess(claim(1, "CAPTURE", TALIBAN).modality("UNCONFIRMED"));

        assertThat(a.status()).isEqualTo(CityStatus.CONTESTED);
        assertThat(a.controlledBy()).isNull();
        assertThat(a.confidence()).isNull();
        assertThat(a.evidence()).containsExactly(1L);
    }

    @Test
    void unconfirmedRivalCaptureLeavesTheCityCapturedButIsDisputedAndLowersConfidence() {
        ClaimBuilder first = claim(1, "CAPTURE", TALIBAN).doc(10);
        ClaimBuilder second = claim(2, "CAPTURE", TALIBAN).doc(11);
        StatusAssessment alone = assess(first, second);
        StatusAssessment withRival = assess(first, second,
                claim(3, "CAPTURE", GOVERNMENT).modality("UNCONFIRMED").doc(12));

        assertThat(withRival.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(withRival.controlledBy()).isEqualTo(TALIBAN);
        assertThat(withRival.evidence()).containsExactly(1L, 2L);
        Dispute holder = dispute(withRival, "holder");
        assertThat(holder.values()).extracting(Value::value).containsExactly(TALIBAN, GOVERNMENT);
        assertThat(holder.values().get(1).claims()).containsExactly(3L);
        assertThat(alone.disputes()).isEmpty();
        assertThat(withRival.confidence()).isLessThan(alone.confidence());
    }

    @Test
    void twoRivalsWithComparableFirmSupportMakeTheCityContested() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(10),
                claim(2, "CONTROL", GOVERNMENT).doc(11));

        assertThat(a.status()).isEqualTo(CityStatus.CONTESTED);
        assertThat(a.controlledBy()).isNull();
        assertThat(a.confidence()).isNull();
        assertThat(a.evidence()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(dispute(a, "holder").values()).extracting(Value::value)
                .containsExactlyInAnyOrder(TALIBAN, GOVERNMENT);
    }

    @Test
    void laterDatedCaptureByAnotherActorRetakesTheCity() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", GOVERNMENT).doc(10).date("2021-07-01"),
                claim(2, "CAPTURE", GOVERNMENT).doc(11).date("2021-07-01"),
                claim(3, "CAPTURE", TALIBAN).doc(12).date("2021-08-10"));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isEqualTo(TALIBAN);
        assertThat(a.since()).isEqualTo(LocalDate.parse("2021-08-10"));
        assertThat(a.evidence()).containsExactly(3L);
    }

    @Test
    void attackByAnotherActorOnAHeldCityMakesItContestedAndKeepsTheHolder() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", GOVERNMENT).doc(10),
                claim(2, "ATTACK", TALIBAN).doc(11));

        assertThat(a.status()).isEqualTo(CityStatus.CONTESTED);
        assertThat(a.controlledBy()).isEqualTo(GOVERNMENT);
        // 0.7 × (1 − 0.7 / 2) = 0.455, rounded half up
        assertThat(a.confidence()).isEqualTo(0.46);
    }

    @Test
    void attackByTheHolderItselfDoesNotContestTheCity() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", GOVERNMENT).doc(10),
                claim(2, "ATTACK", GOVERNMENT).doc(11));

        assertThat(a.status()).isEqualTo(CityStatus.HELD);
        assertThat(a.controlledBy()).isEqualTo(GOVERNMENT);
        assertThat(a.confidence()).isEqualTo(0.7);
    }

    @Test
    void partialControlByAnotherActorIsAnException() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", GOVERNMENT).doc(10),
                claim(2, "PARTIAL_CONTROL", TALIBAN).doc(11).part("police headquarters"));

        assertThat(a.controlledBy()).isEqualTo(GOVERNMENT);
        assertThat(a.exceptions()).containsExactly(new Part("police headquarters", TALIBAN, 1, List.of(2L)));
    }

    @Test
    void partialClaimByTheHolderIsNoException() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", GOVERNMENT).doc(10),
                claim(2, "PARTIAL_CONTROL", GOVERNMENT).doc(11).part("airport"));

        assertThat(a.controlledBy()).isEqualTo(GOVERNMENT);
        assertThat(a.exceptions()).isEmpty();
    }

    @Test
    void twoDifferentProvincesAreAProvinceDispute() {
        StatusAssessment a = assess(
                claim(1, "LOCATED_IN", null).doc(10).province("Herat"),
                claim(2, "LOCATED_IN", null).doc(11).province("Badghis"),
                claim(3, "LOCATED_IN", null).doc(12).province("Badghis"));

        Dispute province = dispute(a, "province");
        assertThat(province.values()).extracting(Value::value).containsExactly("Badghis", "Herat");
        assertThat(province.values()).extracting(Value::documents).containsExactly(2, 1);
    }

    @Test
    void capturesOnDifferentWeekdaysAreACaptureDayDispute() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(10).time("Monday"),
                claim(2, "CAPTURE", TALIBAN).doc(11).time("early on Thursday"));

        assertThat(a.controlledBy()).isEqualTo(TALIBAN);
        assertThat(dispute(a, "capture day").values()).extracting(Value::value)
                .containsExactlyInAnyOrder("Monday", "Thursday");
    }

    @Test
    void undatedWeekdayJoinsTheResolvedDateFallingOnIt() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(10).date("2021-08-12").time("on Thursday"),
                claim(2, "CAPTURE", TALIBAN).doc(11).time("Thursday"));

        assertThat(a.disputes()).extracting(Dispute::about).doesNotContain("capture day");
        assertThat(StatusRules.captureDays(List.of(claim(1, "CAPTURE", TALIBAN).date("2021-08-12").build(),
                claim(2, "CAPTURE", TALIBAN).time("Thursday").build()))).containsOnlyKeys("2021-08-12");
    }

    @Test
    void sinceIsTheEarliestFirmCaptureDate() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(10).date("2021-08-12"),
                claim(2, "CAPTURE", TALIBAN).doc(11).date("2021-08-10"),
                claim(3, "CAPTURE", TALIBAN).doc(12).date("2021-08-05").modality("UNCONFIRMED"),
                claim(4, "CONTROL", TALIBAN).doc(13).date("2021-08-01"));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.since()).isEqualTo(LocalDate.parse("2021-08-10"));
    }

    @Test
    void singleAssertedSourceGivesSevenTenths() {
        assertThat(assess(claim(1, "CAPTURE", TALIBAN)).confidence()).isEqualTo(0.7);
    }

    @Test
    void twoAssertedDocumentsWithoutPublisherCombineIndependently() {
        StatusAssessment a = assess(claim(1, "CAPTURE", TALIBAN).doc(10), claim(2, "CAPTURE", TALIBAN).doc(11));

        assertThat(a.confidence()).isEqualTo(0.91);
        assertThat(a.documents()).isEqualTo(2);
        assertThat(a.publishers()).isZero();
    }

    @Test
    void twoDocumentsOfTheSamePublisherCountAsOneSource() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(10).publisher("Reuters"),
                claim(2, "CAPTURE", TALIBAN).doc(11).publisher("reuters "));

        assertThat(a.confidence()).isEqualTo(0.7);
        assertThat(a.documents()).isEqualTo(2);
        assertThat(a.publishers()).isEqualTo(1);
    }

    @Test
    void confidenceNeverExceedsTheCap() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(10).modality("CONFIRMED"),
                claim(2, "CAPTURE", TALIBAN).doc(11).modality("CONFIRMED"),
                claim(3, "CAPTURE", TALIBAN).doc(12).modality("CONFIRMED"),
                claim(4, "CAPTURE", TALIBAN).doc(13).modality("CONFIRMED"));

        assertThat(a.confidence()).isEqualTo(0.99);
    }

    @Test
    void evidenceShowsOneClaimPerDocumentBeforeASecondOfAny() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", TALIBAN).doc(100).modality("CONFIRMED"),
                claim(2, "CAPTURE", TALIBAN).doc(100).modality("CONFIRMED"),
                claim(3, "CAPTURE", TALIBAN).doc(200).modality("REPORTED"));

        assertThat(a.evidence()).containsExactly(1L, 3L, 2L);
    }

    @Test
    void aFallWithoutANamedTakerIsCapturedByAnUnknownHolderNotContested() {
        StatusAssessment a = assess(claim(1, "CAPTURE", null).date("2021-08-10"));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isNull();
        assertThat(a.since()).isEqualTo(LocalDate.parse("2021-08-10"));
        assertThat(a.confidence()).isEqualTo(0.7);
        assertThat(a.evidence()).containsExactly(1L);
    }

    @Test
    void aNamedHolderOutweighsAFallWithoutATaker() {
        StatusAssessment a = assess(claim(1, "CAPTURE", null), claim(2, "CAPTURE", TALIBAN));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isEqualTo(TALIBAN);
        assertThat(a.evidence()).containsExactly(2L);
    }

    @Test
    void anUnconfirmedFallWithoutATakerIsNoCapture() {
        StatusAssessment a = assess(claim(1, "CAPTURE", null).modality("UNCONFIRMED"));

        assertThat(a.status()).isEqualTo(CityStatus.CONTESTED);
        assertThat(a.controlledBy()).isNull();
    }

    @Test
    void weekdayIsReadFromATimeExpression() {
        assertThat(StatusRules.weekday("early on Thursday")).isEqualTo("Thursday");
        assertThat(StatusRules.weekday("MONDAY night")).isEqualTo("Monday");
        assertThat(StatusRules.weekday("late last night")).isNull();
        assertThat(StatusRules.weekday(null)).isNull();
    }

    // --- changes of hands (the wars named are only labels of the actors) -----------------------

    private static final String REBELS = "rebels";
    private static final String LIBYAN_GOVERNMENT = "Libyan government";

    @Test
    void aCityTakenAndRetakenIsHeldByTheLastTaker() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", REBELS).date("2011-08-20"),
                claim(2, "CAPTURE", LIBYAN_GOVERNMENT).date("2011-09-02").recapture());

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isEqualTo(LIBYAN_GOVERNMENT);
        assertThat(a.history()).extracting(StatusAssessment.Change::change, StatusAssessment.Change::actor,
                StatusAssessment.Change::day).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(StatusAssessment.ChangeKind.CAPTURE, REBELS,
                                LocalDate.parse("2011-08-20")),
                        org.assertj.core.groups.Tuple.tuple(StatusAssessment.ChangeKind.RECAPTURE, LIBYAN_GOVERNMENT,
                                LocalDate.parse("2011-09-02")));
    }

    @Test
    void anUndatedRecaptureOutranksTheCaptureItUndid() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", "al-Shabaab").reportedOn("2012-09-28"),
                claim(2, "CAPTURE", "Somali government").reportedOn("2012-09-28").recapture());

        assertThat(a.controlledBy()).isEqualTo("Somali government");
        assertThat(a.history()).extracting(StatusAssessment.Change::change)
                .containsExactly(StatusAssessment.ChangeKind.CAPTURE, StatusAssessment.ChangeKind.RECAPTURE);
    }

    @Test
    void aCityThatChangedHandsTwiceHasThreeChangesAndAnswersAsOfEachDay() {
        List<ClaimBuilder> claims = List.of(
                claim(1, "CONTROL", LIBYAN_GOVERNMENT).date("2011-02-01"),
                claim(2, "CAPTURE", REBELS).date("2011-02-24"),
                claim(3, "CAPTURE", REBELS).date("2011-02-24").doc(7),
                claim(4, "CAPTURE", LIBYAN_GOVERNMENT).date("2011-03-15").recapture(),
                claim(5, "CAPTURE", REBELS).date("2011-08-22"));

        StatusAssessment now = StatusRules.assess(claims.stream().map(ClaimBuilder::build).toList());
        assertThat(now.controlledBy()).isEqualTo(REBELS);
        assertThat(now.since()).isEqualTo(LocalDate.parse("2011-08-22"));
        assertThat(now.history()).extracting(StatusAssessment.Change::change).containsExactly(
                StatusAssessment.ChangeKind.CAPTURE, StatusAssessment.ChangeKind.RECAPTURE,
                StatusAssessment.ChangeKind.RECAPTURE);
        assertThat(now.history().get(0).documents()).isEqualTo(2);
        assertThat(now.history().get(0).claims()).containsExactlyInAnyOrder(2L, 3L);

        StatusAssessment inMarch = StatusRules.assess(claims.stream().map(ClaimBuilder::build)
                .filter(c -> !c.eventDate().isAfter(LocalDate.parse("2011-03-31"))).toList());
        assertThat(inMarch.controlledBy()).isEqualTo(LIBYAN_GOVERNMENT);
    }

    @Test
    void aHolderThatWithdrewHoldsTheCityNoLonger() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", LIBYAN_GOVERNMENT).date("2011-02-20"),
                claim(2, "WITHDRAWAL", LIBYAN_GOVERNMENT).date("2011-02-23"));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isNull();
        assertThat(a.since()).isEqualTo(LocalDate.parse("2011-02-23"));
        assertThat(a.evidence()).containsExactly(2L);
        assertThat(a.history()).singleElement().satisfies(c -> {
            assertThat(c.change()).isEqualTo(StatusAssessment.ChangeKind.WITHDRAWAL);
            assertThat(c.actor()).isEqualTo(LIBYAN_GOVERNMENT);
        });
    }

    @Test
    void aWithdrawalBeforeTheHoldersLatestClaimChangesNothing() {
        StatusAssessment a = assess(
                claim(1, "WITHDRAWAL", LIBYAN_GOVERNMENT).date("2011-02-23"),
                claim(2, "CAPTURE", LIBYAN_GOVERNMENT).date("2011-03-10").recapture());

        assertThat(a.controlledBy()).isEqualTo(LIBYAN_GOVERNMENT);
        assertThat(a.history()).extracting(StatusAssessment.Change::change).containsExactly(
                StatusAssessment.ChangeKind.WITHDRAWAL, StatusAssessment.ChangeKind.RECAPTURE);
    }

    @Test
    void theSideThatLeavesAndTheSideThatTakesOver() {
        StatusAssessment a = assess(
                claim(1, "WITHDRAWAL", "Mozambican government").date("2020-08-11"),
                claim(2, "CAPTURE", "Ansar al-Sunna").date("2020-08-12"));

        assertThat(a.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(a.controlledBy()).isEqualTo("Ansar al-Sunna");
    }

    @Test
    void anAdvanceTowardsAHeldCityDoesNotContestIt() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", "Central African government").date("2012-12-20"),
                claim(2, "ATTACK", "Séléka").date("2012-12-29").approach());

        assertThat(a.status()).isEqualTo(CityStatus.HELD);
        assertThat(assess(claim(2, "ATTACK", "Séléka").approach()).status()).isEqualTo(CityStatus.UNKNOWN);
        assertThat(assess(
                claim(1, "CONTROL", "Central African government").date("2012-12-20"),
                claim(2, "ATTACK", "Séléka").date("2012-12-29")).status()).isEqualTo(CityStatus.CONTESTED);
    }

    @Test
    void anUnconfirmedWithdrawalDoesNotUnseatTheHolder() {
        StatusAssessment a = assess(
                claim(1, "CONTROL", LIBYAN_GOVERNMENT).date("2011-02-20"),
                claim(2, "WITHDRAWAL", LIBYAN_GOVERNMENT).date("2011-02-23").modality("UNCONFIRMED"));

        assertThat(a.controlledBy()).isEqualTo(LIBYAN_GOVERNMENT);
        assertThat(a.history()).isEmpty(); // only firm reports are changes of hands
    }

    @Test
    void theCaptureDayOfARetakenCityIsThatOfItsLastTaking() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", REBELS).date("2011-08-20"),
                claim(2, "CAPTURE", LIBYAN_GOVERNMENT).date("2011-09-05").recapture(),
                claim(3, "CAPTURE", REBELS).date("2011-10-20").recapture());

        assertThat(a.since()).isEqualTo(LocalDate.parse("2011-10-20"));
        assertThat(a.disputes()).extracting(Dispute::about).doesNotContain("capture day");
    }

    @Test
    void aCaptureOfTheProvinceMakesItsCapitalCapturedByInferenceWithLessConfidence() {
        StatusAssessment direct = assess(claim(1, "CAPTURE", "al-Shabaab"));
        StatusAssessment inferred = assess(claim(1, "CAPTURE", "al-Shabaab").aboutProvince());

        assertThat(inferred.status()).isEqualTo(CityStatus.CAPTURED);
        assertThat(inferred.controlledBy()).isEqualTo("al-Shabaab");
        assertThat(inferred.inferredFrom()).isEqualTo("province");
        assertThat(inferred.fromProvince()).containsExactly(1L);
        assertThat(inferred.confidence()).isLessThan(direct.confidence());
        assertThat(direct.inferredFrom()).isNull();
    }

    @Test
    void aReportAboutTheCapitalItselfOutweighsWhatItsProvinceSuggests() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", "Boko Haram").aboutProvince(),
                claim(2, "CAPTURE", "Boko Haram").aboutProvince().doc(3),
                claim(4, "CONTROL", "Nigerian government").modality("REPORTED"));

        assertThat(a.status()).isEqualTo(CityStatus.HELD);
        assertThat(a.controlledBy()).isEqualTo("Nigerian government");
        assertThat(a.inferredFrom()).isNull();
        assertThat(a.evidence()).containsExactly(4L);
    }

    @Test
    void anAttackOnTheCapitalLeavesTheProvincesCaptorHoldingItContested() {
        StatusAssessment a = assess(
                claim(1, "CAPTURE", "Seleka").aboutProvince(),
                claim(2, "ATTACK", "anti-balaka"));

        assertThat(a.status()).isEqualTo(CityStatus.CONTESTED);
        assertThat(a.controlledBy()).isEqualTo("Seleka");
        assertThat(a.inferredFrom()).isEqualTo("province");
    }

    private static StatusAssessment assess(ClaimBuilder... claims) {
        return StatusRules.assess(Arrays.stream(claims).map(ClaimBuilder::build).toList());
    }

    private static Dispute dispute(StatusAssessment a, String about) {
        return a.disputes().stream().filter(d -> d.about().equals(about)).findFirst()
                .orElseThrow(() -> new AssertionError("no \"" + about + "\" dispute in " + a.disputes()));
    }

    /** A stated (ASSERTED) claim in its own document unless told otherwise. */
    private static ClaimBuilder claim(long id, String kind, String actor) {
        return new ClaimBuilder(id, kind, actor);
    }

    private static final class ClaimBuilder {
        private final long id;
        private final String kind;
        private final String actor;
        private String modality = "ASSERTED";
        private boolean negated;
        private LocalDate date;
        private String time;
        private long doc;
        private String publisher;
        private String part;
        private String province;
        private LocalDate reportedOn;
        private boolean recapture;
        private boolean approach;
        private boolean aboutProvince;

        ClaimBuilder(long id, String kind, String actor) {
            this.id = id;
            this.kind = kind;
            this.actor = actor;
            this.doc = id;
        }

        ClaimBuilder modality(String value) {
            modality = value;
            return this;
        }

        ClaimBuilder negated() {
            negated = true;
            return this;
        }

        ClaimBuilder date(String isoDate) {
            date = LocalDate.parse(isoDate);
            return this;
        }

        ClaimBuilder time(String text) {
            time = text;
            return this;
        }

        ClaimBuilder doc(long documentId) {
            doc = documentId;
            return this;
        }

        ClaimBuilder publisher(String name) {
            publisher = name;
            return this;
        }

        ClaimBuilder part(String name) {
            part = name;
            return this;
        }

        ClaimBuilder province(String name) {
            province = name;
            return this;
        }

        ClaimBuilder reportedOn(String isoDate) {
            reportedOn = LocalDate.parse(isoDate);
            return this;
        }

        ClaimBuilder approach() {
            approach = true;
            return this;
        }

        ClaimBuilder recapture() {
            recapture = true;
            return this;
        }

        /** A claim about the province the city is the capital of. */
        ClaimBuilder aboutProvince() {
            aboutProvince = true;
            return this;
        }

        CityClaim build() {
            CityClaim claim = new CityClaim(id, kind, actor, modality, negated, date, time, doc, publisher, part,
                    province, reportedOn, recapture, approach);
            return aboutProvince ? claim.inferredFromProvince() : claim;
        }
    }
}
