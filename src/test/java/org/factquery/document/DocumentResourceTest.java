package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.factquery.support.Samples;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DocumentResourceTest {

    @TestHTTPResource("/documents")
    URI documents;

    /** Java's HttpClient offers the h2c upgrade by default; the service answers in HTTP/1.1 and stores the article. */
    @Test
    void aClientOfferingHttp2CleartextIngestsOverHttp11() throws Exception {
        HttpRequest post = HttpRequest.newBuilder(documents).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Upgrade probe " + UUID.randomUUID()
                        + ". Rebels shelled Goma on Tuesday.\"}")).build();
        HttpResponse<String> answer = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()
                .send(post, HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        assertThat(answer.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
    }

    static String uniqueText() {
        return "Fighting was reported near Herat on day " + UUID.randomUUID() + ". Officials said the road was closed.";
    }

    @Test
    void ingestingNewTextAnswers201WithLocationAndCounts() {
        String text = uniqueText();
        Response created = given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "title", "Road closed", "url", "https://example.org/a",
                        "publisher", "Example Wire", "publishedAt", "2021-08-13"))
                .post("/documents")
                .then().statusCode(201)
                .header("Location", containsString("/documents/"))
                .body("duplicate", equalTo(false))
                .body("sentences", equalTo(3)) // the title is read as the first sentence (ADR 0013)
                .body("claims", equalTo(0))
                .body("sha256", equalTo(DocumentService.sha256(text)))
                .extract().response();
        long id = created.jsonPath().getLong("id");
        assertThat(created.header("Location")).endsWith("/documents/" + id);

        given().get("/documents/{id}", id).then().statusCode(200)
                .body("text", equalTo(text))
                .body("title", equalTo("Road closed"))
                .body("publisher", equalTo("Example Wire"))
                .body("url", equalTo("https://example.org/a"))
                .body("publishedAt", containsString("2021-08-13"))
                .body("sentences", equalTo(3));
    }

    @Test
    void theSameTextAgainIsADuplicateWithTheSameId() {
        String text = uniqueText();
        long id = given().contentType(ContentType.TEXT).body(text).post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents")
                .then().statusCode(200)
                .body("duplicate", equalTo(true))
                .body("id", equalTo((int) id))
                .header("Location", endsWith("/documents/" + id));
    }

    @Test
    void plainTextTakesMetadataFromQueryParameters() {
        long id = given().contentType("text/plain; charset=UTF-8").body(uniqueText())
                .queryParam("title", "From text").queryParam("publisher", "Wire")
                .queryParam("publishedAt", "2021-08-13T09:30:00+04:30")
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/documents/{id}", id).then().statusCode(200)
                .body("title", equalTo("From text"))
                .body("publisher", equalTo("Wire"))
                .body("publishedAt", notNullValue());
    }

    @Test
    void everySampleSentenceIsTheExactSubstringOfItsDocument() {
        for (Path file : Samples.files()) {
            String text = Samples.text(file);
            Response posted = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents");
            assertThat(posted.statusCode()).as(file.toString()).isIn(200, 201);
            long id = posted.jsonPath().getLong("id");
            int count = posted.jsonPath().getInt("sentences");
            assertThat(count).as(file.toString()).isGreaterThan(5);
            List<Map<String, Object>> sentences = given().queryParam("size", 500)
                    .get("/documents/{id}/sentences", id)
                    .then().statusCode(200).body("total", equalTo(count)).body("items", hasSize(count))
                    .extract().jsonPath().getList("items");
            String stored = given().get("/documents/{id}", id).jsonPath().getString("text");
            assertThat(stored).isEqualTo(text);
            int previousEnd = 0;
            for (Map<String, Object> s : sentences) {
                int start = (Integer) s.get("start");
                int end = (Integer) s.get("end");
                assertThat(stored.substring(start, end)).as(file + " @" + start).isEqualTo(s.get("text"));
                assertThat(start).as("sentences are in order and do not overlap").isGreaterThanOrEqualTo(previousEnd);
                previousEnd = end;
            }
        }
    }

    @Test
    void storedOffsetsStayExactOnAdversarialText() {
        List<String> texts = List.of(
                "\uD83D\uDE00 Kabul is calm.\r\n\r\n\uD83C\uDDE6\uD83C\uDDEB Herat fell!  No final stop",
                "Headline without stop\n\n  \u2022 list line\n\u201cQuoted.\u201d she said. U.S. troops left on Sept. 11.",
                "\uFEFF\u00A0Leading BOM and no-break space. Tabs\there.\u2028Line separator. \u0627\u0641\u063A\u0627\u0646 text.",
                "e\u0301 combining. Ellipsis\u2026 then more... and done");
        for (String base : texts) {
            String text = base + " [" + UUID.randomUUID() + "]";
            long id = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents")
                    .then().statusCode(201).extract().jsonPath().getLong("id");
            String stored = given().get("/documents/{id}", id).jsonPath().getString("text");
            assertThat(stored).isEqualTo(text);
            List<Map<String, Object>> sentences = given().queryParam("size", 500)
                    .get("/documents/{id}/sentences", id).jsonPath().getList("items");
            assertThat(sentences).isNotEmpty();
            for (Map<String, Object> s : sentences) {
                assertThat(stored.substring((Integer) s.get("start"), (Integer) s.get("end"))).isEqualTo(s.get("text"));
            }
        }
    }

    @Test
    void listingIsPagedWithTotalsAndLinks() {
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.TEXT).body(uniqueText()).post("/documents").then().statusCode(201);
        }
        Response first = given().queryParam("page", 0).queryParam("size", 2).get("/documents")
                .then().statusCode(200)
                .body("items", hasSize(2)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("total", greaterThan(2))
                .body("items[0].text", org.hamcrest.Matchers.nullValue())
                .extract().response();
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1");
        Response second = given().queryParam("page", 1).queryParam("size", 2).get("/documents")
                .then().statusCode(200).extract().response();
        assertThat(second.header("Link")).contains("rel=\"prev\"").contains("page=0");
        assertThat(second.jsonPath().getList("items.id")).doesNotContainAnyElementsOf(first.jsonPath().getList("items.id"));
    }

    @Test
    void deletingRemovesTheDocumentItsSentencesAndClaims() {
        long id = given().contentType(ContentType.TEXT).body(uniqueText()).post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().delete("/documents/{id}", id).then().statusCode(204);
        given().get("/documents/{id}", id).then().statusCode(404).contentType("application/problem+json");
        given().get("/documents/{id}/sentences", id).then().statusCode(404);
        given().get("/documents/{id}/claims", id).then().statusCode(404);
        given().delete("/documents/{id}", id).then().statusCode(404);
    }

    @Test
    void claimsOfADocumentArePaged() {
        long id = given().contentType(ContentType.TEXT).body(uniqueText()).post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/documents/{id}/claims", id).then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0)).body("page", equalTo(0));
    }
}
