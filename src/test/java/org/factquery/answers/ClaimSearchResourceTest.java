package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code GET /claims}: each filter, full-text search, paging with totals and links, and bad parameters. */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimSearchResourceTest {

    private long dated;

    // once per class, after Quarkus and REST Assured are up (a @BeforeAll can run before)
    @BeforeEach
    void load() {
        if (dated != 0) {
            return;
        }
        SampleStore.onlySamples();
        dated = given().contentType("application/json").body(Map.of("text",
                        "Taliban fighters captured Taloqan on Tuesday, a local official said. "
                                + "Officials said Farah could fall to the Taliban within days.",
                        "publisher", "Test Wire", "publishedAt", "2021-08-13"))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void filtersCombineAndPlaceAndActorAcceptAliases() {
        given().queryParam("kind", "capture").queryParam("place", "qandahar").queryParam("actor", "the taliban")
                .queryParam("size", 100).get("/claims").then().statusCode(200)
                .body("total", greaterThan(5))
                .body("items.kind", everyItem(equalTo("CAPTURE")))
                .body("items.place.name", everyItem(equalTo("Kandahar")))
                .body("items.actor", everyItem(equalTo("Taliban")));
        given().queryParam("modality", "FORECAST").queryParam("place", "Kabul").get("/claims").then()
                .body("total", greaterThan(0)).body("items.modality", everyItem(equalTo("FORECAST")));
        given().queryParam("actor", "Britain").queryParam("kind", "DEPLOYMENT").get("/claims").then()
                .body("total", greaterThan(3)).body("items.actor", everyItem(equalTo("United Kingdom")));
        given().queryParam("document", dated).get("/claims").then()
                .body("items.evidence.documentId", everyItem(equalTo((int) dated)));
    }

    @Test
    void eventDatesBoundTheSearchAndUndatedClaimsAreLeftOut() {
        given().queryParam("since", "2021-08-10").queryParam("until", "2021-08-10").get("/claims").then()
                .body("total", equalTo(1)).body("items[0].place.name", equalTo("Taloqan"))
                .body("items[0].eventDate", equalTo("2021-08-10"));
        given().queryParam("since", "2021-08-11").get("/claims").then().body("total", equalTo(0));
    }

    @Test
    void fullTextSearchFindsClaimsByTheWordsOfTheirSentences() {
        given().queryParam("q", "Kirby visa").get("/claims").then().statusCode(200)
                .body("total", greaterThan(0))
                .body("items.evidence.sentence", everyItem(containsString("Kirby")));
        given().queryParam("q", "\"second-largest city\"").get("/claims").then()
                .body("items.place.name", hasItem("Kandahar"));
        given().queryParam("q", "zzzunheardofword").get("/claims").then().body("total", equalTo(0));
    }

    @Test
    void pagesCarryTotalsAndLinks() {
        Response first = given().queryParam("size", 10).get("/claims");
        first.then().statusCode(200).body("size", equalTo(10)).body("page", equalTo(0));
        int total = first.path("total");
        assertThat(total).isGreaterThan(20);
        assertThat(links(first)).contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        Response second = given().queryParam("size", 10).queryParam("page", 1).get("/claims");
        assertThat(links(second)).contains("rel=\"next\"").contains("rel=\"prev\"");
        List<Integer> a = first.path("items.id");
        List<Integer> b = second.path("items.id");
        assertThat(a).doesNotContainAnyElementsOf(b);
        assertThat(a.get(0)).isGreaterThan(a.get(9)); // newest first
    }

    private static String links(Response response) {
        return String.join(", ", response.getHeaders().getValues("Link"));
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        for (String[] bad : new String[][] {{"kind", "VICTORY"}, {"modality", "PROBABLY"}, {"since", "13/08/2021"},
                {"document", "x"}, {"size", "501"}, {"place", "Qwertyville"}, {"country", "Narnia"}}) {
            given().queryParam(bad[0], bad[1]).get("/claims").then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("place", "Qwertyville").get("/claims").then().body("suggestions.size()", greaterThan(0));
        // an actor the lexicon lacks is searched as written: no claim names it here, none is an error
        given().queryParam("actor", "the Martian Liberation Front").get("/claims").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().queryParam("since", "2021-08-20").queryParam("until", "2021-08-01").get("/claims").then()
                .statusCode(400).body("errors[0].field", equalTo("since"));
    }
}
