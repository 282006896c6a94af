package org.factquery.db;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.jboss.logging.Logger;

/**
 * Restarts the embedded PostgreSQL when it exits under the running service (a crash, an
 * out-of-memory kill), on the same data directory, port and settings; the connection pool then
 * replaces its broken connections and the service answers again by itself. When the server cannot
 * be started again, liveness goes DOWN so that a supervisor restarts the whole service (whose
 * start-up handles a stale postmaster). Only a server this process owns is supervised: the one
 * {@link EmbeddedDatabase} started (named by {@code factquery.embedded-db.owned-data-directory}),
 * never an external database.
 */
@ApplicationScoped
@Liveness
public class EmbeddedDatabaseSupervisor implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseSupervisor.class);
    /** Failed starts in a row before giving up (about a minute of tries, with back-off). */
    private static final int MAX_FAILURES = 6;
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    private final Optional<String> ownedDataDirectory;
    private final boolean enabled;
    private final Duration interval;
    private volatile Supervision supervision;
    private ScheduledExecutorService checks;

    public EmbeddedDatabaseSupervisor(
            @ConfigProperty(name = "factquery.embedded-db.owned-data-directory") Optional<String> ownedDataDirectory,
            @ConfigProperty(name = "factquery.embedded-db.supervise", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "factquery.embedded-db.check-interval", defaultValue = "2S") Duration interval) {
        this.ownedDataDirectory = ownedDataDirectory.filter(d -> !d.isBlank());
        this.enabled = enabled;
        this.interval = interval;
    }

    void start(@Observes StartupEvent started) {
        if (!enabled || ownedDataDirectory.isEmpty()) {
            return;
        }
        Path directory = Path.of(ownedDataDirectory.get());
        try {
            supervision = new Supervision(PostgresServer.runningOn(directory), MAX_FAILURES, START_WAIT);
        } catch (IOException e) {
            LOG.warnf("The embedded PostgreSQL on %s is not supervised: %s", directory, e.getMessage());
            return;
        }
        checks = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-postgres-supervisor");
            thread.setDaemon(true);
            return thread;
        });
        checks.scheduleWithFixedDelay(supervision::check, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        LOG.debugf("Supervising the embedded PostgreSQL on %s every %s", directory, interval);
    }

    /** Before the embedded database is stopped on purpose: no restart after this. */
    void stop(@Observes @Priority(1) ShutdownEvent event) {
        if (checks != null) {
            checks.shutdownNow();
            try {
                checks.awaitTermination(START_WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        Supervision current = supervision;
        var response = HealthCheckResponse.named("embedded-database");
        if (current == null) {
            return response.up().withData("supervised", false).build();
        }
        return response.status(current.alive()).withData("supervised", true)
                .withData("restarts", current.restarts()).build();
    }
}
