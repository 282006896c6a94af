package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.factquery.support.HeavyText;
import org.factquery.support.RawHttp;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.Test;

/** An ingestion whose client leaves stops within a sentence and stores nothing. */
@QuarkusTest
class IngestionCancellationResourceTest {


    private static int ingestionsInFlight() {
        return given().get("/q/health/ready").then().extract().jsonPath()
                .getInt("checks.find { it.name == 'ingestion' }.data.inFlight");
    }

    @Test
    void anIngestionWhoseClientLeavesStoresNothing() throws Exception {
        long before = SampleStore.documentCount();
        String json = new ObjectMapper().writeValueAsString(java.util.Map.of("text", HeavyText.of(500)));
        CompletableFuture<HttpResponse<String>> leaving = RawHttp.client().sendAsync(
                HttpRequest.newBuilder(RawHttp.uri("/documents")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitInFlight(1, Duration.ofSeconds(10));
        Thread.sleep(500); // into the extraction, seconds from its end
        leaving.cancel(true);

        awaitInFlight(0, Duration.ofSeconds(10)); // it stops within a sentence, not at the end
        assertThat(SampleStore.documentCount()).as("documents after the client left").isEqualTo(before);
        // the same text, waited for, is stored as new: it was refused for nothing but its client's leaving
        given().contentType("application/json").body(json).post("/documents").then().statusCode(201);
    }

    private static void awaitInFlight(int wanted, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (ingestionsInFlight() != wanted) {
            assertThat(System.nanoTime()).as("%d ingestions in flight within %s", wanted, limit).isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
