package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Cities of any country through HTTP, over articles written for these tests: any spelling of a
 * city resolves, a name several places bear answers 409 with the candidates until the store,
 * {@code ?country=} or an id path decides, a city that changed hands has a history, and /ask
 * answers about any war.
 */
@QuarkusTest
class WorldCitiesResourceTest {

    private static final String SIRTE = "geonames:2210554";
    private static final String TRIPOLI_LIBYA = "geonames:2210247";
    private static final String TRIPOLI_LEBANON = "geonames:266826";

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    private static long ingest(String text, String publisher, String publishedAt) {
        return SampleStore.ingest(text, publisher, publishedAt);
    }

    /** Sirte taken by the rebels, retaken by the government, taken again by the rebels. */
    private static void sirteChangesHandsTwice() {
        ingest("National Transitional Council fighters captured Sirte on Saturday, residents said.",
                "Wire A", "2011-08-20");
        ingest("Libyan government troops retook Sirte on Monday after heavy fighting, witnesses said.",
                "Daily B", "2011-09-05");
        ingest("National Transitional Council fighters recaptured Sirte on Thursday, a Wire correspondent confirmed.",
                "Wire A", "2011-10-21");
    }

    @Test
    void aCityThatChangedHandsTwiceHasItsHistoryInOrder() {
        sirteChangesHandsTwice();
        JsonPath history = given().get("/cities/Sirte/history").then().statusCode(200)
                .body("city.id", equalTo(SIRTE)).body("city.countryCode", equalTo("LY"))
                .body("status", equalTo("CAPTURED")).body("controlledBy", equalTo("National Transitional Council"))
                .body("changes.change", equalTo(List.of("CAPTURE", "RECAPTURE", "RECAPTURE")))
                .body("changes.actor", equalTo(List.of("National Transitional Council", "Libyan government",
                        "National Transitional Council")))
                .body("changes.day", equalTo(List.of("2011-08-20", "2011-09-05", "2011-10-20")))
                .body("changes.modality", equalTo(List.of("REPORTED", "REPORTED", "CONFIRMED")))
                .extract().jsonPath();
        // every change carries its sentence, exactly as its document has it
        for (Map<String, Object> evidence : history.<Map<String, Object>>getList("changes.evidence.flatten()")) {
            String text = given().get("/documents/" + evidence.get("documentId")).then().extract().path("text");
            assertSentence(text, evidence);
        }
    }

    private static void assertSentence(String text, Map<String, Object> evidence) {
        int start = (Integer) evidence.get("start");
        int end = (Integer) evidence.get("end");
        org.assertj.core.api.Assertions.assertThat(text.substring(start, end)).isEqualTo(evidence.get("sentence"));
    }

