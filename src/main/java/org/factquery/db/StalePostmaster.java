package org.factquery.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.jboss.logging.Logger;

/**
 * After a {@code kill -9} of the service, its PostgreSQL keeps running on the data directory, and
 * a new server cannot start there. This stops that orphan: the first line of
 * {@code postmaster.pid} names it. A pid file whose process is gone is left to PostgreSQL,
 * which ignores stale ones itself.
 */
final class StalePostmaster {

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDirectory, Duration timeout) throws IOException {
        Optional<ProcessHandle> postmaster = running(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by an earlier run", process.pid(),
                dataDirectory);
        // SIGTERM is PostgreSQL's "smart" shutdown; its clients died with the old JVM
        process.destroy();
        if (!waitForExit(process, timeout)) {
            process.destroyForcibly();
            waitForExit(process, timeout);
        }
    }

    private static Optional<ProcessHandle> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
