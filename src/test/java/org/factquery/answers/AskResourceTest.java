package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code /ask} over the five samples: each phrasing maps to the right query and is answered in
 * a sentence that says what the store holds, with evidence; unknown names and unmappable
 * questions get problems that say what would work.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AskResourceTest {

    private boolean loaded;

    // once per class, after Quarkus and REST Assured are up (a @BeforeAll can run before)
    @BeforeEach
    void loadSamples() {
        if (!loaded) {
            SampleStore.onlySamples();
            loaded = true;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who controls Herat?                                    | who-controls    | Herat has been captured by the Taliban
            who holds mazar-e-sharif                               | who-controls    | Mazar-i-Sharif is held by the Afghan government
            Who is in control of Kandahar city right now?          | who-controls    | Kandahar has been captured by the Taliban
            What is the status of Jalalabad?                       | who-controls    | Jalalabad is held by the Afghan government
            Which side holds Qala i Naw?                           | who-controls    | Qala-i-Naw has been captured by the Taliban
            Has Kandahar fallen?                                   | has-fallen      | Yes: Kandahar fell to the Taliban
            Did Ghazni fall to the Taliban?                        | has-fallen      | Yes: Ghazni fell to the Taliban
            Has the Taliban taken Kabul?                           | has-fallen      | No: Kabul is still held by the Afghan government
            Is Kabul under Taliban control?                        | has-fallen      | No: Kabul is still held
            When did Kandahar fall?                                | when-fell       | Reports disagree on when Kandahar fell to the Taliban
            When was Qala-e-Naw captured?                          | when-fell       | Qala-i-Naw fell to the Taliban on Thursday
            How many troops is the UK sending?                     | troops-how-many | The United Kingdom is reported sending 600 troops
            How many soldiers will the U.S. send to Kabul?         | troops-how-many | 3,000 troops to Kabul
            How many British troops are going to Afghanistan?      | troops-how-many | 600 troops to Afghanistan
            Where is the United States sending troops?             | troops-where    | to Kabul (3,000 troops
            Why is Britain sending troops?                         | troops-why      | 600 troops
            How many provincial capitals has the Taliban captured? | capitals-taken  | of 34 provincial capitals taken
            how many capitals have fallen                          | capitals-taken  | the store itself has 6 provincial capitals reported captured
            Which cities has the Taliban captured?                 | city-list       | The Taliban is reported to have captured 6 cities
            Which cities does the government still hold?           | city-list       | The Afghan government is reported holding 3 cities
            What cities have fallen?                               | city-list       | 6 cities are reported to have fallen
            Where do reports disagree about Kandahar?              | disagreements   | Reports disagree about Kandahar on who holds it
            Are there conflicting reports on Herat?                | disagreements   | Reports disagree about Herat on the day it fell
            """)
    void phrasingsAreMappedAndAnsweredWithEvidence(String question, String form, String answer) {
        JsonPath json = given().queryParam("q", question).get("/ask").then().statusCode(200)
                .body("question", equalTo(question))
                .body("interpretation.form", equalTo(form))
                .body("answer", containsString(answer))
                .body("query", notNullValue())
                .extract().jsonPath();
        assertThat(json.getList("evidence")).as("evidence").isNotEmpty();
    }

    @Test
    void kabulIsNeverAnsweredAsFallenAndItsForecastsAreShown() {
        JsonPath json = given().queryParam("q", "Has Kabul fallen?").get("/ask").then().statusCode(200)
                .body("answer", containsString("reports forecast it could fall")).extract().jsonPath();
        List<Map<String, Object>> evidence = json.getList("evidence");
        assertThat(evidence).extracting(e -> e.get("modality")).contains("FORECAST", "ASSERTED");
    }

    @Test
    void theAnswerNamesTheStructuredQueryThatGivesTheSameFacts() {
        String query = given().queryParam("q", "Who controls Kandahar?").get("/ask").then().statusCode(200)
                .body("query", equalTo("/cities/Kandahar/status")).extract().path("query");
        given().get(query).then().statusCode(200).body("controlledBy", equalTo("Taliban"));
        given().queryParam("q", "How many troops is the US sending?").get("/ask").then()
                .body("query", equalTo("/deployments?country=United%20States"));
    }

    @Test
    void anUnknownCityIsA404WithTheClosestNames() {
        given().queryParam("q", "Who controls Kandahr?").get("/ask").then().statusCode(200)
                .body("interpretation.city", equalTo("Kandahar"));
        given().queryParam("q", "Who controls Qwertyville?").get("/ask").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Qwertyville")).body("suggestions", notNullValue());
        given().queryParam("q", "Who controls Helmand?").get("/ask").then().statusCode(404)
                .body("detail", containsString("province")).body("suggestions", hasItem("Lashkar Gah"));
    }

    @Test
    void anUnknownCountryIsA404WithTheClosestNames() {
        given().queryParam("q", "How many troops is Narnia sending?").get("/ask").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("Narnia"));
    }

    @Test
    void anUnmappableQuestionIsA422ListingTheUnderstoodForms() {
        for (String question : List.of("What is the weather like in Kabul tomorrow?", "Tell me a joke", "???")) {
            given().queryParam("q", question).get("/ask").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("understood", hasItems(containsString("Who controls <city>?"),
                            containsString("How many troops is <country> sending?")));
        }
    }

    @Test
    void aMissingOrOverlongQuestionIsA400() {
        given().get("/ask").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "Who controls Herat? ".repeat(40)).get("/ask").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "Who controls Herat?").queryParam("evidence", "lots").get("/ask").then()
                .statusCode(400).body("errors[0].field", equalTo("evidence"));
    }

    @Test
    void aCityListNeverIncludesACityOnlyForecastToFall() {
        given().queryParam("q", "Which cities has the Taliban captured?").get("/ask").then()
                .body("answer", not(containsString("Kabul")));
    }

    @Test
    void aQuestionAboutTwoCitiesIsAnsweredForBoth() {
        given().queryParam("q", "Who controls Kandahar and Kabul?").get("/ask").then().statusCode(200)
                .body("interpretation.cities", equalTo("Kandahar, Kabul"))
                .body("answer", containsString("Kandahar has been captured by the Taliban"))
                .body("answer", containsString("Kabul is held by the Afghan government"))
                .body("query", equalTo("/cities/Kandahar/status"))
                .body("queries", org.hamcrest.Matchers.contains("/cities/Kandahar/status", "/cities/Kabul/status"));
        given().queryParam("q", "Has Herat fallen?").get("/ask").then()
                .body("queries", org.hamcrest.Matchers.contains("/cities/Herat/status"));
    }
}
