package org.factquery.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
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
        try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(KilledService.READY)) {
                // start-up output
            }
            assertThat(line).as("child JVM reported the row stored").isEqualTo(KilledService.READY);
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
