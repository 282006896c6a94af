package org.factquery.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.factquery.support.SampleStore;
import org.factquery.support.WarArticles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * /deployments over two articles of the development corpus written for deployments: a briefing
 * transcript (units, a staging country, an increment and a total) and a wire story whose
 * headline alone carries the number.
 */
@QuarkusTest
class DeploymentArticlesResourceTest {

    private static final Map<String, String> TEXTS = new LinkedHashMap<>();

    @BeforeEach
    void ingestTheArticles() {
        SampleStore.clear();
        TEXTS.clear();
        for (WarArticles.Article a : WarArticles.all()) {
            if (a.name().equals("sudan-briefing-1") || a.name().equals("rwanda-headline-1")) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", a.title());
                body.put("text", a.body());
                body.put("publishedAt", a.published().toString());
                given().contentType(ContentType.JSON).body(body).post("/documents").then().statusCode(201);
                TEXTS.put(a.title(), a.body());
            }
        }
        assertThat(TEXTS).hasSize(2);
    }

    @Test
    void theHeadlinesCountAndTheBodysReportAreOneDeploymentWithBothAsEvidence() {
        JsonPath rwanda = given().queryParam("country", "Rwanda").get("/deployments").then().statusCode(200)
                .body("items.size()", equalTo(1)).extract().jsonPath();
        assertThat(rwanda.getInt("items[0].troops")).isEqualTo(1000);
        assertThat(rwanda.getString("items[0].destination")).isEqualTo("Cabo Delgado");
        assertThat(rwanda.getString("items[0].status")).isEqualTo("announced");
        assertThat(rwanda.getInt("items[0].evidenceTotal")).isEqualTo(2);
        for (Map<String, Object> e : rwanda.<Map<String, Object>>getList("items[0].evidence")) {
            String source = "title".equals(e.get("field")) ? (String) e.get("title") : TEXTS.get(e.get("title"));
            assertThat(source.substring((Integer) e.get("start"), (Integer) e.get("end"))).isEqualTo(e.get("sentence"));
        }
        assertThat(rwanda.getList("items[0].evidence.field")).contains("title");
    }

    @Test
    void aBriefingGivesUnitsAStagingCountryAnIncrementAndATotal() {
        List<Map<String, Object>> uk = given().queryParam("country", "UK").get("/deployments").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertThat(uk).anySatisfy(d -> {
            assertThat(d.get("destination")).isEqualTo("Wadi Seidna Air Base");
            assertThat(String.valueOf(d.get("units"))).contains("paratroopers");
        });
        assertThat(uk).anySatisfy(d -> {
            assertThat(d).containsEntry("destination", "Cyprus").containsEntry("troops", 250)
                    .containsEntry("role", "increment").containsEntry("status", "standby");
        });
        given().queryParam("country", "Britain").get("/deployments/totals").then().statusCode(200)
                .body("[0].total.troops", equalTo(1400)).body("[0].deployments.troops", hasItem(250));
        given().queryParam("q", "Where is Britain staging troops?").get("/ask").then().statusCode(200)
                .body("answer", containsString("in Cyprus (250 troops, standby"));
    }
}
