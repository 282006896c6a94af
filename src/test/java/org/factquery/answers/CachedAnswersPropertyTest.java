package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.factquery.support.SampleStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random sequences of ingestions, exact duplicates, near-duplicate copies, retractions and
 * concurrent writes about the same city, over texts of several wars; after every step each answer
 * served from the cache equals the one computed from all claims from scratch
 * ({@code Cache-Control: no-cache}). This is what forgetting answers by what a change touched
 * (ADR 0015) must never break: a change that leaves a stale answer cached fails here.
 */
@QuarkusTest
class CachedAnswersPropertyTest {

    /** Reports written for this test, about cities of four wars, with captures, holds, attacks, counts, deployments. */
    private static final List<String> REPORTS = List.of(
            "Taliban fighters captured Kunduz on Sunday, officials said.",
            "Afghan government forces hold Kunduz, the provincial governor said on Monday.",
            "M23 rebels seized Goma on Tuesday, residents said.",
            "Congolese troops retook Goma on Friday, the army said.",
            "At least 40 people were killed in the fighting in Goma, officials said.",
            "At least 65 people were killed in the fighting in Goma, a hospital director said.",
            "The RSF captured Wad Madani on Monday, witnesses said.",
            "Sudanese army forces still hold Wad Madani, a military spokesman said.",
            "Insurgents attacked Pemba on Sunday, residents said.",
            "Insurgents seized the province of Cabo Delgado on Monday, a security source said.",
            "Rwanda sent 1,000 soldiers to Cabo Delgado on Friday.",
            "Kenya will deploy 1,000 police officers to Haiti, the government said.");
    private static final List<String> PUBLISHERS = List.of("Wire A", "Daily B", "Radio C");
    /** Answers of every kind: statuses (of cities stored and not yet), lists, conflicts, deployments, questions. */
    private static final List<String> PATHS = List.of("/cities/Kunduz/status", "/cities/Goma/status",
            "/cities/Wad Madani/status", "/cities/Pemba/status", "/cities/Goma/history", "/cities",
            "/cities?status=CAPTURED", "/conflicts", "/deployments", "/deployments/totals",
            "/ask?q=Who controls Goma", "/ask?q=Has Kunduz fallen");

    private final List<Long> stored = new ArrayList<>();
    private final Map<Long, String> texts = new HashMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void cachedAnswersEqualAnswersComputedFromScratchAfterEveryStep(long seed) {
        SampleStore.clear();
        stored.clear();
        texts.clear();
        Random random = new Random(seed);
        for (int step = 0; step < 18; step++) {
            String did = step(random, step);
            for (String path : PATHS) {
                Response cached = given().get(path);
                Response fresh = given().header("Cache-Control", "no-cache").get(path);
                assertThat(cached.statusCode()).as("%s after %s (seed %d)", path, did, seed)
                        .isEqualTo(fresh.statusCode());
                assertThat(cached.asString()).as("%s after %s (seed %d)", path, did, seed)
                        .isEqualTo(fresh.asString());
            }
        }
    }

    /** One random change of the store; what it did, for the assertion messages. */
    private String step(Random random, int step) {
        int choice = stored.isEmpty() ? 0 : random.nextInt(10);
        if (choice <= 4) {
            String text = report(random, step);
            remember(ingest(text, random));
            return "ingesting \"" + text + "\"";
        }
        Long some = stored.get(random.nextInt(stored.size()));
        if (choice == 5) {
            given().contentType("text/plain").body(texts.get(some)).post("/documents").then().statusCode(200);
            return "re-posting document " + some;
        }
        if (choice == 6) {
            // the same story with a line added: a near-duplicate copy of it
            String copy = texts.get(some) + "\n\nThe situation remained tense on Saturday.";
            remember(ingest(copy, random)); // a second copy of the same text is a duplicate
            return "copying document " + some;
        }
        if (choice == 7) {
            // two writers about the same city at once: neither change may be lost
            String city = REPORTS.get(random.nextInt(REPORTS.size()));
            CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> ingestPlain(city + " Desk " + step + "a."));
            CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> ingestPlain(city + " Desk " + step + "b."));
            stored.add(first.join());
            stored.add(second.join());
            return "two concurrent reports like \"" + city + "\"";
        }
        stored.remove(some);
        given().delete("/documents/{id}", some).then().statusCode(204);
        return "retracting document " + some;
    }

    private void remember(long id) {
        if (!stored.contains(id)) {
            stored.add(id);
        }
    }

    /** A report of the pool, made a document of its own by a desk line. */
    private static String report(Random random, int step) {
        return REPORTS.get(random.nextInt(REPORTS.size())) + " Filed by desk " + step + ".";
    }

    private long ingest(String text, Random random) {
        String publisher = PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
        String day = "2024-03-" + (10 + random.nextInt(15));
        long id = given().contentType("application/json")
                .body(Map.of("text", text, "publisher", publisher, "publishedAt", day))
                .post("/documents").then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .extract().jsonPath().getLong("id");
        texts.putIfAbsent(id, text);
        return id;
    }

    private long ingestPlain(String text) {
        long id = given().contentType("text/plain").body(text).post("/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        synchronized (texts) {
            texts.put(id, text);
        }
        return id;
    }
}
