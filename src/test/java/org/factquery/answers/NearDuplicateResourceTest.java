package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same story republished with small edits is recognised as a copy and counts once in
 * {@code documents}, {@code publishers} and {@code confidence}; answers say how many copies
 * stand behind a report.
 */
@QuarkusTest
class NearDuplicateResourceTest {

    static final String STORY = """
            Taliban fighters captured the western city of Farah on Tuesday after days of clashes on its \
            outskirts, two provincial council members said, and raised their flag over the governor's \
            compound. Government troops withdrew to an army base outside the city, the officials said, \
            speaking on condition of anonymity because they were not authorised to brief the media. \
            Residents described heavy gunfire through the night and said shops in the main bazaar stayed \
            shut on Wednesday morning. Aid agencies said hundreds of families had fled towards Herat in \
            recent weeks and warned that food stocks in the province were running low.""";

    static final String COPY = "Correction: this story has been updated to give the name of the province.\n\n"
            + STORY.replace("on Tuesday", "late on Tuesday").replace("Residents described", "Residents reported")
            + "\n\nDistributed by a news agency; republication rights reserved.";

    static final String INDEPENDENT = """
            The Taliban have taken Farah, the capital of Farah province, a spokesman for the group said in \
            a statement on Wednesday. A member of parliament from the province confirmed that the city had \
            fallen and that officials had fled to the airport. It was the eighth provincial capital to fall \
            to the insurgents within a week.""";

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    private static JsonPath post(String text, String publisher, String title) {
        Map<String, String> body = new HashMap<>(Map.of("text", text, "publisher", publisher, "title", title));
        return given().contentType(ContentType.JSON).body(body).post("/documents")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath status() {
        return given().queryParam("evidence", 100).get("/cities/Farah/status").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aCopyFromAnotherPublisherIsNotIndependentCorroboration() {
        long original = post(STORY, "Wire Service", "Taliban capture Farah").getLong("id");
        JsonPath alone = status();
        assertThat(alone.getString("status")).isEqualTo("CAPTURED");

        JsonPath copy = post(COPY, "Daily Republisher", "Farah falls after days of fighting");
        assertThat(copy.getLong("copyOf")).isEqualTo(original);
        given().get("/documents/{id}", copy.getLong("id")).then().body("copyOf", equalTo((int) original));
        given().get("/documents/{id}", original).then().body("copyOf", nullValue());

        JsonPath withCopy = status();
        assertThat(withCopy.getInt("documents")).isEqualTo(1);
        assertThat(withCopy.getInt("publishers")).isEqualTo(1);
        assertThat(withCopy.getDouble("confidence")).isEqualTo(alone.getDouble("confidence"));
        List<Map<String, Object>> evidence = withCopy.getList("evidence");
        assertThat(evidence).allSatisfy(e -> assertThat(e.get("copies")).isEqualTo(2));
        assertThat(evidence.stream().map(e -> e.get("sentence")).distinct().count())
                .as("a copy's repeat of a sentence is not shown twice").isEqualTo(evidence.size());

        post(INDEPENDENT, "Another Outlet", "Farah is eighth capital to fall");
        JsonPath corroborated = status();
        assertThat(corroborated.getInt("documents")).isEqualTo(2);
        assertThat(corroborated.getInt("publishers")).isEqualTo(2);
        assertThat(corroborated.getDouble("confidence")).isGreaterThan(alone.getDouble("confidence"));
    }

    @Test
    void copiesOfCopiesNameTheOriginalAndDeletingItPromotesTheFirstCopy() {
        long original = post(STORY, "Wire Service", "Taliban capture Farah").getLong("id");
        long copy = post(COPY, "Daily Republisher", "Farah falls").getLong("id");
        long copyOfCopy = post(COPY + "\nRead more on our website.", "Third Paper", "Farah captured")
                .getLong("copyOf");
        assertThat(copyOfCopy).isEqualTo(original);
        given().queryParam("place", "Farah").get("/claims").then().statusCode(200)
                .body("items[0].evidence.copies", equalTo(3));

        given().delete("/documents/{id}", original).then().statusCode(204);

        given().get("/documents/{id}", copy).then().body("copyOf", nullValue());
        JsonPath status = status();
        assertThat(status.getInt("documents")).isEqualTo(1);
        assertThat(status.getList("evidence.copies", Integer.class)).containsOnly(2);
    }

    @Test
    void anIndependentStoryIsNoCopy() {
        post(STORY, "Wire Service", "Taliban capture Farah");
        JsonPath other = post(INDEPENDENT, "Another Outlet", "Farah falls");
        assertThat(other.getString("copyOf")).isNull();
    }
}
