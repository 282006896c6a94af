package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

@QuarkusTest
class BatchIngestionResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<JsonNode> results(Response response) throws Exception {
        assertThat(response.contentType()).startsWith(DocumentResource.NDJSON);
        String body = response.asString();
        assertThat(body).endsWith("\n");
        List<JsonNode> lines = new java.util.ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String line(String text, String publisher) throws Exception {
        return JSON.writeValueAsString(java.util.Map.of("text", text, "publisher", publisher,
                "publishedAt", "2024-05-02"));
    }

    private static long documentCount() {
        return given().get("/documents?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void goodDuplicateAndBadLinesEachGetTheirResultInOrderAndOnlyTheGoodOnesAreStored() throws Exception {
        String day = UUID.randomUUID().toString();
        String goma = "M23 rebels seized the town of Sake near Goma on Tuesday, residents said. Ref " + day + ".";
        String sahel = "Jihadist fighters attacked an army post near Djibo, the ministry said. Ref " + day + ".";
        String body = String.join("\n",
                line(goma, "Kivu Wire"),
                "",                                        // blank: no document, no result
                line(sahel, "Sahel Desk"),
                line(goma, "Kivu Wire"),                   // the same text again: a duplicate
                "{\"text\": \"unterminated",              // malformed JSON
                "{\"text\": \"   \"}",                     // blank text
                "{\"text\": \"A report.\", \"source\": \"x\"}", // an unknown member
                "[1, 2]") + "\r\n";                        // not an object, CRLF ended
        long before = documentCount();

        Response response = given().contentType(DocumentResource.NDJSON).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/documents/batch")
                .then().statusCode(200).extract().response();

        List<JsonNode> results = results(response);
        assertThat(results).extracting(r -> r.get("line").asInt()).containsExactly(1, 3, 4, 5, 6, 7, 8);
        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(201, 201, 200, 400, 422, 400, 400);
        long first = results.get(0).get("document").get("id").asLong();
        assertThat(results.get(2).get("document").get("id").asLong()).isEqualTo(first);
        assertThat(results.get(2).get("document").get("duplicate").asBoolean()).isTrue();
        assertThat(results.get(0).get("document").get("claims").asInt()).isPositive();
        assertThat(results.get(3).get("problem").get("instance").asText()).isEqualTo("/documents/batch#line=5");
        assertThat(results.get(4).get("problem").get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(results.get(5).get("problem").get("detail").asText()).contains("source");
        assertThat(results.subList(3, 7)).allSatisfy(r -> assertThat(r.get("document").isNull()).isTrue());

        assertThat(documentCount()).isEqualTo(before + 2);
        given().get("/documents/{id}", first).then().statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo(goma))
                .body("publisher", org.hamcrest.Matchers.equalTo("Kivu Wire"));
        given().get("/documents/{id}", results.get(1).get("document").get("id").asLong()).then().statusCode(200)
                .body("text", org.hamcrest.Matchers.equalTo(sahel));
    }

    @Test
    void aLineOverTheDocumentLimitIsRefusedAloneWhileTheBatchMayBeLarger() throws Exception {
        String big = "Shelling was reported in the east. ".repeat(70_000); // about 2.4 MB, over the 2M of one document
        String small = "Troops entered the town of Bentiu, officials said. Ref " + UUID.randomUUID() + ".";
        String body = line(big, "Big Wire") + "\n" + line(small, "Small Wire") + "\n";

        List<JsonNode> results = results(given().contentType(DocumentResource.NDJSON)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/documents/batch").then().statusCode(200).extract().response());

        assertThat(results).extracting(r -> r.get("status").asInt()).containsExactly(413, 201);
    }

    @Test
    void aBatchThatIsNotUtf8IsRefusedWholeWithAProblem() {
        byte[] latin1 = "{\"text\": \"Caf\u00e9 bombed in Kharkiv.\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        long before = documentCount();
        given().contentType(DocumentResource.NDJSON).body(latin1).post("/documents/batch")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void aJsonBodyIsNotABatch() {
        given().contentType("application/json").body("{\"text\": \"x\"}").post("/documents/batch")
                .then().statusCode(415).contentType("application/problem+json");
    }
}
