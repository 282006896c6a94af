package org.factquery.support;

import static io.restassured.RestAssured.given;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.quarkus.arc.Arc;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;

/**
 * The store as answer tests need it: emptied (other test classes share the database), then
 * holding exactly what the test ingests over HTTP.
 */
public final class SampleStore {

    private static final RestAssuredConfig UTF8 = RestAssuredConfig.config()
            .encoderConfig(EncoderConfig.encoderConfig().defaultContentCharset("UTF-8"));

    private SampleStore() {
    }

    /** Empties the store and ingests the five samples without a publication date; ids by file name. */
    public static Map<String, Long> onlySamples() {
        clear();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Path file : Samples.files()) {
            ids.put(file.getFileName().toString(), ingest(Samples.text(file)));
        }
        return ids;
    }

    /**
     * Deletes every document (their sentences and claims go with them) and, as every change of
     * the store does, logs a change of everything so that no cached answer outlives them.
     */
    public static void clear() {
        DataSource db = Arc.container().instance(DataSource.class).get();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM document");
            s.execute("INSERT INTO store_change (everything) VALUES (true)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the store", e);
        }
    }

    /** How many documents are stored, as {@code GET /documents} counts them. */
    public static long documentCount() {
        return given().queryParam("size", 1).get("/documents").then().statusCode(200)
                .extract().jsonPath().getLong("total");
    }

    /** Ingests a text as text/plain and answers its id. */
    public static long ingest(String text) {
        return given().config(UTF8).contentType(ContentType.TEXT.withCharset("UTF-8")).body(text)
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Ingests a text as JSON with a publisher and publication day, and answers its id. */
    public static long ingest(String text, String publisher, String publishedAt) {
        return given().contentType("application/json")
                .body(java.util.Map.of("text", text, "publisher", publisher, "publishedAt", publishedAt))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
