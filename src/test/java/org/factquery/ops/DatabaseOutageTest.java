package org.factquery.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.factquery.support.PostgresTestResource;
import org.junit.jupiter.api.Test;

/**
 * Stops the test's embedded PostgreSQL under the running service and starts it again on the same
 * data directory and port: the service must answer 503 problems (not hang, not leak internals),
 * report itself not ready, and recover by itself with every stored document intact.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int CLIENT_TIMEOUT_MS = 20_000;

    @Inject
    AgroalDataSource dataSource;

    /** A client that gives up rather than hang, so that a hanging service fails the test. */
    private static RequestSpecification client() {
        return given().config(RestAssuredConfig.config().httpClient(HttpClientConfig.httpClientConfig()
                .setParam("http.socket.timeout", CLIENT_TIMEOUT_MS)
                .setParam("http.connection.timeout", CLIENT_TIMEOUT_MS)));
    }

    @Test
    void anOutageIsA503UntilTheDatabaseIsBackAndLosesNothing() throws Exception {
        assumeFalse(PostgresTestResource.externalDatabase(), "stops the embedded test database");
        Map<String, String> before = Map.of("text", "Outage probe " + UUID.randomUUID()
                + ". Taliban fighters captured Zaranj on Friday, a provincial official said.");
        long storedId = client().contentType(ContentType.JSON).body(before).post("/documents")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        String storedClaims = client().get("/documents/" + storedId + "/claims").then().statusCode(200)
                .extract().asString();
        Server server = Server.of(dataSource);

        server.stop();
        boolean restarted = false;
        try {
            client().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            Map<String, String> during = Map.of("text", "Outage probe " + UUID.randomUUID()
                    + ". Government forces retook Zaranj on Sunday.");
            for (var response : new io.restassured.response.Response[] {
                    client().contentType(ContentType.JSON).body(during).post("/documents"),
                    client().get("/cities/Zaranj/status"),
                    client().get("/documents/" + storedId),
                    client().get("/claims?q=captured") }) {
                response.then().statusCode(503)
                        .contentType("application/problem+json")
                        .header("Retry-After", "5")
                        .body("status", equalTo(503))
                        .body(not(containsString("Exception")));
            }

            server.start();
            restarted = true;
            awaitReady(Duration.ofSeconds(30));
            client().get("/documents/" + storedId + "/claims").then().statusCode(200)
                    .body(equalTo(storedClaims));
            // 201, not 200 "duplicate": the write refused during the outage left nothing behind
            client().contentType(ContentType.JSON).body(during).post("/documents").then().statusCode(201);
            client().get("/cities/Zaranj/status").then().statusCode(200);
        } finally {
            if (!restarted) {
                server.start(); // leave a database for the tests that follow
            }
        }
    }

    private static void awaitReady(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        int status;
        do {
            Thread.sleep(250);
            status = client().get("/q/health/ready").statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertThat(status).as("readiness after the database came back").isEqualTo(200);
    }

    /**
     * The embedded server behind the datasource: its data directory and its postmaster's command
     * line, from which {@code pg_ctl} starts it again as it was (same binaries, port and settings).
     */
    private record Server(Path dataDirectory, List<String> commandLine) {

        static Server of(AgroalDataSource dataSource) throws SQLException, IOException {
            Path dataDirectory;
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT current_setting('data_directory')")) {
                rs.next();
                dataDirectory = Path.of(rs.getString(1));
            }
            ProcessHandle.Info postmaster = ProcessHandle.of(postmasterPid(dataDirectory)).orElseThrow().info();
            List<String> commandLine = new ArrayList<>();
            commandLine.add(postmaster.command().orElseThrow());
            commandLine.addAll(List.of(postmaster.arguments().orElseThrow()));
            return new Server(dataDirectory, commandLine);
        }

        private static long postmasterPid(Path dataDirectory) throws IOException {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        }

        /** A fast shutdown (SIGINT): open sessions are ended, as when the server goes away. */
        void stop() throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmasterPid(dataDirectory)))
                    .inheritIO().start();
            assertThat(kill.waitFor()).isZero();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (Files.exists(dataDirectory.resolve("postmaster.pid")) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
        }

        /** The same postmaster again, as zonky starts it; the test resource stops it at the end. */
        void start() throws IOException, InterruptedException {
            Path postgres = Path.of(commandLine.get(0));
            List<String> options = new ArrayList<>(commandLine.subList(1, commandLine.size()));
            int d = options.indexOf("-D");
            options.subList(d, d + 2).clear();
            List<String> command = new ArrayList<>();
            if ("root".equals(System.getProperty("user.name"))) {
                command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
            }
            command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(),
                    "-D", dataDirectory.toString(), "-o", String.join(" ", options), "-w", "start"));
            Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertThat(pgCtl.waitFor()).as("pg_ctl start").isZero();
        }
    }
}
