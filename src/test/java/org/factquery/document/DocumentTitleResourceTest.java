package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A document's title is read like a sentence of it (ADR 0013): a capture stated only in the title
 * answers, and its evidence says it is cut from the title ({@code field: title}), with offsets in
 * the title.
 */
@QuarkusTest
class DocumentTitleResourceTest {

    private static final String TITLE = "Jihadists seize Djibo after week-long siege";
    private static final String TEXT = "Residents said the streets were empty on Sunday and that the market had closed.\n\n"
            + "Aid groups said thousands of people had left for Ouagadougou in the past month.";

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    private static long ingest(String title, String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("text", text);
        body.put("publishedAt", "2022-05-29");
        return given().contentType(ContentType.JSON).body(body).post("/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    void aCaptureStatedOnlyInTheTitleAnswersWithEvidenceCutFromTheTitle() {
        long id = ingest(TITLE, TEXT);
        JsonPath status = given().get("/cities/Djibo/status").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).extract().jsonPath();
        Map<String, Object> evidence = status.getMap("evidence[0]");
        assertThat(evidence.get("field")).isEqualTo("title");
        assertThat(((Number) evidence.get("documentId")).longValue()).isEqualTo(id);
        String storedTitle = given().get("/documents/{id}", id).jsonPath().getString("title");
        assertThat(storedTitle.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")))
                .isEqualTo(evidence.get("sentence")).isEqualTo(TITLE);
    }

    @Test
    void theTitlesSentencesAreListedFirstAndMarkedWhileTheTextsKeepTheirOffsets() {
        long id = ingest(TITLE, TEXT);
        List<Map<String, Object>> sentences = given().get("/documents/{id}/sentences", id).then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(sentences).hasSize(3);
        assertThat(sentences.get(0)).containsEntry("field", "title").containsEntry("ordinal", 0)
                .containsEntry("start", 0).containsEntry("end", TITLE.length()).containsEntry("text", TITLE);
        for (Map<String, Object> s : sentences.subList(1, 3)) {
            assertThat(s).containsEntry("field", null);
            assertThat(TEXT.substring((Integer) s.get("start"), (Integer) s.get("end"))).isEqualTo(s.get("text"));
        }
        given().get("/documents/{id}", id).then().body("sentences", equalTo(3));
    }

    @Test
    void evidenceFromTheTextHasNoField() {
        ingest(null, "Jihadists seized Djibo on Saturday after a week-long siege, residents said.");
        Map<String, Object> evidence = given().get("/cities/Djibo/status").then().statusCode(200)
                .extract().jsonPath().getMap("evidence[0]");
        assertThat(evidence).containsEntry("field", null);
    }
}
