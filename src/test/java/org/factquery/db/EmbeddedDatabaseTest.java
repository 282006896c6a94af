package org.factquery.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default keeps its data across restarts, also when the last run was killed. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurviveACleanRestart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedDatabase.start(dataDirectory, 0)) {
            execute(first, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgres second = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertThat(query(second, "SELECT value FROM kept")).isEqualTo("still here");
            assertThat(query(second, "SHOW server_encoding")).isEqualTo("UTF8");
        }
    }

    @Test
    void aPostmasterOrphanedByKillMinus9IsStoppedAndItsDataKept() throws Exception {
        // a separate JVM starts the database, stores a row, and is killed with SIGKILL
        Process service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledService.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true).start();
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream()))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.equals(KilledService.READY)) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        try {
            assertThat(ready.get(2, TimeUnit.MINUTES)).as("child JVM reported the row stored").isTrue();
        } finally {
            if (!ready.isDone()) {
                service.destroyForcibly();
            }
        }
        long orphanPid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
        service.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("postmaster outlives its JVM")
                .contains(true);

        try (EmbeddedPostgres restarted = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
            assertThat(query(restarted, "SELECT value FROM kept")).isEqualTo("committed before the kill");
        }
    }

    @Test
    void aDirectoryInUseByARunningServiceIsRefusedAndItsDatabaseLeftAlone() throws Exception {
        try (EmbeddedPostgres running = EmbeddedDatabase.start(dataDirectory, 0)) {
            execute(running, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('in use')");
            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDirectory, 0))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by a running fact-query");
            assertThat(query(running, "SELECT value FROM kept")).isEqualTo("in use");
        }
    }

    @Test
    void theServerIsDurable() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDirectory, 0)) {
            assertThat(query(postgres, "SHOW fsync")).isEqualTo("on");
            assertThat(query(postgres, "SHOW synchronous_commit")).isEqualTo("on");
        }
    }

    /** The service stand-in of the kill test: starts the database, stores a row, waits to be killed. */
    public static final class KilledService {
        static final String READY = "ROW STORED";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedDatabase.start(Path.of(args[0]), 0);
            execute(postgres, "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('committed before the kill')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE).getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(EmbeddedPostgres postgres, String sql) throws Exception {
        try (Connection c = postgres.getDatabase(EmbeddedDatabase.USER, EmbeddedDatabase.DATABASE).getConnection();
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
