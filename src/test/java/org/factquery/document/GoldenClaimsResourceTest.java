package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.factquery.support.Samples;
import org.factquery.support.WarArticles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each sample is ingested over HTTP (without a publication date, as
 * {@code expected.json} assumes), and each article of the development corpus about other wars
 * ({@link WarArticles}: Libya, Nagorno-Karabakh, Cabo Delgado, Somalia, the Central African
 * Republic, Nigeria, Georgia, Lebanon) with its title and publication day; the stored claims, as
 * {@code /documents/{id}/claims} answers them, must equal the reviewed list in
 * {@code src/test/resources/golden/<name>.json}: kind, place (id, name, country), actor, modality,
 * attribution, negation, time and date, details, rule and sentence offsets.
 *
 * <p>After a deliberate change to the extraction, regenerate with
 * {@code ./mvnw test -Dtest=GoldenClaimsResourceTest -Dgolden.update=true}, review the diff, commit it.
 */
@QuarkusTest
class GoldenClaimsResourceTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static List<Path> samples() {
        return Samples.files();
    }

    static List<WarArticles.Article> articles() {
        return WarArticles.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void storedClaimsMatchTheReviewedGoldenFile(Path sample) throws IOException {
        String text = Samples.text(sample);
        long id = given().contentType(ContentType.TEXT.withCharset("UTF-8")).body(text)
                .post("/documents").then().extract().jsonPath().getLong("id");
        matchGolden(id, null, text, GOLDEN.resolve(sample.getFileName().toString().replace(".txt", ".json")), sample);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void articlesAboutOtherWarsMatchTheirReviewedGoldenFiles(WarArticles.Article article) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", article.body());
        body.put("title", article.title());
        body.put("publishedAt", article.published().toString());
        long id = given().contentType(ContentType.JSON).body(body).post("/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        matchGolden(id, article.title(), article.body(), GOLDEN.resolve("articles").resolve(article.name() + ".json"), article);
    }

    private static void matchGolden(long id, String title, String text, Path golden, Object source) throws IOException {
        JsonPath page = given().queryParam("size", 500).get("/documents/{id}/claims", id).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> actual = new ArrayList<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            actual.add(comparable(item, title, text));
        }
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            JSON.writeValue(golden.toFile(), actual);
        }
        List<Map<String, Object>> expected = JSON.readValue(golden.toFile(), new TypeReference<>() {
        });
        assertThat(actual).as("claims of %s (regenerate with -Dgolden.update=true after review)", source)
                .containsExactlyElementsOf(expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> comparable(Map<String, Object> item, String title, String text) {
        Map<String, Object> evidence = (Map<String, Object>) item.get("evidence");
        int start = (Integer) evidence.get("start");
        int end = (Integer) evidence.get("end");
        boolean inTitle = "title".equals(evidence.get("field"));
        assertThat((inTitle ? title : text).substring(start, end)).isEqualTo(evidence.get("sentence"));
        Map<String, Object> place = (Map<String, Object>) item.get("place");
        Map<String, Object> c = new LinkedHashMap<>();
        if (inTitle) {
            c.put("field", "title");
        }
        c.put("start", start);
        c.put("end", end);
        c.put("kind", item.get("kind"));
        c.put("place", place == null ? null : place.get("name"));
        c.put("placeId", place == null ? null : place.get("id"));
        c.put("country", place == null ? null : place.get("countryCode"));
        c.put("actor", item.get("actor"));
        c.put("modality", item.get("modality"));
        c.put("attributedTo", item.get("attributedTo"));
        c.put("negated", item.get("negated"));
        c.put("eventTimeText", item.get("eventTimeText"));
        c.put("eventDate", item.get("eventDate"));
        c.put("details", new java.util.TreeMap<>((Map<String, Object>) item.get("details")));
        c.put("ruleId", item.get("ruleId"));
        c.put("sentence", evidence.get("sentence"));
        return c;
    }
}
