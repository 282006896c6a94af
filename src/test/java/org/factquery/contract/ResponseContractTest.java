package org.factquery.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.factquery.support.Contract;
import org.factquery.support.RawHttp;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Real requests over the samples — successes and errors of every operation — whose every answer
 * is validated against the committed {@code openapi/openapi.yaml}: documented status, media type
 * and headers, and a body valid against its schema ({@link Contract}). The last test checks that
 * each operation of the contract was exercised with at least one success and one error. The 401
 * answers, which need a configured key, are checked by {@link ReadKeyContractTest}.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResponseContractTest {

    private static final Contract CONTRACT = Contract.committed();
    /** Statuses seen per operation, across this class's tests. */
    private static final Map<String, Set<Integer>> EXERCISED = new ConcurrentHashMap<>();
    private static boolean samplesStored;

    @TestHTTPResource("/")
    URI base;

    @BeforeEach
    void samples() {
        if (!samplesStored) {
            SampleStore.onlySamples();
            samplesStored = true;
        }
    }

    /** Sends the request, checks its status, and that the answer conforms; answers it. */
    private static Response exchange(int expected, String method, String path, RequestSpecification request) {
        Response response = request.request(method, path);
        assertThat(response.statusCode()).as("%s %s: %s", method, path, response.asString()).isEqualTo(expected);
        record(method, path, expected);
        assertThat(CONTRACT.violations(method, path, response)).as("%s %s", method, path).isEmpty();
        return response;
    }

    private static Response get(int expected, String path, Map<String, ?> query) {
        return exchange(expected, "GET", path, given().queryParams(query));
    }

    private static Response get(int expected, String path) {
        return get(expected, path, Map.of());
    }

    private static void record(String method, String path, int status) {
        String operation = CONTRACT.operationOf(method, path);
        if (operation != null) {
            EXERCISED.computeIfAbsent(operation, o -> ConcurrentHashMap.newKeySet()).add(status);
        }
    }

    private static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body);
    }

    @Test
    @Order(1)
    void documents() {
        String article = "{\"text\": \"M23 rebels captured the border town of Bunagana on Monday, local officials said.\","
                + " \"publisher\": \"Contract Wire\", \"publishedAt\": \"2022-06-14\", \"url\": \"https://example.org/a\"}";
        long id = exchange(201, "POST", "/documents", json(article)).jsonPath().getLong("id");
        // a deployment whose sender no report names: its country is null
        exchange(201, "POST", "/documents", json("{\"text\": \"About 2,000 troops were deployed to Goma on Sunday to "
                + "defend the city, officials said.\", \"publishedAt\": \"2024-02-12\"}"));
        exchange(200, "POST", "/documents", json(article));
        long plain = exchange(201, "POST", "/documents", given().contentType("text/plain; charset=UTF-8")
                .queryParam("title", "Junta troops shelled Loikaw").body("Junta troops shelled Loikaw on Friday, "
                        + "residents said.")).jsonPath().getLong("id");
        exchange(400, "POST", "/documents", json("{\"text\": "));
        exchange(422, "POST", "/documents", json("{\"title\": \"no text\"}"));
        exchange(415, "POST", "/documents", given().contentType("application/xml").body("<text/>"));
        exchange(417, "POST", "/documents", json(article).header("Expect", "a-miracle"));
        exchange(413, "POST", "/documents", given().contentType("text/plain; charset=UTF-8")
                .body("x".repeat(2 * 1024 * 1024 + 1)));

        exchange(200, "POST", "/documents/batch", given().contentType("application/x-ndjson").body(
                (article + "\n{\"text\": \"\"}\nnot json\n").getBytes(StandardCharsets.UTF_8)));
        exchange(415, "POST", "/documents/batch", json(article));
        exchange(400, "POST", "/documents/batch", given().contentType("application/x-ndjson")
                .body(new byte[] {(byte) 0xC3, (byte) 0x28, '\n'}));

        get(200, "/documents", Map.of("size", 2));
        get(400, "/documents", Map.of("size", 0));
        get(200, "/documents/" + id);
        get(404, "/documents/999999999");
        RawHttp.Answer malformed = RawHttp.send("GET", "/documents/%zz");
        assertThat(malformed.status()).isEqualTo(400);
        record("GET", "/documents/%zz", 400);
        assertThat(CONTRACT.violations("GET", "/documents/%zz", malformed)).isEmpty();
        exchange(414, "GET", "/documents/" + id, given().queryParam("pad", "x".repeat(5000)));
        exchange(431, "GET", "/documents/" + id, given().header("X-Pad", "x".repeat(24 * 1024)));
        get(200, "/documents/" + id + "/sentences");
        get(404, "/documents/999999999/sentences");
        get(400, "/documents/" + id + "/sentences", Map.of("page", -1));
        get(200, "/documents/" + id + "/claims");
        get(404, "/documents/999999999/claims");
        get(400, "/documents/" + id + "/claims", Map.of("size", "many"));
        exchange(204, "DELETE", "/documents/" + plain, given());
        exchange(404, "DELETE", "/documents/" + plain, given());
    }

    @Test
    @Order(2)
    void cities() {
        get(200, "/cities", Map.of("size", 50));
        get(200, "/cities", Map.of("status", "CAPTURED", "asOf", "2021-08-13"));
        get(400, "/cities", Map.of("status", "TAKEN"));
        get(400, "/cities", Map.of("asOf", "13 August"));
        get(200, "/cities/export");
        get(200, "/cities/export", Map.of("format", "csv"));
        get(400, "/cities/export", Map.of("format", "xml"));
        get(200, "/cities/Kandahar/status");
        get(200, "/cities/Qala-e-Naw/status", Map.of("evidence", 1));
        get(200, "/cities/Mogadishu/status");
        get(404, "/cities/Atlantisxyz/status");
        get(409, "/cities/Tripoli/status");
        get(400, "/cities/Kandahar/status", Map.of("evidence", 0));
        exchange(406, "GET", "/cities/Kandahar/status", given().accept("application/xml"));
        get(200, "/cities/Kandahar/history");
        get(404, "/cities/Atlantisxyz/history");
        get(409, "/cities/Tripoli/history");
        get(400, "/cities/Kandahar/history", Map.of("asOf", "yesterday"));
    }

    @Test
    @Order(3)
    void claimsConflictsDeploymentsAndQuestions() {
        get(200, "/claims", Map.of("size", 100));
        get(200, "/claims", Map.of("kind", "CAPTURE", "modality", "REPORTED"));
        get(200, "/claims", Map.of("q", "troops", "since", "2021-01-01"));
        get(400, "/claims", Map.of("kind", "TAKEN"));
        get(400, "/claims", Map.of("document", "first"));
        get(409, "/claims", Map.of("place", "Tripoli"));
        get(404, "/claims", Map.of("place", "geonames:1"));
        get(409, "/claims/export", Map.of("place", "Tripoli"));
        exchange(406, "GET", "/claims", given().accept("application/xml"));
        get(200, "/claims/export");
        get(200, "/claims/export", Map.of("format", "csv", "kind", "COUNT"));
        get(400, "/claims/export", Map.of("until", "soon"));
        get(200, "/conflicts");
        get(200, "/conflicts", Map.of("about", "holder", "evidence", 2));
        get(400, "/conflicts", Map.of("about", "weather"));
        get(404, "/conflicts", Map.of("place", "Atlantisxyz"));
        get(200, "/deployments");
        get(200, "/deployments", Map.of("country", "United States"));
        assertThat(get(200, "/deployments", Map.of("destination", "Goma")).jsonPath().getList("items.country"))
                .containsOnlyNulls().isNotEmpty();
        get(400, "/deployments", Map.of("status", "imagined"));
        get(409, "/deployments", Map.of("destination", "Tripoli"));
        get(200, "/deployments/totals");
        get(400, "/deployments/totals", Map.of("evidence", "all"));
        get(200, "/ask", Map.of("q", "Who controls Kandahar?"));
        get(200, "/ask", Map.of("q", "How many troops is the US sending?"));
        get(200, "/ask", Map.of("q", "Which cities has the Taliban captured?"));
        get(422, "/ask", Map.of("q", "What is the weather like?"));
        get(404, "/ask", Map.of("q", "Who controls Atlantisxyz?"));
        get(409, "/ask", Map.of("q", "Who controls Tripoli?"));
        get(400, "/ask", Map.of("q", "Who controls Kandahar?", "evidence", 101));
    }

    @Test
    @Order(4)
    void theClaimStreamAnswersAsDocumentedAndItsDataAreClaims() throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/claims/stream"))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "0").build();
        HttpResponse<Stream<String>> response = client.send(request, HttpResponse.BodyHandlers.ofLines());
        // the stream never ends: read its first claim event on another thread, for at most 30 s
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Stream<String> lines = response.body()) {
            record("GET", "/claims/stream", response.statusCode());
            assertThat(CONTRACT.violations("GET", "/claims/stream", response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null), response.headers().map(), null))
                    .isEmpty();
            // the first claim event's data (the log may begin with other tests' retractions)
            String[] event = {""};
            Future<String> firstClaim = reader.submit(() -> lines.filter(l -> {
                if (l.startsWith("event:")) {
                    event[0] = l.substring(6).strip();
                }
                return l.startsWith("data:") && event[0].equals("claim");
            }).findFirst().orElseThrow().substring(5).strip());
            String data = firstClaim.get(30, TimeUnit.SECONDS);
            assertThat(CONTRACT.violationsOf("ClaimView", data)).as(data).isEmpty();
        } finally {
            reader.shutdownNow();
        }
        exchange(400, "GET", "/claims/stream", given().header("Last-Event-ID", "yesterday"));
    }

    @Test
    @Order(99)
    void everyOperationWasExercisedWithASuccessAndAnError() {
        Map<String, Set<Integer>> missing = new LinkedHashMap<>();
        for (String operation : CONTRACT.operations()) {
            Set<Integer> statuses = EXERCISED.getOrDefault(operation, Set.of());
            if (statuses.stream().noneMatch(s -> s < 300) || statuses.stream().noneMatch(s -> s >= 400)) {
                missing.put(operation, new TreeSet<>(statuses));
            }
        }
        assertThat(missing).as("operations without a checked success and error").isEmpty();
    }
}
