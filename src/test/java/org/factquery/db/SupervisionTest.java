package org.factquery.db;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A server that exits is started again; one that cannot be started turns liveness down. */
class SupervisionTest {

    /** A server whose start succeeds or fails as scripted. */
    private static final class ScriptedServer implements Supervision.Server {
        boolean running = true;
        int starts;
        final Deque<Boolean> outcomes;

        ScriptedServer(List<Boolean> outcomes) {
            this.outcomes = new ArrayDeque<>(outcomes);
        }

        @Override
        public boolean running() {
            return running;
        }

        @Override
        public void start(Duration wait) throws IOException {
            starts++;
            if (!outcomes.isEmpty() && !outcomes.pop()) {
                throw new IOException("scripted failure");
            }
            running = true;
        }
    }

    @Test
    void aRunningServerIsLeftAlone() {
        ScriptedServer server = new ScriptedServer(List.of());
        Supervision supervision = new Supervision(server, 3, Duration.ofSeconds(1));
        supervision.check();
        assertThat(server.starts).isZero();
        assertThat(supervision.alive()).isTrue();
    }

    @Test
    void anExitedServerIsStartedAgainAfterABackOff() {
        ScriptedServer server = new ScriptedServer(List.of(false, true));
        long[] now = {0};
        Supervision supervision = new Supervision(server, 3, Duration.ofSeconds(1), () -> now[0]);
        server.running = false;
        supervision.check(); // fails once: a killed postmaster's children may still hold its memory
        assertThat(supervision.alive()).isTrue();
        now[0] += SECONDS.toNanos(1) / 2;
        supervision.check(); // too soon: backing off for 1 s
        assertThat(server.starts).isEqualTo(1);
        now[0] += SECONDS.toNanos(1);
        supervision.check();
        assertThat(server.running).isTrue();
        assertThat(supervision.restarts()).isEqualTo(1);
        assertThat(supervision.alive()).isTrue();
    }

    @Test
    void aServerThatCannotBeStartedTurnsLivenessDown() {
        ScriptedServer server = new ScriptedServer(List.of(false, false, false, true));
        long[] now = {0};
        Supervision supervision = new Supervision(server, 3, Duration.ofSeconds(1), () -> now[0]);
        server.running = false;
        for (int attempt = 0; attempt < 2; attempt++) {
            supervision.check();
            now[0] += SECONDS.toNanos(60);
        }
        assertThat(supervision.alive()).isTrue();
        supervision.check();
        assertThat(supervision.alive()).isFalse();
        now[0] += SECONDS.toNanos(60);
        supervision.check(); // given up: no more attempts
        assertThat(server.starts).isEqualTo(3);
    }

    @Test
    void aZombieIsToldFromItsProcStatLine() {
        assertThat(StalePostmaster.zombie("26266 (postgres) Z 1 26266 26266 0 -1")).isTrue();
        assertThat(StalePostmaster.zombie("26266 (postgres) S 1 26266 26266 0 -1")).isFalse();
        assertThat(StalePostmaster.zombie("26266 (post gres) (x) Z 1")).isTrue();
    }
}
