package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers are cached until a change of the store touches them: this instance's writes show at
 * once, another instance's (a committed change plus its row in the store_change log) at the next
 * check, a change elsewhere leaves a city's answer cached, and {@code Cache-Control: no-cache}
 * always computes afresh.
 */
@QuarkusTest
class AnswerCacheResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    void emptyStore() {
        SampleStore.clear();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long storedPlaceId(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT id FROM place WHERE name = '" + name + "' AND kind = 'CITY'")) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void aChangeMadeElsewhereShowsOnceItsLogRowIsRead() throws Exception {
        long id = SampleStore.ingest("Taliban fighters overran Zaranj, the capital of Nimroz province, on Friday, "
                + "two local officials told reporters.");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));

        // another instance retracts the document but has not yet logged the change
        sql("DELETE FROM document WHERE id = " + id);
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));
        given().header("Cache-Control", "no-cache").get("/cities/Zaranj/status").then()
                .body("status", equalTo("UNKNOWN"));

        sql("INSERT INTO store_change (everything) VALUES (true)"); // read on every answer in tests (interval 0)
        given().get("/cities/Zaranj/status").then().body("status", equalTo("UNKNOWN"));
    }

    @Test
    void aChangeForgetsOnlyTheAnswersOfThePlacesItTouches() throws Exception {
        long zaranj = SampleStore.ingest("Taliban fighters overran Zaranj, the capital of Nimroz province, on Friday.");
        SampleStore.ingest("Taliban fighters seized Kunduz on Sunday, officials said.");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));
        given().get("/cities/Kunduz/status").then().body("status", equalTo("CAPTURED"));
        long zaranjPlace = storedPlaceId("Zaranj");
        long kunduzPlace = storedPlaceId("Kunduz");

        // another instance retracts the Zaranj report and logs a change of Kunduz only
        sql("DELETE FROM document WHERE id = " + zaranj);
        sql("INSERT INTO store_change (place_ids) VALUES ('{" + kunduzPlace + "}')");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED")); // not touched: kept

        sql("INSERT INTO store_change (place_ids) VALUES ('{" + zaranjPlace + "}')");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("UNKNOWN"));
    }

    @Test
    void aReportAboutAProvinceForgetsTheCachedAnswersOfItsCapital() {
        SampleStore.ingest("Insurgents attacked Pemba on Sunday, residents said.");
        given().get("/cities/Pemba/status").then().body("status", equalTo("CONTESTED"));
        SampleStore.ingest("Insurgents seized the province of Cabo Delgado on Monday, a security source said.");
        given().get("/cities/Pemba/status").then().body("status", equalTo("CAPTURED"))
                .body("inferredFrom", equalTo("province"));
    }

    @Test
    void theConflictsFollowTheWritesAboutTheirCity() {
        SampleStore.ingest("Taliban fighters captured Kunduz on Sunday, officials said.", "Wire A", "2021-08-08");
        given().get("/conflicts").then().body("total", equalTo(0));
        long id = SampleStore.ingest("Afghan government forces hold Kunduz, the governor said on Monday.", "Daily B",
                "2021-08-09");
        given().get("/conflicts").then().body("items.subject", hasItem("Kunduz"));
        given().delete("/documents/{id}", id).then().statusCode(204);
        given().get("/conflicts").then().body("total", equalTo(0));
    }

    @Test
    void aRetractionHereForgetsTheAnswersOfItsPlacesAtOnce() {
        SampleStore.ingest("Taliban fighters seized Kunduz on Sunday, officials said.");
        long id = SampleStore.ingest("Taliban insurgents seized Zaranj, the capital of Nimroz, on Friday, police said.");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));
        given().get("/cities").then().body("total", equalTo(2));
        given().delete("/documents/{id}", id).then().statusCode(204);
        given().get("/cities/Zaranj/status").then().body("status", equalTo("UNKNOWN"));
        given().get("/cities").then().body("total", equalTo(1));
    }

    @Test
    void thisInstancesWritesShowAtOnce() {
        given().get("/cities/Zaranj/status").then().body("status", equalTo("UNKNOWN"));
        long id = SampleStore.ingest("Taliban insurgents seized Zaranj, the capital of Nimroz, on Friday, police said.");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));
        given().delete("/documents/{id}", id).then().statusCode(204);
        given().get("/cities/Zaranj/status").then().body("status", equalTo("UNKNOWN"));
    }
}
