package org.factquery.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.Test;

/** Writes need the configured key, sent either way; reads, health and metrics stay open. */
@QuarkusTest
@TestProfile(ApiKeyResourceTest.WithKey.class)
class ApiKeyResourceTest {

    static final String KEY = "k3y-for-the-access-tests-" + "0123456789";

    @Inject
    AgroalDataSource dataSource;

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factquery.api-key", KEY);
        }
    }

    private static Map<String, String> article() {
        return Map.of("text", "Access probe " + UUID.randomUUID() + ". Taliban fighters captured Zaranj on Friday.");
    }

    @Test
    void aWriteWithoutTheKeyIsA401ProblemAndStoresNothing() {
        Map<String, String> article = article();
        given().contentType(ContentType.JSON).body(article).post("/documents").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("X-API-Key"));
        // the same text with the key is new, so the refused request stored nothing
        given().header("X-API-Key", KEY).contentType(ContentType.JSON).body(article).post("/documents").then()
                .statusCode(201);
    }

    @Test
    void aWrongKeyIsA401EitherWayAndTheKeyIsNotEchoed() {
        Response bearer = given().header("Authorization", "Bearer " + KEY + "x")
                .contentType(ContentType.JSON).body(article()).post("/documents");
        Response header = given().header("X-API-Key", "wrong")
                .contentType(ContentType.JSON).body(article()).post("/documents");
        for (Response r : new Response[] {bearer, header}) {
            r.then().statusCode(401).contentType("application/problem+json")
                    .body("detail", equalTo("The API key presented is not valid"));
            assertThat(r.asString()).doesNotContain(KEY);
        }
    }

    @Test
    void theKeyIsAcceptedAsBearerTokenOrHeaderForPostAndDelete() {
        long id = given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON).body(article())
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().delete("/documents/" + id).then().statusCode(401);
        given().header("Authorization", "Basic " + KEY).delete("/documents/" + id).then().statusCode(401);
        given().get("/documents/" + id).then().statusCode(200);
        given().header("X-API-Key", KEY).delete("/documents/" + id).then().statusCode(204);
        given().get("/documents/" + id).then().statusCode(404);
    }

    @Test
    void readsHealthAndMetricsStayOpen() {
        given().get("/documents").then().statusCode(200);
        given().get("/cities").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
    }

    @Test
    void noCacheIsHonouredForKeyHoldersOnly() throws SQLException {
        SampleStore.clear();
        long id = given().header("X-API-Key", KEY).contentType(ContentType.TEXT)
                .body("Taliban fighters overran Zaranj on Friday, officials said, run " + UUID.randomUUID() + ".")
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));
        // another instance retracts it and has not advanced the change counter yet
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM document WHERE id = " + id);
        }
        given().header("Cache-Control", "no-cache").get("/cities/Zaranj/status").then()
                .body("status", equalTo("CAPTURED")); // anonymous: the cached answer
        given().header("Cache-Control", "no-cache").header("X-API-Key", "wrong").get("/cities/Zaranj/status")
                .then().body("status", equalTo("CAPTURED"));
        given().header("Cache-Control", "no-cache").header("X-API-Key", KEY).get("/cities/Zaranj/status").then()
                .body("status", equalTo("UNKNOWN"));
        SampleStore.clear();
    }
}
