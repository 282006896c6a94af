package org.factquery.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.factquery.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL killed under the running service (as a crash or an out-of-memory kill
 * would) is started again by the service itself, on the same data, and the service answers again
 * without a restart.
 */
@QuarkusTest
@TestProfile(EmbeddedDatabaseSupervisionTest.Supervised.class)
class EmbeddedDatabaseSupervisionTest {

    public static class Supervised implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factquery.embedded-db.supervise", "true",
                    "factquery.embedded-db.check-interval", "0.5S");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aKilledDatabaseIsStartedAgainAndTheServiceAnswersWithoutARestart() throws Exception {
        assumeFalse(PostgresTestResource.externalDatabase(), "kills the embedded test database");
        String text = "Supervision probe " + UUID.randomUUID() + ". Taliban fighters captured Zaranj on Friday.";
        long id = given().contentType(ContentType.JSON).body(Map.of("text", text)).post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String claims = given().get("/documents/" + id + "/claims").then().statusCode(200).extract().asString();
        long killed = postmasterPid();

        new ProcessBuilder("kill", "-KILL", Long.toString(killed)).inheritIO().start().waitFor();

        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status;
        do {
            Thread.sleep(250);
            status = given().get("/documents/" + id).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("the stored document, answered again without a restart").isEqualTo(200);
        assertThat(postmasterPid()).as("a new postmaster").isNotEqualTo(killed);
        given().get("/documents/" + id + "/claims").then().statusCode(200).body(equalTo(claims));
        given().get("/q/health/live").then().statusCode(200)
                .body("checks.find { it.name == 'embedded-database' }.data.restarts", equalTo(1));
        given().get("/q/health/ready").then().statusCode(200);
    }

    private long postmasterPid() throws Exception {
        Path dataDirectory;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT current_setting('data_directory')")) {
            rs.next();
            dataDirectory = Path.of(rs.getString(1));
        }
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
    }
}
