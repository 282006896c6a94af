package org.factquery.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command on the packaged jar: the service starts its own embedded PostgreSQL,
 * becomes ready, keeps what it stored across a {@code kill -9} and a restart, and shuts its
 * database down cleanly on SIGTERM. Runs in {@code ./mvnw verify} after packaging.
 */
class PackagedServiceIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path dataDirectory;

    @Test
    void storedDocumentsSurviveKillMinus9AndTheDatabaseStopsCleanlyOnSigterm() throws Exception {
        assertThat(JAR).as("packaged service").exists();
        int port = freePort();
        String text = "Packaged run " + UUID.randomUUID() + ". The Taliban entered Kunduz on Sunday.";

        Process first = start(port, "first.log");
        long id = given().baseUri(url(port)).contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Process second = start(port, "second.log");
        given().baseUri(url(port)).get("/documents/{id}", id).then().statusCode(200).body("text", equalTo(text));
        assertThat(Files.readString(dataDirectory.resolve("second.log"))).contains("left running on");

        second.destroy(); // SIGTERM
        assertThat(second.waitFor(60, TimeUnit.SECONDS)).as("service exits on SIGTERM").isTrue();
        assertThat(dataDirectory.resolve("pgdata").resolve("postmaster.pid"))
                .as("PostgreSQL shut down with the service").doesNotExist();
    }

    private Process start(int port, String log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(dataDirectory.resolve(log).toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("QUARKUS_DATASOURCE_"));
        env.put("FACTQUERY_DATA_DIR", dataDirectory.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        Instant started = Instant.now();
        Process process = builder.start();
        while (Duration.between(started, Instant.now()).compareTo(START_TIMEOUT) < 0 && process.isAlive()) {
            if (ready(port)) {
                System.out.printf("%s: ready %d ms after start%n", log, Duration.between(started, Instant.now()).toMillis());
                return process;
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("service did not become ready; log:\n" + Files.readString(dataDirectory.resolve(log)));
    }

    private static boolean ready(int port) {
        try {
            return given().baseUri(url(port)).get("/q/health/ready").statusCode() == 200;
        } catch (Exception connectionRefused) { // REST Assured rethrows ConnectException unchecked
            return false;
        }
    }

    private static String url(int port) {
        return "http://localhost:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
