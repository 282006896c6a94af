package org.factquery.db;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import org.jboss.logging.Logger;

/**
 * Keeps a server running: each {@link #check()} starts it again when it has exited. A failed start
 * is tried again after a pause that doubles each time (1 s, 2 s, 4 s …: the processes of a killed
 * server can hold its resources for a moment); after {@code maxFailures} failed starts in a row it
 * gives up, and {@link #alive()} turns false, so that liveness goes DOWN and whatever supervises
 * the process restarts it.
 */
public final class Supervision {

    /** What is supervised. */
    public interface Server {
        boolean running();

        void start(Duration wait) throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(Supervision.class);

    private final Server server;
    private final int maxFailures;
    private final Duration startWait;
    private final LongSupplier nanoClock;
    private int failures;
    private long nextAttempt;
    private int restarts;
    private volatile boolean alive = true;

    public Supervision(Server server, int maxFailures, Duration startWait) {
        this(server, maxFailures, startWait, System::nanoTime);
    }

    Supervision(Server server, int maxFailures, Duration startWait, LongSupplier nanoClock) {
        this.server = server;
        this.maxFailures = maxFailures;
        this.startWait = startWait;
        this.nanoClock = nanoClock;
    }

    /** Starts the server again if it has exited; a no-op once given up. */
    public synchronized void check() {
        if (!alive || server.running()) {
            failures = 0;
            return;
        }
        long now = nanoClock.getAsLong();
        if (failures > 0 && now - nextAttempt < 0) {
            return; // backing off after a failed start
        }
        LOG.warnf("The embedded PostgreSQL has stopped; starting it again (%s)", server);
        try {
            server.start(startWait);
            restarts++;
            failures = 0;
            LOG.info("The embedded PostgreSQL is running again");
        } catch (IOException | RuntimeException e) {
            failures++;
            nextAttempt = now + TimeUnit.SECONDS.toNanos(1L << Math.min(failures - 1, 10));
            LOG.errorf("Starting the embedded PostgreSQL again failed (%d of %d): %s", failures, maxFailures,
                    e.getMessage());
            if (failures >= maxFailures) {
                alive = false;
                LOG.error("Giving up on the embedded PostgreSQL: liveness is DOWN, so that the service is restarted");
            }
        }
    }

    /** False once the server could not be started again. */
    public boolean alive() {
        return alive;
    }

    public synchronized int restarts() {
        return restarts;
    }
}
