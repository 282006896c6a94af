package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code /cities} and {@code /cities/{name}/status} on articles of our own: dates, publishers,
 * answering as of a day, name resolution and bounded evidence.
 */
@QuarkusTest
class CityStatusResourceTest {

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    private static long ingest(String text, String publisher, String publishedAt) {
        return SampleStore.ingest(text, publisher, publishedAt);
    }

    @Test
    void sinceIsTheEarliestResolvedCaptureDateAndPublishersAreCountedOnce() {
        ingest("Taliban fighters captured Kunduz on Sunday, a police spokesman said.", "Wire A", "2021-08-09");
        ingest("The Taliban seized Kunduz on Sunday after days of fighting.", "Wire A", "2021-08-10");
        ingest("Kunduz fell to the Taliban on Monday, officials confirmed.", "Daily B", "2021-08-10");
        given().get("/cities/Kondoz/status").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).body("since", equalTo("2021-08-08"))
                .body("documents", equalTo(3)).body("publishers", equalTo(2))
                .body("disputes.about", hasItem("capture day"));
    }

    @Test
    void asOfAnswersFromClaimsDatedUpToThatDay() {
        ingest("Afghan forces hold Farah, the provincial governor said on Monday.", "Wire A", "2021-08-02");
        ingest("The Taliban captured Farah on Wednesday, officials said.", "Wire A", "2021-08-12");
        given().queryParam("asOf", "2021-08-05").get("/cities/Farah/status").then()
                .body("status", equalTo("HELD")).body("controlledBy", equalTo("Afghan government"))
                .body("asOf", equalTo("2021-08-05"));
        given().get("/cities/Farah/status").then()
                .body("status", equalTo("CAPTURED")).body("controlledBy", equalTo("Taliban"))
                .body("since", equalTo("2021-08-11"));
        given().queryParam("asOf", "5 August").get("/cities/Farah/status").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void evidenceIsBoundedAndTheTotalIsGiven() {
        for (int i = 0; i < 4; i++) {
            ingest("Report " + i + ": the Taliban captured Taloqan, officials said.", "Wire " + i, "2021-08-0" + (i + 2));
        }
        given().queryParam("evidence", 2).get("/cities/Taloqan/status").then()
                .body("evidence.size()", equalTo(2)).body("evidenceTotal", equalTo(4));
        given().queryParam("evidence", 101).get("/cities/Taloqan/status").then().statusCode(400);
        given().queryParam("evidence", 0).get("/cities/Taloqan/status").then().statusCode(400);
    }

    @Test
    void theListHasTheCitiesTheStoreSpeaksOfAndFiltersByStatus() {
        ingest("Taliban insurgents overran Maimana on Tuesday, a provincial council member said.", "Wire A", "2021-08-10");
        given().queryParam("size", 500).get("/cities").then().statusCode(200)
                .body("total", equalTo(1)).body("items.city.name", not(hasItem("Kabul")));
        given().queryParam("status", "captured").get("/cities").then()
                .body("items.city.name", hasItem("Maymana")).body("items.status", everyItem(equalTo("CAPTURED")))
                .body("items[0].evidence.size()", lessThanOrEqualTo(1));
        given().queryParam("status", "fallen").get("/cities").then().statusCode(400);
    }

    @Test
    void namesResolveByAliasThenByCloseSpellingElseA404WithSuggestions() {
        given().get("/cities/LASHKARGAH/status").then().statusCode(200)
                .body("city.name", equalTo("Lashkar Gah")).body("city.matchedBy", equalTo("alias"))
                .body("status", equalTo("UNKNOWN")).body("evidence.size()", equalTo(0));
        given().get("/cities/Kandaharr/status").then().statusCode(200)
                .body("city.name", equalTo("Kandahar")).body("city.matchedBy", equalTo("fuzzy"));
        // as near to Jalal-Abad (Kyrgyzstan) as to Jalalabad: which one is the asker's to say
        given().get("/cities/Jalalabd/status").then().statusCode(409)
                .body("candidates.country", hasItem("Afghanistan"));
        given().queryParam("country", "AF").get("/cities/Jalalabd/status").then().statusCode(200)
                .body("city.name", equalTo("Jalalabad")).body("city.matchedBy", equalTo("fuzzy"));
        given().get("/cities/Qwertyville/status").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Qwertyville")).body("suggestions.size()", greaterThan(0));
        given().get("/cities/Badghis/status").then().statusCode(404)
                .body("detail", containsString("province")).body("suggestions[0]", equalTo("Qala-i-Naw"));
    }

    @Test
    void aNameThatOnlyContainsOrRepeatsACityIsNoMisspellingOfIt() {
        // the closest stored names are suggested: store both cities, whatever ran before
        ingest("The Taliban captured Kandahar on Friday and advanced on Kabul.", "Wire A", "2021-08-13");
        given().get("/cities/Kandahr/status").then().statusCode(200).body("city.name", equalTo("Kandahar"));
        for (String name : new String[] {"notKandahar", "Kabul and Kandahar", "KandaharKandahar",
                "Kandahar".repeat(487), "Kandahar city centre", "Herat-Kabul"}) {
            given().get("/cities/{name}/status", name).then().statusCode(404)
                    .contentType("application/problem+json").body("suggestions.size()", greaterThan(0));
        }
    }

    @Test
    void aFallWithoutANamedTakerIsCapturedByAnUnknownHolder() {
        ingest("Farah fell on Tuesday, a provincial council member said.", "Wire B", "2021-08-13");
        given().get("/cities/Farah/status").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).body("controlledBy", nullValue())
                .body("since", equalTo("2021-08-10")).body("evidence.size()", equalTo(1));
        given().queryParam("q", "Who controls Farah?").get("/ask").then().statusCode(200)
                .body("answer", containsString("Farah is reported to have fallen, but no report says to whom"))
                .body("answer", not(containsString("attack")));
    }
}
