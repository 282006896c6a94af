package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retracted (deleted) document stops counting in every answer. */
@QuarkusTest
class RetractionResourceTest {

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    @Test
    void deletingTheOnlyDocumentThatReportsACaptureMakesTheCityUnknownAgain() {
        long id = SampleStore.ingest("Taliban fighters overran Zaranj, the capital of Nimroz province, on Friday, "
                + "two local officials told reporters.");
        given().get("/cities/Zaranj/status").then().statusCode(200)
                .body("status", equalTo("CAPTURED")).body("controlledBy", equalTo("Taliban"))
                .body("documents", equalTo(1)).body("evidence[0].documentId", equalTo((int) id));
        given().queryParam("status", "CAPTURED").get("/cities").then()
                .body("items.city.name", hasItem("Zaranj"));

        given().delete("/documents/{id}", id).then().statusCode(204);

        given().get("/cities/Zaranj/status").then().statusCode(200)
                .body("status", equalTo("UNKNOWN")).body("controlledBy", equalTo(null))
                .body("documents", equalTo(0)).body("evidence.size()", equalTo(0));
        given().queryParam("status", "CAPTURED").get("/cities").then()
                .body("items.city.name", not(hasItem("Zaranj")));
        given().queryParam("place", "Zaranj").get("/claims").then().body("total", equalTo(0));
    }

    @Test
    void deletingOneOfTwoReportsLowersTheCountAndTheOtherStillStands() {
        long first = SampleStore.ingest("Taliban insurgents seized Sheberghan, the capital of Jowzjan province, officials said.");
        SampleStore.ingest("The Taliban took control of Sheberghan on Saturday, according to a provincial council member.");
        given().get("/cities/Shiberghan/status").then().body("status", equalTo("CAPTURED"))
                .body("documents", equalTo(2));

        given().delete("/documents/{id}", first).then().statusCode(204);

        given().get("/cities/Sheberghan/status").then().body("status", equalTo("CAPTURED"))
                .body("documents", equalTo(1)).body("evidence.documentId", not(hasItem((int) first)));
    }

    @Test
    void deletingTheDocumentThatSaysTheGovernmentHoldsACityLeavesOnlyTheForecast() {
        long held = SampleStore.ingest("Afghan security forces still hold Kunduz, the provincial governor said on Monday.");
        SampleStore.ingest("Analysts warned that Kunduz could fall to the Taliban within weeks.");
        given().get("/cities/Kunduz/status").then().body("status", equalTo("HELD"))
                .body("controlledBy", equalTo("Afghan government")).body("forecastsTotal", equalTo(1));

        given().delete("/documents/{id}", held).then().statusCode(204);

        given().get("/cities/Kunduz/status").then().body("status", equalTo("UNKNOWN"))
                .body("forecastsTotal", equalTo(1));
    }
}
