package org.factquery.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Per sending country, the latest stated total and the increments behind it, never their sum;
 * deployments by status. Articles written for this test.
 */
@QuarkusTest
class DeploymentTotalsResourceTest {

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    @Test
    void theLatestStatedTotalIsAnsweredWithItsIncrementsAndNotAddedUp() {
        SampleStore.ingest("The president ordered 1,000 more US troops to Afghanistan, bringing the total to about "
                + "6,000, officials said.", "Wire A", "2021-08-16");
        SampleStore.ingest("The Pentagon will send an additional 2,000 troops to Kabul, bringing the total to 8,000.",
                "Wire B", "2021-08-19");
        SampleStore.ingest("France will send 300 troops to Djibouti to stand by for an evacuation.", "Wire C",
                "2021-08-19");
        JsonPath totals = given().queryParam("country", "US").get("/deployments/totals").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].country", equalTo("United States"))
                .body("[0].total.troops", equalTo(8000)).body("[0].total.role", equalTo("total"))
                .extract().jsonPath();
        List<Map<String, Object>> parts = totals.getList("[0].deployments");
        assertThat(parts).extracting(p -> p.get("troops")).containsExactlyInAnyOrder(1000, 2000);
        assertThat(parts).extracting(p -> p.get("role")).containsOnly("increment");
        // every value with its evidence, cut from its document
        Map<String, Object> evidence = totals.getMap("[0].total.evidence[0]");
        String text = given().get("/documents/{id}", evidence.get("documentId")).jsonPath().getString("text");
        assertThat(text.substring((Integer) evidence.get("start"), (Integer) evidence.get("end")))
                .isEqualTo(evidence.get("sentence")).contains("8,000");
        given().get("/deployments/totals").then().statusCode(200)
                .body("country", equalTo(List.of("France", "United States")))
                .body("find { it.country == 'France' }.total", equalTo(null));

        given().queryParam("q", "How many troops is the US sending in total?").get("/ask").then().statusCode(200)
                .body("interpretation.form", equalTo("troops-total"))
                .body("query", equalTo("/deployments/totals?country=United%20States"))
                .body("answer", equalTo("The United States is reported sending 8,000 troops in total to Kabul (the latest "
                        + "stated total, 1 document); the increments reported: 2,000 troops to Kabul and 1,000 "
                        + "troops to Afghanistan."))
                .body("evidence[0].sentence", equalTo(
                        "The Pentagon will send an additional 2,000 troops to Kabul, bringing the total to 8,000."));
        given().queryParam("q", "Where is France staging troops?").get("/ask").then().statusCode(200)
                .body("interpretation.form", equalTo("troops-staging"))
                .body("answer", equalTo("France is reported holding troops ready in Djibouti (300 troops, standby, "
                        + "1 document)."));
        given().queryParam("q", "How many troops is France sending in total?").get("/ask").then().statusCode(200)
                .body("answer", equalTo("No report states a total for France."));
    }

    @Test
    void deploymentsFilterByStatusAndAnUnknownStatusIsAProblem() {
        SampleStore.ingest("France will send 300 troops to Djibouti to stand by for an evacuation.", "Wire C",
                "2021-08-19");
        SampleStore.ingest("Britain sent 600 troops to Kabul on Friday.", "Wire D", "2021-08-13");
        given().queryParam("status", "standby").get("/deployments").then().statusCode(200)
                .body("items.country", equalTo(List.of("France"))).body("items[0].status", equalTo("standby"))
                .body("items[0].destination", equalTo("Djibouti"));
        given().queryParam("status", "done").get("/deployments").then().statusCode(200)
                .body("items.country", hasItem("United Kingdom"));
        SampleStore.ingest("France is pulling 2,400 troops out of Mali, the ministry said.", "Wire E", "2022-02-17");
        given().queryParam("country", "France").get("/deployments").then().statusCode(200)
                .body("items.destination", equalTo(List.of("Djibouti"))); // a withdrawal is kept apart
        given().queryParam("status", "withdrawing").get("/deployments").then().statusCode(200)
                .body("items.country", equalTo(List.of("France"))).body("items[0].troops", equalTo(2400))
                .body("items[0].destination", equalTo("Mali"));
        given().queryParam("status", "parked").get("/deployments").then().statusCode(400)
                .contentType("application/problem+json").body("suggestions", hasItem("standby"));
    }
}
