package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Provenance everywhere: every evidence object in every answer of every answering endpoint is
 * exactly {@code text.substring(start, end)} of its stored document, and every answer that
 * states a fact carries at least one.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceProvenanceResourceTest {

    static final List<String> QUESTIONS = List.of("Who controls Herat?", "Has Kabul fallen?",
            "When did Kandahar fall?", "How many troops is the UK sending?", "Where is the US sending troops?",
            "Why is Britain sending troops?", "How many provincial capitals has the Taliban captured?",
            "Which cities has the Taliban captured?", "Which cities does the government hold?",
            "Where do reports disagree about Kandahar?", "What do reports disagree on?");

    private final Map<String, String> texts = new HashMap<>();
    private int checked;

    @BeforeEach
    void loadSamples() {
        SampleStore.onlySamples();
    }

    @Test
    void everyEvidenceSentenceIsTheExactSubstringOfItsDocument() {
        List<Object> answers = new ArrayList<>();
        List<Map<String, Object>> cities = given().queryParam("size", 500).get("/cities").then().statusCode(200)
                .extract().jsonPath().getList("items");
        answers.add(cities);
        for (Map<String, Object> city : cities) {
            @SuppressWarnings("unchecked")
            String name = ((Map<String, String>) city.get("city")).get("name");
            JsonPath status = get("/cities/" + name + "/status?evidence=100");
            answers.add(status.getMap(""));
            if (!"UNKNOWN".equals(status.getString("status"))) {
                assertThat(status.getList("evidence")).as("evidence of %s", name).isNotEmpty();
            }
        }
        List<Map<String, Object>> deployments = get("/deployments?evidence=100&size=500").getList("items");
        assertThat(deployments).isNotEmpty().allSatisfy(d -> assertThat((List<?>) d.get("evidence")).isNotEmpty());
        answers.add(deployments);
        List<Map<String, Object>> conflicts = get("/conflicts?evidence=100&size=500").getList("items");
        assertThat(conflicts).isNotEmpty().allSatisfy(c -> assertThat((List<Map<String, Object>>) c.get("values"))
                .allSatisfy(v -> assertThat((List<?>) v.get("evidence")).isNotEmpty()));
        answers.add(conflicts);
        JsonPath claims = get("/claims?size=500");
        assertThat(claims.getInt("total")).isLessThanOrEqualTo(500);
        answers.add(claims.getList("items"));
        for (String question : QUESTIONS) {
            JsonPath answer = given().queryParam("q", question).get("/ask").then().statusCode(200).extract().jsonPath();
            assertThat(answer.getList("evidence")).as(question).isNotEmpty();
            answers.add(answer.getMap(""));
        }

        walk(answers);
        assertThat(checked).as("evidence objects checked").isGreaterThan(250);
    }

    /** Checks every object that carries a sentence with its document and offsets. */
    private void walk(Object node) {
        if (node instanceof Map<?, ?> map) {
            if (map.containsKey("sentence") && map.containsKey("documentId")) {
                long document = ((Number) map.get("documentId")).longValue();
                // a title's sentence is cut from the title (ADR 0013)
                String field = "title".equals(map.get("field")) ? "title" : "text";
                String text = texts.computeIfAbsent(document + field, id -> get("/documents/" + document).getString(field));
                int start = (Integer) map.get("start");
                int end = (Integer) map.get("end");
                assertThat(text.substring(start, end)).isEqualTo(map.get("sentence"));
                checked++;
            }
            map.values().forEach(this::walk);
        } else if (node instanceof List<?> list) {
            list.forEach(this::walk);
        }
    }

    private static JsonPath get(String path) {
        return given().urlEncodingEnabled(true).get(path).then().statusCode(200).extract().jsonPath();
    }
}
