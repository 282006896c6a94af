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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each sample is ingested over HTTP (without a publication date, as
 * {@code expected.json} assumes) and its stored claims, as {@code /documents/{id}/claims} answers
 * them, must equal the reviewed list in {@code src/test/resources/golden/<sample>.json}: kind,
 * place, actor, modality, attribution, negation, time, number, rule and sentence offsets.
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

    @ParameterizedTest
    @MethodSource("samples")
    void storedClaimsMatchTheReviewedGoldenFile(Path sample) throws IOException {
        String text = Samples.text(sample);
        long id = given().contentType(ContentType.TEXT.withCharset("UTF-8")).body(text)
                .post("/documents").then().extract().jsonPath().getLong("id");
        JsonPath page = given().queryParam("size", 500).get("/documents/{id}/claims", id).then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> actual = new ArrayList<>();
        for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
            actual.add(comparable(item, text));
        }
        Path golden = GOLDEN.resolve(sample.getFileName().toString().replace(".txt", ".json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            JSON.writeValue(golden.toFile(), actual);
        }
        List<Map<String, Object>> expected = JSON.readValue(golden.toFile(), new TypeReference<>() {
        });
        assertThat(actual).as("claims of %s (regenerate with -Dgolden.update=true after review)", sample)
                .containsExactlyElementsOf(expected);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> comparable(Map<String, Object> item, String text) {
        Map<String, Object> evidence = (Map<String, Object>) item.get("evidence");
        int start = (Integer) evidence.get("start");
        int end = (Integer) evidence.get("end");
        assertThat(text.substring(start, end)).isEqualTo(evidence.get("sentence"));
        Map<String, Object> place = (Map<String, Object>) item.get("place");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("start", start);
        c.put("end", end);
        c.put("kind", item.get("kind"));
        c.put("place", place == null ? null : place.get("name"));
        c.put("actor", item.get("actor"));
        c.put("modality", item.get("modality"));
        c.put("attributedTo", item.get("attributedTo"));
        c.put("negated", item.get("negated"));
        c.put("eventTimeText", item.get("eventTimeText"));
        c.put("details", new java.util.TreeMap<>((Map<String, Object>) item.get("details")));
        c.put("ruleId", item.get("ruleId"));
        c.put("sentence", evidence.get("sentence"));
        return c;
    }
}
