package org.factquery.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.factquery.support.SseClient;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimStreamResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TestHTTPResource("/claims/stream")
    URL stream;

    private static long ingest(String text) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text + " Ref " + UUID.randomUUID() + ".", "publisher", "Stream Desk"))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** The ids of a document's claims, in the order they were stored. */
    private static List<Long> claimsOf(long document) {
        List<Long> ids = new ArrayList<>(given().get("/documents/{id}/claims?size=500", document).then()
                .statusCode(200).extract().jsonPath().getList("items.id", Long.class));
        ids.sort(null);
        assertThat(ids).as("the test article states claims").isNotEmpty();
        return ids;
    }

    private static List<Long> claimIds(List<SseClient.Event> events) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (SseClient.Event e : events) {
            assertThat(e.name()).isEqualTo("claim");
            JsonNode claim = JSON.readTree(e.data());
            assertThat(e.id()).endsWith("." + claim.get("id").asLong());
            assertThat(claim.get("evidence").get("sentence").asText()).isNotBlank();
            ids.add(claim.get("id").asLong());
        }
        return ids;
    }

    private static final String SUDAN = "The RSF seized Wad Madani on Monday, and the army said it still controls Sennar.";
    private static final String CONGO = "M23 rebels captured Bukavu on Sunday after taking Kavumu airport, officials said.";
    private static final String MYANMAR = "Arakan Army fighters captured Sittwe on Friday and seized Kyaukphyu a day later, residents said.";

    @Test
    void aClientConnectedBeforeIngestionReceivesTheNewClaimsInOrder() throws Exception {
        try (SseClient client = SseClient.connect(stream.toURI(), null)) {
            long sudan = ingest(SUDAN);
            long congo = ingest(CONGO);
            List<Long> expected = new ArrayList<>(claimsOf(sudan));
            expected.addAll(claimsOf(congo));

            assertThat(claimIds(client.take(expected.size(), WAIT))).isEqualTo(expected);
            assertThat(client.drain(Duration.ofMillis(800))).isEmpty();
        }
    }

    @Test
    void aReconnectWithLastEventIdReceivesExactlyTheMissedEvents() throws Exception {
        String last;
        long sudan;
        try (SseClient client = SseClient.connect(stream.toURI(), null)) {
            sudan = ingest(SUDAN);
            List<SseClient.Event> seen = client.take(claimsOf(sudan).size(), WAIT);
            last = seen.get(seen.size() - 1).id();
        }
        long congo = ingest(CONGO);
        long myanmar = ingest(MYANMAR);
        List<Long> missed = new ArrayList<>(claimsOf(congo));
        missed.addAll(claimsOf(myanmar));

        try (SseClient again = SseClient.connect(stream.toURI(), last)) {
            assertThat(claimIds(again.take(missed.size(), WAIT))).isEqualTo(missed);
            assertThat(again.drain(Duration.ofMillis(800))).isEmpty();
        }

        // from the middle of an ingestion's claims: the rest of them, then the later ones
        List<Long> sudanClaims = claimsOf(sudan);
        String firstOfSudan = last.substring(0, last.indexOf('.') + 1) + sudanClaims.get(0);
        List<Long> rest = new ArrayList<>(sudanClaims.subList(1, sudanClaims.size()));
        rest.addAll(missed);
        try (SseClient middle = SseClient.connect(stream.toURI(), firstOfSudan)) {
            assertThat(claimIds(middle.take(rest.size(), WAIT))).isEqualTo(rest);
            assertThat(middle.drain(Duration.ofMillis(800))).isEmpty();
        }
    }

    @Test
    void aRetractionIsSentWithTheClaimsItRemoved() throws Exception {
        long congo = ingest(CONGO);
        List<Long> claims = claimsOf(congo);
        try (SseClient client = SseClient.connect(stream.toURI(), null)) {
            given().delete("/documents/{id}", congo).then().statusCode(204);

            SseClient.Event retraction = client.take(1, WAIT).get(0);
            assertThat(retraction.name()).isEqualTo("retraction");
            JsonNode data = JSON.readTree(retraction.data());
            assertThat(data.get("document").asLong()).isEqualTo(congo);
            List<Long> removed = new ArrayList<>();
            data.get("claims").forEach(id -> removed.add(id.asLong()));
            assertThat(removed).isEqualTo(claims);
        }
    }

    @Test
    void theClaimsFiltersChooseWhatIsSent() throws Exception {
        URI captures = URI.create(stream + "?kind=CAPTURE&country=Myanmar");
        try (SseClient client = SseClient.connect(captures, null)) {
            ingest(SUDAN);
            long myanmar = ingest(MYANMAR);
            List<Long> expected = given().get("/claims?kind=CAPTURE&size=500&document=" + myanmar).then().extract().jsonPath()
                    .getList("items.id", Long.class).stream().sorted().toList();
            assertThat(expected).isNotEmpty();

            List<SseClient.Event> events = client.take(expected.size(), WAIT);
            assertThat(claimIds(events)).isEqualTo(expected);
            for (SseClient.Event e : events) {
                JsonNode claim = JSON.readTree(e.data());
                assertThat(claim.get("kind").asText()).isEqualTo("CAPTURE");
                assertThat(claim.get("place").get("countryCode").asText()).isEqualTo("MM");
            }
            assertThat(client.drain(Duration.ofMillis(800))).isEmpty();
        }
    }

    @Test
    void aLastEventIdTheStreamNeverSentIsAProblem() {
        given().header("Last-Event-ID", "yesterday").accept("text/event-stream").get("/claims/stream").then()
                .statusCode(400).contentType("application/problem+json");
        given().queryParam("kind", "LOOTING").accept("text/event-stream").get("/claims/stream").then()
                .statusCode(400).contentType("application/problem+json");
    }
}
