package org.factquery.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.jboss.logging.Logger;

/**
 * The default database: a real PostgreSQL 17 (zonky's binaries) with a persistent data directory,
 * started before Quarkus so that the datasource can point at it.
 *
 * <p>Nothing starts when an external server is configured ({@code QUARKUS_DATASOURCE_JDBC_URL} or
 * {@code -Dquarkus.datasource.jdbc.url}) or when {@code FACTQUERY_EMBEDDED_DB_ENABLED=false}.
 * zonky's shutdown hook stops the server when the JVM exits; it is deliberately not stopped when
 * {@code Quarkus.run} returns, because dev-mode restarts return from it too.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "factquery";
    static final String USER = "postgres";

    private static EmbeddedPostgres server;

    private EmbeddedDatabase() {
    }

    public static synchronized void startUnlessExternal() {
        if (server != null) {
            return;
        }
        if (setting("quarkus.datasource.jdbc.url").isPresent()) {
            LOG.info("Using the external database named by quarkus.datasource.jdbc.url");
            return;
        }
        if (!Boolean.parseBoolean(setting("factquery.embedded-db.enabled").orElse("true"))) {
            LOG.info("Embedded database disabled and no external database configured");
            return;
        }
        Path dataDirectory = Path.of(setting("factquery.data-dir").orElse("data")).resolve("pgdata")
                .toAbsolutePath();
        int port = Integer.parseInt(setting("factquery.embedded-db.port").orElse("0"));
        server = start(dataDirectory, port == 0 ? freePort() : port);
        String url = "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE;
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", server.getPort(), dataDirectory);
    }

    /** Starts (initialising on first use) a server on the directory and makes sure the database exists. */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfRunning(dataDirectory, Duration.ofSeconds(20));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(postgres);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(USER, "postgres"), USER, "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE, e);
        }
    }

    /** A system property, else its environment-variable form (MicroProfile Config naming). */
    static Optional<String> setting(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded PostgreSQL", e);
        }
    }

}
