package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.CyclicBarrier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

/** Idempotent ingestion under concurrency: each distinct text is stored exactly once. */
@QuarkusTest
class ConcurrentIngestionResourceTest {

    private static final int CLIENTS = 8;
    private static final int ARTICLES = 120;

    @Test
    void eightClientsPostingEachArticleTwiceStoreEachOnce() throws Exception {
        String run = UUID.randomUUID().toString();
        long before = given().queryParam("size", 1).get("/documents").jsonPath().getLong("total");

        Map<String, Set<Long>> idsByText = new ConcurrentHashMap<>();
        List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                String text = "Article " + i + " of run " + run + ". Fighting was reported near Kunduz on Thursday.\n"
                        + "Officials said the road to Mazar-i-Sharif was closed. \u201cWe are safe,\u201d a resident said.";
                // both copies of an article are released together, so they race for real
                CyclicBarrier pair = new CyclicBarrier(2);
                for (int copy = 0; copy < 2; copy++) {
                    done.add(clients.submit(() -> {
                        pair.await(1, TimeUnit.MINUTES);
                        post(text, statuses, idsByText);
                        return null;
                    }));
                }
            }
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(statuses).hasSize(2 * ARTICLES).allMatch(s -> s == 200 || s == 201);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(ARTICLES);
        assertThat(idsByText).hasSize(ARTICLES);
        assertThat(idsByText.values()).allMatch(ids -> ids.size() == 1);
        long after = given().queryParam("size", 1).get("/documents").jsonPath().getLong("total");
        assertThat(after - before).isEqualTo(ARTICLES);
    }

    private static void post(String text, List<Integer> statuses, Map<String, Set<Long>> idsByText) {
        Response r = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents");
        statuses.add(r.statusCode());
        if (r.statusCode() < 300) {
            idsByText.computeIfAbsent(text, t -> ConcurrentHashMap.newKeySet()).add(r.jsonPath().getLong("id"));
        }
    }
}
