package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.factquery.support.HeavyText;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.Test;

/** A document whose extraction outlasts the budget is a 422 problem, and nothing of it is stored. */
@QuarkusTest
@TestProfile(ExtractionBudgetResourceTest.TinyBudget.class)
class ExtractionBudgetResourceTest {

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factquery.ingest.extraction-budget", "1ms");
        }
    }


    @Test
    void aDocumentOverTheBudgetIsA422AndStoresNothing() {
        long before = SampleStore.documentCount();
        given().contentType(ContentType.JSON).body(Map.of("text", HeavyText.of(50))).post("/documents").then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("extraction budget of 1 ms"))
                .body("detail", containsString("Nothing was stored"));
        assertThat(SampleStore.documentCount()).isEqualTo(before);
    }
}
