package org.factquery.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.factquery.support.RawHttp;
import org.factquery.support.RawHttp.Answer;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests no endpoint should see are refused before routing, each with a problem, and change
 * nothing: dot segments, control characters, malformed escapes, over-long URIs and headers, writes
 * to the probes.
 */
@QuarkusTest
class RequestScreenResourceTest {


    private static void assertProblem(Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().get("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).contains(detail);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/../documents", "/q/%2e%2e/documents", "/q/%2E%2E/documents", "/q/.%2e/documents",
        "/q/%2e./documents", "/q/./../documents", "/documents/./", "/q/%2e/health/live", "/cities/../documents",
        "/cities/Kabul/%2E%2e/%2e%2e/documents"})
    void aDotSegmentInAnyEncodingIsRefusedOnReads(String path) {
        assertProblem(RawHttp.send("GET", path), 400, "'..' segments");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/../documents", "/q/%2e%2e/documents", "/q/%2E./documents", "/x/%2e%2E/documents"})
    void aDotSegmentInAnyEncodingIsRefusedOnWritesAndStoresNothing(String path) {
        long before = SampleStore.documentCount();
        Answer answer = RawHttp.send("POST", path, "Content-Type", "text/plain",
                "Content-Length", "0");
        assertProblem(answer, 400, "'..' segments");
        answer = RawHttp.send("DELETE", path.replace("documents", "documents/1"));
        assertProblem(answer, 400, "'..' segments");
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/claims?q=%00", "/claims?q=Herat%01", "/ask?q=Who%20controls%0AKabul%3F",
        "/cities/Kabul/status?asOf=%7F", "/documents?page=0%00", "/cities/%00/status", "/cities/Ka%1Bbul/status",
        "/claims?q%00=x"})
    void controlCharactersInAnyParameterAre400(String uri) {
        assertProblem(RawHttp.send("GET", uri), 400, "control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cities/%zz/status", "/claims?q=%zz", "/claims?q=50%", "/ask?q=a%2"})
    void aMalformedEscapeIsA400Problem(String uri) {
        assertProblem(RawHttp.send("GET", uri), 400, "malformed");
    }

    @Test
    void anOverLongUriIsA414Problem() {
        String uri = "/claims?q=" + "a".repeat(5000);
        assertProblem(RawHttp.send("GET", uri), 414, "the limit is 4096");
    }

    @Test
    void overLargeHeadersAreA431Problem() {
        assertProblem(RawHttp.send("GET", "/q/health/live", "X-Padding", "a".repeat(100_000)), 431,
                "the limit is 20480");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "POST", "PATCH", "TRACE"})
    void healthAndMetricsAnswerOnlyReads(String method) {
        for (String path : new String[] {"/q/health/live", "/q/health/ready", "/q/health", "/q/metrics"}) {
            Answer answer = RawHttp.send(method, path, "Content-Length", "0");
            assertProblem(answer, 405, "answers GET and HEAD");
            assertThat(answer.headers().get("Allow")).isEqualTo("GET, HEAD");
        }
        given().get("/q/health/live").then().statusCode(200);
        given().head("/q/metrics").then().statusCode(200);
    }

    @Test
    void aMethodTheApiDoesNotTakeIsA405WithAllow() {
        given().delete("/cities").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", "GET, HEAD, OPTIONS");
        given().put("/documents/1").then().statusCode(405).header("Allow", "DELETE, GET, HEAD, OPTIONS");
        given().contentType(ContentType.JSON).body("{}").post("/cities/Kabul/status").then().statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS");
    }

    @Test
    void aJsonMemberGivenTwiceIsA400AndNothingIsStored() {
        long before = SampleStore.documentCount();
        String a = "Herat is calm, run " + UUID.randomUUID() + ".";
        given().contentType(ContentType.JSON).body("{\"text\": \"" + a + "\", \"text\": \"Kabul fell.\"}")
                .post("/documents").then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("Duplicate field 'text'"));
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9999-12-31T23:30:00-01:00", "0001-01-01T00:30:00+01:00", "0001-01-01T00:00:00+18:00"})
    void aPublicationInstantOutsideYears1To9999InUtcIs422(String publishedAt) {
        long before = SampleStore.documentCount();
        given().contentType(ContentType.JSON).body(Map.of("text", "Kabul is calm, run " + UUID.randomUUID() + ".",
                "publishedAt", publishedAt)).post("/documents").then().statusCode(422)
                .body("errors[0].field", equalTo("publishedAt"));
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }

    @Test
    void aPublicationInstantIsAnsweredInUtc() {
        long id = given().contentType(ContentType.JSON).body(Map.of("text",
                "Kabul is calm, run " + UUID.randomUUID() + ".", "publishedAt", "9999-12-31T20:00:00-03:00"))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/documents/" + id).then().body("publishedAt", equalTo("9999-12-31T23:00:00Z"));
    }
}
