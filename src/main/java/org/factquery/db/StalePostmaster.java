package org.factquery.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

/**
 * After a {@code kill -9} of the service, its PostgreSQL keeps running on the data directory and a
 * new server cannot start there. This stops that orphan, and only that: the directory must not be
 * locked by a live service (zonky holds {@code epg-lock} while its JVM runs), and the process named
 * by {@code postmaster.pid} must be a {@code postgres} serving this very directory. It is asked for
 * a fast shutdown (SIGINT: clients are disconnected, work is checkpointed), then killed if it hangs.
 */
final class StalePostmaster {

    private static final Logger LOG = Logger.getLogger(StalePostmaster.class);
    private static final String ZONKY_LOCK_FILE = "epg-lock";

    private StalePostmaster() {
    }

    static void stopIfOrphaned(Path dataDirectory, Duration timeout) throws IOException {
        requireNoLiveOwner(dataDirectory);
        Optional<ProcessHandle> postmaster = postmasterOf(dataDirectory);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by a killed run", process.pid(), dataDirectory);
        signal(process, "INT");
        if (!waitForExit(process, timeout)) {
            process.destroyForcibly();
            waitForExit(process, timeout);
        }
    }

    /**
     * Removes {@code postmaster.pid} when the process it names is gone or a zombie (a crashed
     * postmaster that nobody reaped: PostgreSQL takes it for a live one and refuses to start).
     * Any other process, or one whose state cannot be read, leaves the file alone.
     */
    static void removeIfItsProcessIsGone(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).strip());
        } catch (NumberFormatException e) {
            return; // being written, or not ours to judge
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        boolean gone = ProcessHandle.of(pid).isEmpty() && !Files.exists(stat);
        boolean zombie = Files.isReadable(stat) && zombie(Files.readString(stat));
        if (gone || zombie) {
            LOG.warnf("Removing the stale postmaster.pid of %s (pid %d %s)", dataDirectory, pid,
                    zombie ? "is a zombie" : "is gone");
            Files.deleteIfExists(pidFile);
        }
    }

    /** Whether a {@code /proc/<pid>/stat} line says the process is a zombie (state Z, after the name). */
    static boolean zombie(String stat) {
        int end = stat.lastIndexOf(')');
        return end >= 0 && stat.length() > end + 2 && stat.charAt(end + 2) == 'Z';
    }

    /** Fails when another live process (or this one) holds the directory's lock. */
    private static void requireNoLiveOwner(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve(ZONKY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return; // never started here (and initdb needs the directory empty)
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static IllegalStateException inUse(Path dataDirectory) {
        return new IllegalStateException("The data directory " + dataDirectory
                + " is in use by a running fact-query; stop it or set FACTQUERY_DATA_DIR to another directory");
    }

    /** The live postmaster serving the directory, named by its {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).strip());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .filter(p -> serves(p, dataDirectory));
    }

    /** Whether the postmaster's command line names the directory after {@code -D}. */
    private static boolean serves(ProcessHandle process, Path dataDirectory) {
        List<String> arguments = Arrays.asList(process.info().arguments().orElse(new String[0]));
        int flag = arguments.indexOf("-D");
        return flag >= 0 && flag + 1 < arguments.size()
                && Path.of(arguments.get(flag + 1)).toAbsolutePath().normalize()
                        .equals(dataDirectory.toAbsolutePath().normalize());
    }

    private static void signal(ProcessHandle process, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
