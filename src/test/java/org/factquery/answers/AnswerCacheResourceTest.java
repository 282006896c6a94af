package org.factquery.answers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers are cached until the store changes: this instance's writes show at once, another
 * instance's (a committed change plus an advance of store_change_seq) at the next check, and
 * {@code Cache-Control: no-cache} always computes afresh.
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

    @Test
    void aChangeMadeElsewhereShowsOnceTheChangeCounterMoves() throws Exception {
        long id = SampleStore.ingest("Taliban fighters overran Zaranj, the capital of Nimroz province, on Friday, "
                + "two local officials told reporters.");
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));

        // another instance retracts the document but has not yet advanced the counter
        sql("DELETE FROM document WHERE id = " + id);
        given().get("/cities/Zaranj/status").then().body("status", equalTo("CAPTURED"));
        given().header("Cache-Control", "no-cache").get("/cities/Zaranj/status").then()
                .body("status", equalTo("UNKNOWN"));

        sql("SELECT nextval('store_change_seq')"); // checked on every answer in tests (interval 0)
        given().get("/cities/Zaranj/status").then().body("status", equalTo("UNKNOWN"));
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
