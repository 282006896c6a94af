package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refused request gets a problem naming what is wrong, and stores nothing. */
@QuarkusTest
class BadInputResourceTest {

    /** Sends the bytes as they are: REST Assured would otherwise declare ISO-8859-1 for text/plain. */
    private static final RestAssuredConfig NO_DEFAULT_CHARSET = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    /** A text never sent before, so a wrongly accepted request could not pass as a duplicate. */
    private static String calm() {
        return "Kabul is calm, run " + UUID.randomUUID() + ".";
    }


    /** Posts, checks the problem, and checks that nothing was stored. */
    private static ValidatableResponse refused(String contentType, byte[] body, int status) {
        long before = SampleStore.documentCount();
        ValidatableResponse response = given().config(NO_DEFAULT_CHARSET)
                .contentType(contentType).body(body).post("/documents")
                .then().statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
        assertThat(SampleStore.documentCount()).as("stored documents after a refused request").isEqualTo(before);
        return response;
    }

    private static ValidatableResponse refusedJson(String json, int status) {
        return refused("application/json", json.getBytes(StandardCharsets.UTF_8), status);
    }

    @Test
    void emptyTextIs422NamingText() {
        refusedJson("{\"text\": \"\"}", 422).body("errors.field", hasItem("text"))
                .body("title", equalTo("Unprocessable Content"));
    }

    @Test
    void whitespaceOnlyTextIs422() {
        refusedJson("{\"text\": \" \\n\\t  \"}", 422).body("errors.field", hasItem("text"));
        refused("text/plain", "   \n\n ".getBytes(StandardCharsets.UTF_8), 422).body("errors.field", hasItem("text"));
    }

    @Test
    void missingTextIs422() {
        refusedJson("{\"title\": \"no body\"}", 422).body("errors.field", hasItem("text"))
                .body("errors.message", hasItem("is required"));
    }

    @Test
    void malformedJsonIs400() {
        refusedJson("{\"text\": \"unterminated", 400).body("detail", containsString("Malformed JSON"));
        refusedJson("{\"text\": \"a\"} trailing", 400);
        refusedJson("[\"text\"]", 400);
        refusedJson("", 400);
    }

    @Test
    void nonStringTextIs400NamingText() {
        refusedJson("{\"text\": 42}", 400).body("errors.field", hasItem("text"))
                .body("errors.message", hasItem("must be a string"));
        refusedJson("{\"text\": {\"nested\": true}}", 400).body("errors.field", hasItem("text"));
    }

    @Test
    void unknownMemberIs400NamingIt() {
        refusedJson("{\"text\": \"" + calm() + "\", \"publishedat\": \"2021-08-13\"}", 400)
                .body("errors.field", hasItem("publishedat"));
    }

    @ParameterizedTest
    @CsvSource({ "13/08/2021", "2021-13-01", "yesterday", "2021-08-13T10:00", "+300000-01-01", "-5000-01-01", "0000-01-01" })
    void badPublishedAtIs422NamingIt(String publishedAt) {
        refusedJson("{\"text\": \"" + calm() + "\", \"publishedAt\": \"" + publishedAt + "\"}", 422)
                .body("errors.field", hasItem("publishedAt"));
    }

    @ParameterizedTest
    @CsvSource({ "not a url", "ftp://example.org/a", "/relative/path", "http://" })
    void badUrlIs422NamingIt(String url) {
        refusedJson("{\"text\": \"" + calm() + "\", \"url\": \"" + url + "\"}", 422)
                .body("errors.field", hasItem("url"));
    }