    @Test
    void theStatusIsTheLastHolderAndAsOfAnswersForAnyDay() {
        sirteChangesHandsTwice();
        given().get("/cities/Sirte/status").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).body("controlledBy", equalTo("National Transitional Council"))
                .body("since", equalTo("2011-10-20"));
        given().queryParam("asOf", "2011-09-30").get("/cities/Sirte/status").then()
                .body("controlledBy", equalTo("Libyan government")).body("since", equalTo("2011-09-05"));
        given().queryParam("asOf", "2011-08-31").get("/cities/Sirte/history").then()
                .body("changes.size()", equalTo(1)).body("controlledBy", equalTo("National Transitional Council"));
        given().queryParam("asOf", "2011-08-01").get("/cities/Sirte/status").then().body("status", equalTo("UNKNOWN"));
    }

    @Test
    void aWithdrawalLeavesTheCityToNoNamedHolder() {
        ingest("Libyan government troops held Ajdabiya on Monday, officials said.", "Wire A", "2011-03-14");
        ingest("The army withdrew from Ajdabiya on Thursday, rebels said.", "Wire A", "2011-03-18");
        given().get("/cities/Ajdabiya/status").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).body("controlledBy", nullValue())
                .body("evidence.kind", hasItem("WITHDRAWAL"));
        given().get("/cities/Ajdabiya/history").then()
                .body("changes.change", equalTo(List.of("WITHDRAWAL")))
                .body("changes.actor", equalTo(List.of("Libyan government")));
        given().queryParam("q", "Who controls Ajdabiya?").get("/ask").then().statusCode(200)
                .body("answer", containsString("withdrawn from Ajdabiya"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "Kiev, Kyiv, UA", "kyiv, Kyiv, UA", "Muqdisho, Mogadishu, SO", "Banghazi, Benghazi, LY",
            "Mocimboa da Praia, Mocímboa da Praia, MZ", "Stepanakert, Xankandi, AZ", "Kismaayo, Kismayo, SO",
            "Tskhinvali, Ts’khinvali, GE", "Maiduguri, Maiduguri, NG", "Bangui, Bangui, CF" })
    void anyGeoNamesSpellingOfACityResolves(String asked, String name, String country) {
        given().get("/cities/{name}/status", asked).then().statusCode(200)
                .body("city.name", equalTo(name)).body("city.countryCode", equalTo(country))
                .body("status", equalTo("UNKNOWN")).body("city.id", containsString("geonames:"));
    }

    @Test
    void anAmbiguousNameIsA409WithCandidatesAndCountryOrIdChooses() {
        given().get("/cities/Tripoli/status").then().statusCode(409)
                .contentType("application/problem+json")
                .body("candidates.id", hasItems(TRIPOLI_LIBYA, TRIPOLI_LEBANON))
                .body("candidates.find { it.id == '" + TRIPOLI_LEBANON + "' }.country", equalTo("Lebanon"))
                .body("detail", containsString("?country="));
        given().queryParam("country", "Lebanon").get("/cities/Tripoli/status").then().statusCode(200)
                .body("city.id", equalTo(TRIPOLI_LEBANON));
        given().queryParam("country", "LY").get("/cities/Tripoli/status").then().statusCode(200)
                .body("city.id", equalTo(TRIPOLI_LIBYA));
        given().get("/cities/" + TRIPOLI_LEBANON + "/status").then().statusCode(200)
                .body("city.countryCode", equalTo("LB")).body("city.matchedBy", equalTo("id"));
        given().queryParam("country", "Narnia").get("/cities/Tripoli/status").then().statusCode(400)
                .body("errors[0].field", equalTo("country"));
        given().get("/cities/geonames:1/status").then().statusCode(404);
    }

    @Test
    void theStoreDecidesAnAmbiguousNameWhenOnlyOneOfItsPlacesHasClaims() {
        ingest("Lebanese troops took control of Tripoli's Bab al-Tabbaneh district after clashes, the army said. "
                + "Gunmen still held parts of Tripoli on Saturday, residents said.", "Wire A", "2012-10-27");
        given().get("/cities/Tripoli/status").then().statusCode(200)
                .body("city.id", equalTo(TRIPOLI_LEBANON)).body("city.resolvedBy", equalTo("store"));
        ingest("Government of National Accord forces repelled an offensive on Tripoli, the Libyan government said.",
                "Wire B", "2019-04-12");
        given().get("/cities/Tripoli/status").then().statusCode(409)
                .body("detail", containsString("the store has claims about"));
    }

    @Test
    void theSameNameInTwoDocumentsIsTwoPlaces() {
        long lebanon = ingest("Clashes in Tripoli between Lebanese army units and gunmen killed four people, "
                + "Lebanon's state news agency said.", "Wire A", "2012-10-27");
        long libya = ingest("Fighting raged in Tripoli as Libyan National Army units advanced from the south, "
                + "Libya's health ministry said.", "Wire B", "2019-04-12");
        given().get("/documents/" + lebanon + "/claims").then()
                .body("items.place.country", everyItem(equalTo("Lebanon")));
        given().get("/documents/" + libya + "/claims").then()
                .body("items.place.country", everyItem(equalTo("Libya")));
        given().queryParam("place", "Tripoli").queryParam("country", "LB").get("/claims").then().statusCode(200)
                .body("items.evidence.documentId", everyItem(equalTo((int) lebanon)));
    }

    @Test
    void theCityListIsOfCitiesTheStoreSpeaksOfAndFiltersByCountry() {
        sirteChangesHandsTwice();
        ingest("Al-Shabaab fighters captured Baidoa on Tuesday, residents said.", "Wire C", "2011-08-02");
        given().queryParam("size", 500).get("/cities").then().statusCode(200)
                .body("items.city.name", hasItems("Sirte", "Baidoa")).body("items.city.name", not(hasItem("Kabul")))
                .body("total", equalTo(2));
        given().queryParam("country", "Libya").get("/cities").then()
                .body("items.city.name", equalTo(List.of("Sirte")));
        given().queryParam("country", "so").queryParam("status", "CAPTURED").get("/cities").then()
                .body("items.city.name", equalTo(List.of("Baidoa")))
                .body("items[0].controlledBy", equalTo("al-Shabaab"));
    }

    @Test
    void aProvincesCaptureAnswersForItsCapitalByInferenceUntilTheCapitalItselfIsReported() {
        ingest("Insurgents seized the province of Cabo Delgado on Monday, a security source said.", "Wire A",
                "2021-03-29");
        given().get("/cities/Pemba/status").then().statusCode(200)
                .body("city.countryCode", equalTo("MZ")).body("status", equalTo("CAPTURED"))
                .body("controlledBy", equalTo("insurgents")).body("inferredFrom", equalTo("province"))
                .body("evidence[0].inferredFrom", equalTo("province"))
                .body("evidence[0].sentence", containsString("province of Cabo Delgado"));
        given().get("/cities?country=MZ").then().statusCode(200)
                .body("items.city.name", hasItem("Pemba")).body("items[0].inferredFrom", equalTo("province"));
        given().queryParam("q", "Has Pemba fallen?").get("/ask").then().statusCode(200)
                .body("answer", containsString("about the province it is the capital of"));

        ingest("Mozambican troops still hold Pemba, officials said on Tuesday.", "Daily B", "2021-03-30");
        given().get("/cities/Pemba/status").then().statusCode(200)
                .body("status", equalTo("HELD")).body("controlledBy", equalTo("Mozambican government"))
                .body("inferredFrom", nullValue()).body("evidence.inferredFrom", everyItem(nullValue()));
    }

    @Test
    void askAnswersAboutAnyWar() {
        sirteChangesHandsTwice();
        ingest("Al-Shabaab fighters captured Baidoa on Tuesday, residents said. Al-Shabaab also seized Afgoye, "
                + "a Somali police officer said.", "Wire C", "2011-08-02");
        ingest("Mozambican officials said insurgents overran Palma on Wednesday after three days of fighting.",
                "Wire D", "2021-03-26");
        ingest("Azerbaijani forces captured Shusha on Sunday, Azerbaijan's defence ministry said.",
                "Wire E", "2020-11-09");
        given().queryParam("q", "Who controls Sirte?").get("/ask").then().statusCode(200)
                .body("answer", containsString("National Transitional Council"))
                .body("interpretation.city", equalTo("Sirte"));
        given().queryParam("q", "Which towns has al-Shabaab captured?").get("/ask").then().statusCode(200)
                .body("answer", containsString("Al-Shabaab is reported")).body("answer", containsString("Baidoa"))
                .body("answer", containsString("Afgooye"));
        given().queryParam("q", "Has Palma fallen?").get("/ask").then().statusCode(200)
                .body("answer", containsString("Yes")).body("interpretation.city", equalTo("Palma"));
        given().queryParam("q", "Who holds Shusha now?").get("/ask").then().statusCode(200)
                .body("answer", containsString("Azerbaijani government"));
        given().queryParam("q", "When did Sirte fall?").get("/ask").then().statusCode(200)
                .body("answer", containsString("2011-10-20"));
    }
}
