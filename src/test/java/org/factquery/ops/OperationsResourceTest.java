package org.factquery.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsResourceTest {

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void metricsCountDocumentsAndClaimsAndTimeIngestion() {
        String text = "Metrics probe " + UUID.randomUUID() + ". Kabul was quiet.";
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("factquery_documents_ingested_total\\{[^}]*outcome=\"created\"[^}]*\\} [1-9]")
                .containsPattern("factquery_documents_ingested_total\\{[^}]*outcome=\"duplicate\"[^}]*\\} [1-9]")
                .contains("factquery_claims_stored_total")
                .containsPattern("factquery_ingestion_seconds_count(\\{[^}]*\\})? [1-9]");
    }
}