    /** Posts plain text with one query parameter; checks the problem names it and nothing is stored. */
    private static void refusedTextWithQuery(String parameter, String value, int status) {
        long before = SampleStore.documentCount();
        given().contentType(ContentType.TEXT).body(calm()).queryParam(parameter, value)
                .post("/documents").then().statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(parameter));
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }

    @Test
    void badMetadataInQueryParametersIs422() {
        refusedTextWithQuery("publishedAt", "soon", 422);
    }

    @Test
    void invalidUtf8Is400() {
        byte[] latin1 = "Kabul est calme, d\u00e9j\u00e0.".getBytes(StandardCharsets.ISO_8859_1);
        refused("text/plain", latin1, 400).body("detail", containsString("UTF-8"));
        byte[] json = new byte[] { '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' };
        refused("application/json", json, 400).body("detail", containsString("UTF-8"));
    }

    @Test
    void nulCharactersAre400() {
        refusedJson("{\"text\": \"Kabul\\u0000 is calm.\"}", 400).body("errors.field", hasItem("text"));
        refused("text/plain", "Kabul\0 is calm.".getBytes(StandardCharsets.UTF_8), 400);
        refusedJson("{\"text\": \"" + calm() + "\", \"title\": \"a\\u0000b\"}", 400).body("errors.field", hasItem("title"));
    }

    @Test
    void unpairedSurrogatesAre400() {
        refusedJson("{\"text\": \"Kabul \\ud800 is calm " + UUID.randomUUID() + "\"}", 400)
                .body("errors.field", hasItem("text"))
                .body("errors.message", hasItem("must not contain unpaired surrogate characters"));
        refusedJson("{\"text\": \"" + calm() + "\", \"publisher\": \"\\udc00\"}", 400)
                .body("errors.field", hasItem("publisher"));
    }

    @Test
    void unknownQueryParameterOnPlainTextIs400NamingIt() {
        refusedTextWithQuery("publishedat", "2021-08-13", 400);
    }

    @Test
    void jsonInAnotherCharsetThanUtf8Is415() {
        refused("application/json; charset=UTF-16", ("{\"text\": \"" + calm() + "\"}").getBytes(StandardCharsets.UTF_16), 415);
    }

    @Test
    void bodyOverTheLimitIs413() {
        byte[] big = new byte[2 * 1024 * 1024 + 100];
        java.util.Arrays.fill(big, (byte) 'a');
        refused("text/plain", big, 413);
    }

    @Test
    void chunkedBodyOverTheLimitIs413() {
        long before = SampleStore.documentCount();
        byte[] big = new byte[2 * 1024 * 1024 + 100];
        java.util.Arrays.fill(big, (byte) 'a');
        // an InputStream body is sent chunked, without a Content-Length for the server to check first
        given().config(NO_DEFAULT_CHARSET).contentType("text/plain")
                .body(new java.io.ByteArrayInputStream(big)).post("/documents")
                .then().statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }

    @Test
    void unsupportedMediaTypeIs415() {
        refused("application/xml", "<text>Kabul</text>".getBytes(StandardCharsets.UTF_8), 415);
        refused("text/plain; charset=klingon", calm().getBytes(StandardCharsets.UTF_8), 415);
        refused("application/octet-stream", calm().getBytes(StandardCharsets.UTF_8), 415);
    }

    @Test
    void unknownIdsAre404Problems() {
        given().get("/documents/{id}", Long.MAX_VALUE).then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404))
                .body("detail", containsString(Long.toString(Long.MAX_VALUE)));
        given().delete("/documents/{id}", Long.MAX_VALUE).then().statusCode(404).contentType("application/problem+json");
        given().get("/documents/{id}/sentences", Long.MAX_VALUE).then().statusCode(404);
        given().get("/no-such-endpoint").then().statusCode(404).contentType("application/problem+json");
        given().get("/documents/not-a-number").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodIs405Problem() {
        given().contentType(ContentType.JSON).body("{}").put("/documents").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
    }

    @ParameterizedTest
    @CsvSource({ "page,-1", "size,0", "size,501", "page,abc", "size,1.5", "page,4294968", "page,99999999999" })
    void badPagingIs400NamingTheParameter(String parameter, String value) {
        long id = given().contentType(ContentType.TEXT).body(calm()).post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        for (String path : new String[] { "/documents", "/documents/" + id + "/sentences", "/documents/" + id + "/claims" }) {
            // a large page only overflows with a large size
            Map<String, String> query = parameter.equals("page") ? Map.of("page", value, "size", "500") : Map.of(parameter, value);
            given().queryParams(query).get(path).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", hasItem(parameter));
        }
    }

    @Test
    void aGoodRequestAfterBadOnesIsStored() {
        long before = SampleStore.documentCount();
        given().contentType(ContentType.JSON).body(Map.of("text", DocumentResourceTest.uniqueText()))
                .post("/documents").then().statusCode(201);
        assertThat(SampleStore.documentCount()).isEqualTo(before + 1);
    }
}
