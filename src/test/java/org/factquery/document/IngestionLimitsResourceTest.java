package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.factquery.support.RawHttp;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.Test;

/**
 * The bounds on what one document and one client can cost, with small configured limits: long and
 * repeated sentences are stored but not read, a document over the claim cap is refused, and a
 * body that trickles in holds neither a worker nor a slot for long. Every refusal stores nothing.
 */
@QuarkusTest
@TestProfile(IngestionLimitsResourceTest.TightLimits.class)
class IngestionLimitsResourceTest {

    static final int MAX_SENTENCE = 300;

    public static class TightLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "factquery.ingest.max-concurrent", "2",
                    "factquery.ingest.body-read-timeout", "2S",
                    "factquery.ingest.max-sentence-length", Integer.toString(MAX_SENTENCE),
                    "factquery.ingest.max-claims", "3",
                    // as many workers as slow clients: a body read on a worker would starve every read
                    "quarkus.thread-pool.max-threads", "2");
        }
    }


    private static String run() {
        return " Run " + UUID.randomUUID() + ".";
    }

    @Test
    void aSentenceOverTheLengthLimitIsStoredButNotReadAndSaysWhy() {
        String runOn = "The Taliban captured Zaranj and moved on, " + "and the fighting went on street by street ".repeat(10);
        String text = "Fighting was reported in the east." + run() + " " + runOn;
        long id = given().contentType(ContentType.TEXT).body(text).post("/documents").then().statusCode(201)
                .body("claims", equalTo(0)).body("skippedSentences", equalTo(1))
                .extract().jsonPath().getLong("id");
        given().get("/documents/" + id + "/sentences").then()
                .body("items[0].skipped", nullValue())
                .body("items[2].skipped", equalTo("longer than " + MAX_SENTENCE + " characters"))
                .body("items[2].text", equalTo(runOn.strip()));
        given().get("/documents/" + id).then().body("text", equalTo(text));
    }

    @Test
    void identicalSentencesInOneDocumentCountOnce() {
        String capture = "Taliban fighters captured Zaranj on Friday, officials said.";
        String text = ("Report" + run() + " ") + (capture + " ").repeat(50);
        given().contentType(ContentType.TEXT).body(text.strip()).post("/documents").then().statusCode(201)
                .body("sentences", equalTo(51)).body("claims", equalTo(1)).body("skippedSentences", equalTo(50 - 1));
    }

    @Test
    void aDocumentOverTheClaimCapIsA422AndStoresNothing() {
        String text = "The Taliban captured Zaranj on Friday. The Taliban seized Sheberghan on Saturday. "
                + "The Taliban took Kunduz on Sunday. The Taliban overran Taloqan on Monday." + run();
        long before = SampleStore.documentCount();
        given().contentType(ContentType.TEXT).body(text).post("/documents").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 3"));
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }

    /** Waits (at most 30 s) until the readiness check counts this many ingestions in flight. */
    private static void awaitIngestionsInFlight(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Integer inFlight = given().get("/q/health/ready").then().extract()
                    .path("checks.find { it.name == 'ingestion' }.data.inFlight");
            if (inFlight != null && inFlight == expected) {
                return;
            }
            Thread.sleep(50);
        }
    }

    @Test
    void tricklingBodiesHoldNoWorkerAndBeyondTheBoundAreRefused() throws Exception {
        long before = SampleStore.documentCount();
        String json = "{\"text\": \"Rebels captured Sirte." + run() + "\"}";
        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            slow.add(RawHttp.client().sendAsync(RawHttp.tricklingPost("/documents", json, Duration.ofMillis(200)),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        awaitIngestionsInFlight(2); // both slow clients admitted and sending, however loaded the machine

        // the two workers are free: reads and readiness answer
        given().get("/cities").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'ingestion' }.data.inFlight", equalTo(2))
                .body("checks.find { it.name == 'ingestion' }.data.saturated", equalTo(true));
        // a third ingestion is over the bound
        given().contentType(ContentType.JSON).body(Map.of("text", "Rebels took Brega." + run()))
                .post("/documents").then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "2").body("detail", containsString("2 ingestions are in progress"));

        // bodies not complete within 2 s: 408, and nothing stored
        for (CompletableFuture<HttpResponse<String>> pending : slow) {
            HttpResponse<String> response = pending.get(30, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(408);
            assertThat(response.body()).contains("not complete within 2 s");
        }
        assertThat(SampleStore.documentCount()).isEqualTo(before);
        // the slots are free again
        given().contentType(ContentType.JSON).body(Map.of("text", "Rebels took Brega." + run()))
                .post("/documents").then().statusCode(201);
    }

    @Test
    void aClientThatLeavesMidBodyFreesItsSlot() throws Exception {
        for (int i = 0; i < 3; i++) { // more leavers than slots
            CompletableFuture<HttpResponse<String>> leaver = RawHttp.client().sendAsync(
                    RawHttp.tricklingPost("/documents", "{\"text\": \"Rebels took Brega.\"}", Duration.ofMillis(300)),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(400);
            leaver.cancel(true);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = given().contentType(ContentType.JSON).body(Map.of("text", "Rebels took Brega." + run()))
                    .post("/documents").statusCode();
        } while (status == 503 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(201);
    }
}
