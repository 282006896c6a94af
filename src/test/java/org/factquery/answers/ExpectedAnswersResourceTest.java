package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The acceptance test of the answers: the five samples are ingested over HTTP without a
 * publication date, and every item of {@code expected.json} (a copy of the shared one) must hold
 * in what {@code /cities/{name}/status}, {@code /deployments}, {@code /conflicts} and
 * {@code /claims} answer.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExpectedAnswersResourceTest {

    private static final JsonNode EXPECTED = read();
    private Map<String, Long> documents;

    // once per class, after Quarkus and REST Assured are up (a @BeforeAll can run before)
    @BeforeEach
    void loadSamples() {
        if (documents == null) {
            documents = SampleStore.onlySamples();
        }
    }

    static Stream<JsonNode> cities() {
        return stream(EXPECTED.get("cities"));
    }

    static Stream<JsonNode> deployments() {
        return stream(EXPECTED.get("deployments"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("cities")
    void cityStatusHasTheExpectedHolderAndEvidenceUnderEveryLookup(JsonNode city) {
        for (JsonNode lookup : city.get("lookups")) {
            JsonPath status = given().queryParam("evidence", 100).get("/cities/{name}/status", lookup.asText())
                    .then().statusCode(200).extract().jsonPath();
            assertThat(status.getString("city.name")).as(lookup.asText()).isEqualTo(city.get("city").asText());
            assertThat(status.getString("status")).isEqualTo(city.get("status").asText());
            assertThat(status.getString("controlledBy")).isEqualTo(city.get("controlled_by").asText());
            assertThat(status.getInt("documents")).isGreaterThanOrEqualTo(city.get("min_documents").asInt());
            List<Map<String, Object>> evidence = status.getList("evidence");
            for (JsonNode wanted : city.get("evidence_includes")) {
                assertThat(evidence).as("evidence of %s", lookup.asText()).anySatisfy(e -> matches(e, wanted));
            }
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("cities")
    void cityExceptionsForecastsAndDisputesAreListed(JsonNode city) {
        JsonPath status = given().queryParam("evidence", 100).get("/cities/{name}/status", city.get("city").asText())
                .then().statusCode(200).extract().jsonPath();
        for (JsonNode wanted : iterable(city.get("exceptions"))) {
            assertThat(status.<Map<String, Object>>getList("exceptions")).anySatisfy(e -> {
                assertThat(e.get("part")).isEqualTo(wanted.get("part").asText());
                assertThat(e.get("heldBy")).isEqualTo(wanted.get("held_by").asText());
                matches(evidenceOf(e), wanted);
            });
        }
        for (JsonNode wanted : iterable(city.get("forecasts_include"))) {
            assertThat(status.<Map<String, Object>>getList("forecasts")).anySatisfy(e -> matches(e, wanted));
        }
        for (JsonNode wanted : iterable(city.get("disputes"))) {
            Map<String, Object> dispute = status.<Map<String, Object>>getList("disputes").stream()
                    .filter(d -> d.get("about").equals(wanted.get("about").asText())).findFirst().orElseThrow(
                            () -> new AssertionError("no " + wanted.get("about") + " dispute: " + status.prettify()));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> values = (List<Map<String, Object>>) dispute.get("values");
            assertThat(values).extracting(v -> v.get("value"))
                    .containsAll(strings(wanted.get("values")));
            List<Map<String, Object>> allEvidence = new ArrayList<>();
            values.forEach(v -> allEvidence.addAll(evidenceList(v)));
            for (JsonNode e : wanted.get("evidence")) {
                assertThat(allEvidence).anySatisfy(actual -> matches(actual, e));
            }
        }
        if (city.has("must_not")) {
            assertThat(status.getString("status")).isNotEqualTo("CAPTURED");
        }
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("deployments")
    void deploymentsAreMergedWithEveryReportAsEvidence(JsonNode wanted) {
        List<Map<String, Object>> items = given().queryParam("evidence", 100).queryParam("country",
                        wanted.get("country").asText()).get("/deployments")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> deployment = items.stream()
                .filter(d -> Integer.valueOf(wanted.get("troops").asInt()).equals(d.get("troops")))
                .findFirst().orElseThrow(() -> new AssertionError("no deployment of " + wanted + " in " + items));
        assertThat(deployment.get("country")).isEqualTo(wanted.get("country").asText());
        assertThat(deployment.get("destination"))
                .isEqualTo(wanted.get("destination").isNull() ? null : wanted.get("destination").asText());
        assertThat((Integer) deployment.get("documents")).isGreaterThanOrEqualTo(wanted.get("min_documents").asInt());
        @SuppressWarnings("unchecked")
        String purposes = String.join(" | ", (List<String>) deployment.get("purpose")).toLowerCase();
        for (String mention : strings(wanted.get("purpose_mentions"))) {
            assertThat(purposes).contains(mention);
        }
        for (JsonNode e : wanted.get("evidence_includes")) {
            assertThat(evidenceList(deployment)).anySatisfy(actual -> matches(actual, e));
        }
        assertThat(items.stream().filter(d -> Integer.valueOf(wanted.get("troops").asInt()).equals(d.get("troops"))))
                .as("one merged entry per deployment").hasSize(1);
    }

    @Test
    void talliesOfProvincialCapitalsAreStoredAndTheirDisagreementIsAConflict() {
        JsonNode counts = EXPECTED.get("counts").get(0);
        List<Map<String, Object>> claims = given().queryParam("kind", "COUNT").queryParam("size", 500)
                .get("/claims").then().statusCode(200).extract().jsonPath().getList("items");
        for (JsonNode wanted : counts.get("evidence_includes")) {
            assertThat(claims).anySatisfy(c -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> details = (Map<String, Object>) c.get("details");
                assertThat(details.get("value")).isEqualTo(wanted.get("value").asInt());
                assertThat(details.get("of")).isEqualTo(counts.get("of").asInt());
                if (wanted.has("qualifier")) {
                    assertThat(details.get("qualifier")).isEqualTo(wanted.get("qualifier").asText());
                }
                matches(evidenceOf(c), wanted);
            });
        }
        List<Map<String, Object>> tallies = given().queryParam("about", "tally").get("/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(tallies).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> values = (List<Map<String, Object>>) tallies.get(0).get("values");
        List<String> numbers = values.stream().map(v -> ((String) v.get("value")).replaceAll("\\D", "")).toList();
        for (JsonNode seen : counts.get("values_seen")) {
            assertThat(numbers).contains(seen.asText());
        }
    }

    @Test
    void everyExpectedDisputeIsAlsoListedUnderConflicts() {
        List<Map<String, Object>> conflicts = given().queryParam("place", "Kandahar").get("/conflicts")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(conflicts).extracting(c -> c.get("about")).contains("province", "capture day");
        assertThat(conflicts).allSatisfy(c -> assertThat(c.get("subject")).isEqualTo("Kandahar"));
    }

    /** An answer's evidence object agrees with an expected one: document, sentence, attribution, modality. */
    private void matches(Map<String, Object> actual, JsonNode wanted) {
        assertThat(((String) actual.get("sentence")).strip()).isEqualTo(wanted.get("sentence").asText().strip());
        assertThat(((Number) actual.get("documentId")).longValue())
                .isEqualTo(documents.get(wanted.get("document").asText()));
        if (wanted.has("attributed_to")) {
            assertThat(actual.get("attributedTo")).isEqualTo(wanted.get("attributed_to").asText());
        }
        if (wanted.has("modality")) {
            assertThat(actual.get("modality")).isEqualTo(wanted.get("modality").asText());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> evidenceOf(Map<String, Object> item) {
        return (Map<String, Object>) item.get("evidence");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> evidenceList(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("evidence");
    }

    private static List<String> strings(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array == null ? List.of() : array::elements;
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.elements().forEachRemaining(nodes::add);
        return nodes.stream();
    }

    private static JsonNode read() {
        try (InputStream in = ExpectedAnswersResourceTest.class.getResourceAsStream("/expected.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
