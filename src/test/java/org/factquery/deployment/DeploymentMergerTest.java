package org.factquery.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Checks which deployment reports {@link DeploymentMerger#merge} folds into one deployment and which it keeps apart. */
class DeploymentMergerTest {

    private static final String UK = "United Kingdom";
    private static final String US = "United States";

    @Test
    void sameCountryCountAndDestinationMergeIntoOneEntry() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(3000).city("Kabul"),
                report(2, 10, UK).troops(3000).city("Kabul"),
                report(3, 11, UK).troops(3000).city("Kabul"));

        assertThat(merged).hasSize(1);
        Deployment d = merged.get(0);
        assertThat(d.country()).isEqualTo(UK);
        assertThat(d.troops()).isEqualTo(3000);
        assertThat(d.destination()).isEqualTo("Kabul");
        assertThat(d.documents()).isEqualTo(2);
        assertThat(d.reports()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void aTotalAndAnIncrementNeverMergeEvenWhenTheirCountsAgree() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(1000).city("Kabul").role("increment"),
                report(2, 11, US).troopsText("thousands").city("Kabul").role("total"),
                report(3, 12, US).troops(1000).city("Kabul"));

        assertThat(merged).extracting(Deployment::role).containsExactlyInAnyOrder("increment", "total");
        assertThat(merged).filteredOn(d -> "increment".equals(d.role())).singleElement()
                .satisfies(d -> assertThat(d.reports()).containsExactlyInAnyOrder(1L, 3L));
    }

    @Test
    void forcesAlreadyThereMergeOnlyWithOtherReportsOfThem() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(900).country("Iraq").role("presence"),
                report(2, 11, US).troops(900).country("Iraq"),
                report(3, 12, US).troops(900).country("Iraq").role("presence"));

        assertThat(merged).hasSize(2);
        assertThat(merged).filteredOn(d -> "presence".equals(d.role())).singleElement()
                .satisfies(d -> assertThat(d.reports()).containsExactlyInAnyOrder(1L, 3L));
    }

    @Test
    void forcesLeavingNeverMergeWithForcesGoing() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(1000).country("Iraq"),
                report(2, 11, US).troops(1000).country("Iraq").withdrawing(),
                report(3, 12, US).troopsText("troops").country("Iraq").withdrawing());

        assertThat(merged).extracting(Deployment::status).containsExactlyInAnyOrder("done", "withdrawing");
        assertThat(merged).filteredOn(d -> "withdrawing".equals(d.status())).singleElement()
                .satisfies(d -> assertThat(d.reports()).containsExactlyInAnyOrder(2L, 3L));
    }

    @Test
    void differentCountsOfTheSameCountryStayApart() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(3000).city("Kabul"),
                report(2, 11, US).troops(1000).city("Kabul"));

        assertThat(merged).extracting(Deployment::troops).containsExactlyInAnyOrder(3000, 1000);
    }

    @Test
    void reportWithoutDestinationJoinsTheCountedEntryWithOne() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(600),
                report(2, 11, UK).troops(600).city("Kabul"));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).destination()).isEqualTo("Kabul");
        assertThat(merged.get(0).reports()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void cityAndItsCountryAgreeAndTheCityIsKept() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(3000).country("Afghanistan"),
                report(2, 11, US).troops(3000).city("Kabul"));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).destination()).isEqualTo("Kabul");
        assertThat(merged.get(0).documents()).isEqualTo(2);
    }

    @Test
    void countryReportAfterTheCityKeepsTheCity() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(3000).city("Kabul"),
                report(2, 11, US).troops(3000).country("Afghanistan"));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).destination()).isEqualTo("Kabul");
    }

    @Test
    void twoDifferentCitiesDoNotMerge() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(3000).city("Kabul"),
                report(2, 11, US).troops(3000).city("Kandahar"));

        assertThat(merged).extracting(Deployment::destination).containsExactlyInAnyOrder("Kabul", "Kandahar");
    }

    @Test
    void overlappingRangeMerges() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(3500).troopsMax(4000).city("Kabul"),
                report(2, 11, US).troops(4000).city("Kabul"));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).documents()).isEqualTo(2);
        assertThat(merged.get(0).reports()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void theMergeDoesNotDependOnTheOrderOfTheReports() {
        List<Deployment> oneOrder = merge(
                report(1, 10, US).troops(3500).troopsMax(4000).city("Kabul"),
                report(2, 11, US).troops(4000).city("Kabul"),
                report(3, 12, US).troops(3600).city("Kabul"));
        List<Deployment> otherOrder = merge(
                report(1, 10, US).troops(3500).troopsMax(4000).city("Kabul"),
                report(3, 12, US).troops(3600).city("Kabul"),
                report(2, 11, US).troops(4000).city("Kabul"));

        assertThat(oneOrder).isEqualTo(otherOrder);
        // exact counts anchor the entries; the range joins one of them
        assertThat(oneOrder).extracting(Deployment::troops).containsExactlyInAnyOrder(3600, 4000);
        assertThat(oneOrder).flatExtracting(Deployment::reports).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void nonOverlappingRangeDoesNotMerge() {
        List<Deployment> merged = merge(
                report(1, 10, US).troops(3500).troopsMax(4000).city("Kabul"),
                report(2, 11, US).troops(5000).city("Kabul"));

        assertThat(merged).extracting(Deployment::troops).containsExactlyInAnyOrder(3500, 5000);
    }

    @Test
    void uncountedReportJoinsTheEntryWithItsDestination() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(3000).city("Kabul"),
                report(2, 11, UK).troops(1000).country("Afghanistan"),
                report(3, 12, UK).city("Kabul"));

        assertThat(merged).hasSize(2);
        Deployment kabul = only(merged, "Kabul");
        assertThat(kabul.troops()).isEqualTo(3000);
        assertThat(kabul.reports()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(only(merged, "Afghanistan").reports()).containsExactly(2L);
    }

    @Test
    void uncountedReportAgreeingWithTwoEntriesStaysItsOwn() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(3000).city("Kabul"),
                report(2, 11, UK).troops(1000).city("Kandahar"),
                report(3, 12, UK).country("Afghanistan"));

        assertThat(merged).hasSize(3);
        Deployment own = only(merged, "Afghanistan");
        assertThat(own.troops()).isNull();
        assertThat(own.reports()).containsExactly(3L);
        assertThat(only(merged, "Kabul").reports()).containsExactly(1L);
        assertThat(only(merged, "Kandahar").reports()).containsExactly(2L);
    }

    @Test
    void hundredsJoinsASixHundredEntry() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(600).city("Kabul"),
                report(2, 11, UK).troops(3000).city("Kabul"),
                report(3, 12, UK).troopsText("hundreds of soldiers").city("Kabul"));

        assertThat(merged).hasSize(2);
        Deployment six = merged.stream().filter(d -> Integer.valueOf(600).equals(d.troops())).findFirst().orElseThrow();
        assertThat(six.reports()).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void hundredsDoesNotJoinAThreeThousandEntry() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(3000).city("Kabul"),
                report(2, 11, UK).troopsText("hundreds").city("Kabul"));

        assertThat(merged).hasSize(2);
        assertThat(merged).extracting(Deployment::troops).containsExactlyInAnyOrder(3000, null);
    }

    @Test
    void differentCountriesNeverMerge() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(3000).city("Kabul"),
                report(2, 10, US).troops(3000).city("Kabul"),
                report(3, 11, US).city("Kabul"));

        assertThat(merged).extracting(Deployment::country).containsExactlyInAnyOrder(UK, US);
        assertThat(merged.stream().filter(d -> d.country().equals(UK)).findFirst().orElseThrow().reports())
                .containsExactly(1L);
    }

    @Test
    void purposesAreDistinctMostReportedFirst() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(600).city("Kabul").purpose("to secure the airport"),
                report(2, 11, UK).troops(600).city("Kabul").purpose("evacuation"),
                report(3, 12, UK).troops(600).city("Kabul").purpose("evacuation"),
                report(4, 13, UK).troops(600).city("Kabul"));

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).purpose()).containsExactly("evacuation", "to secure the airport");
    }

    @Test
    void entriesAreSortedByDocumentsDescending() {
        List<Deployment> merged = merge(
                report(1, 10, UK).troops(1000).city("Kabul"),
                report(2, 11, US).troops(3000).city("Kabul"),
                report(3, 12, US).troops(3000).city("Kabul"),
                report(4, 13, US).troops(3000).city("Kabul"),
                report(5, 14, "Germany").troops(500).city("Mazar-i-Sharif"),
                report(6, 15, "Germany").troops(500).city("Mazar-i-Sharif"));

        assertThat(merged).extracting(Deployment::country).containsExactly(US, "Germany", UK);
        assertThat(merged).extracting(Deployment::documents).containsExactly(3, 2, 1);
    }

    private static List<Deployment> merge(ReportBuilder... reports) {
        return DeploymentMerger.merge(Arrays.stream(reports).map(ReportBuilder::build).toList());
    }

    private static Deployment only(List<Deployment> deployments, String destination) {
        List<Deployment> found = deployments.stream().filter(d -> destination.equals(d.destination())).toList();
        assertThat(found).as("deployments to %s", destination).hasSize(1);
        return found.get(0);
    }

    /** A REPORTED report without count or destination unless told otherwise. */
    private static ReportBuilder report(long claimId, long documentId, String country) {
        return new ReportBuilder(claimId, documentId, country);
    }

    private static final class ReportBuilder {
        private final long claimId;
        private final long documentId;
        private final String country;
        private Integer troops;
        private Integer troopsMax;
        private String troopsText;
        private String destination;
        private String destinationKind;
        private String destinationCountry;
        private String purpose;
        private String role;
        private String status = "done";

        ReportBuilder(long claimId, long documentId, String country) {
            this.claimId = claimId;
            this.documentId = documentId;
            this.country = country;
        }

        ReportBuilder troops(int count) {
            troops = count;
            troopsText = String.valueOf(count);
            return this;
        }

        ReportBuilder troopsMax(int count) {
            troopsMax = count;
            return this;
        }

        ReportBuilder troopsText(String words) {
            troopsText = words;
            return this;
        }

        /** A city destination in Afghanistan. */
        ReportBuilder city(String name) {
            return destination(name, "CITY", "Afghanistan");
        }

        /** A country destination. */
        ReportBuilder country(String name) {
            return destination(name, "COUNTRY", name);
        }

        ReportBuilder destination(String name, String kind, String inCountry) {
            destination = name;
            destinationKind = kind;
            destinationCountry = inCountry;
            return this;
        }

        ReportBuilder withdrawing() {
            status = "withdrawing";
            return this;
        }

        ReportBuilder role(String value) {
            role = value;
            return this;
        }

        ReportBuilder purpose(String text) {
            purpose = text;
            return this;
        }

        DeploymentReport build() {
            return new DeploymentReport(claimId, documentId, "REPORTED", country, troops, troopsMax, troopsText,
                    List.of(), destination, destinationKind, destinationCountry, purpose, null, role, status, null);
        }
    }
}
