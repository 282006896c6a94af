package org.factquery.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server on a data directory of this machine, known by its postmaster's command line
 * (read while it runs), so that it can be started again exactly as it was: same binaries, port
 * and settings. A stale {@code postmaster.pid} left by a crash is removed when the process it
 * names is gone or a zombie (an orphaned postmaster that nobody reaped, as in a container whose
 * first process does not reap).
 */
public record PostgresServer(Path dataDirectory, List<String> commandLine) implements Supervision.Server {

    public PostgresServer {
        commandLine = List.copyOf(commandLine);
    }

    /** The server running on the directory now; fails when none does. */
    public static PostgresServer runningOn(Path dataDirectory) throws IOException {
        ProcessHandle.Info postmaster = StalePostmaster.postmasterOf(dataDirectory)
                .orElseThrow(() -> new IOException("no PostgreSQL runs on " + dataDirectory))
                .info();
        List<String> commandLine = new ArrayList<>();
        commandLine.add(postmaster.command().orElseThrow(() -> new IOException("the postmaster's command is unknown")));
        commandLine.addAll(List.of(postmaster.arguments()
                .orElseThrow(() -> new IOException("the postmaster's arguments are unknown"))));
        return new PostgresServer(dataDirectory, commandLine);
    }

    @Override
    public boolean running() {
        try {
            return StalePostmaster.postmasterOf(dataDirectory).isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts the same postmaster again with {@code pg_ctl}, waiting until it accepts connections. */
    @Override
    public void start(Duration wait) throws IOException {
        StalePostmaster.removeIfItsProcessIsGone(dataDirectory);
        Path postgres = Path.of(commandLine.get(0));
        List<String> options = new ArrayList<>(commandLine.subList(1, commandLine.size()));
        int d = options.indexOf("-D");
        if (d >= 0) {
            options.subList(d, Math.min(d + 2, options.size())).clear();
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // as zonky does: PostgreSQL refuses to run as root
        }
        Path log = serverLog();
        command.addAll(List.of(postgres.resolveSibling("pg_ctl").toString(), "-D", dataDirectory.toString(),
                "-o", String.join(" ", options), "-l", log.toString(), "-t", Long.toString(wait.toSeconds()),
                "-w", "start"));
        Process pgCtl = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!pgCtl.waitFor(wait.toSeconds() + 5, TimeUnit.SECONDS)) {
                pgCtl.destroyForcibly();
                throw new IOException("pg_ctl start did not finish within " + wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while starting PostgreSQL", e);
        }
        if (pgCtl.exitValue() != 0) {
            throw new IOException("pg_ctl start failed with exit code " + pgCtl.exitValue() + ": " + lastLine(log));
        }
    }

    /** Where a server started again writes its log: beside its data directory, not in it. */
    Path serverLog() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restarted.log");
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.isEmpty() ? "(no log)" : lines.get(lines.size() - 1);
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
