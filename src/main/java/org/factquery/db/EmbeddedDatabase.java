package org.factquery.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.jboss.logging.Logger;

/**
 * The default database: a real PostgreSQL 17 (zonky's binaries) with a persistent data directory,
 * started before Quarkus so that the datasource can point at it.
 *
 * <p>Nothing starts when an external server is configured ({@code quarkus.datasource.jdbc.url} in
 * any of the places Quarkus reads: system properties, environment, {@code .env},
 * {@code config/application.properties}, {@code application.properties}) or when
 * {@code factquery.embedded-db.enabled=false}. zonky's shutdown hook stops the server when the JVM
 * exits; it is deliberately not stopped when {@code Quarkus.run} returns, because dev-mode
 * restarts return from it too.
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
        SmallRyeConfig config = startupConfig();
        if (config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).isPresent()) {
            LOG.info("Using the external database named by quarkus.datasource.jdbc.url");
            return;
        }
        if (!config.getOptionalValue("factquery.embedded-db.enabled", Boolean.class).orElse(true)) {
            LOG.info("Embedded database disabled and no external database configured");
            return;
        }
        Path dataDirectory = Path.of(config.getOptionalValue("factquery.data-dir", String.class).orElse("data"))
                .resolve("pgdata").toAbsolutePath();
        int port = config.getOptionalValue("factquery.embedded-db.port", Integer.class).orElse(0);
        server = start(dataDirectory, port);
        System.setProperty("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE);
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
        LOG.infof("Embedded PostgreSQL on localhost:%d, data in %s", server.getPort(), dataDirectory);
    }

    /**
     * Starts (initialising on first use) a server on the directory, on the port or a free one
     * when it is 0, and makes sure the service's database exists. Refuses a directory that a
     * running service still uses; stops a PostgreSQL that a killed one left on it.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfOrphaned(dataDirectory, Duration.ofSeconds(30));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky's defaults trade durability for speed (-F, synchronous_commit=off);
                    // a stored document must survive a crash of PostgreSQL itself
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
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
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, DATABASE);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IOException("cannot create database " + DATABASE, e);
        }
    }

    /**
     * The configuration as Quarkus will see it, read before Quarkus starts: system properties,
     * environment, {@code .env}, {@code config/application.properties} and the packaged
     * {@code application.properties}, with the active profile.
     */
    static SmallRyeConfig startupConfig() {
        String profile = System.getProperty("quarkus.profile",
                System.getenv().getOrDefault("QUARKUS_PROFILE", "prod"));
        SmallRyeConfigBuilder builder = new SmallRyeConfigBuilder()
                .addDefaultSources()
                .addDefaultInterceptors()
                .withSources(new DotEnvConfigSourceProvider())
                .withProfile(profile);
        try {
            Path local = Path.of("config", "application.properties");
            if (Files.isRegularFile(local)) {
                builder.withSources(new PropertiesConfigSource(local.toUri().toURL(), 260));
            }
            URL packaged = EmbeddedDatabase.class.getClassLoader().getResource("application.properties");
            if (packaged != null) {
                builder.withSources(new PropertiesConfigSource(packaged, 250));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read application.properties", e);
        }
        return builder.build();
    }
}
