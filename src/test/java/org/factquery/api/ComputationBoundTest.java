package org.factquery.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** Costly computations run a few at a time; the rest wait briefly, then get a 503 problem. */
class ComputationBoundTest {

    @Test
    void aComputationBeyondTheBoundIsA503OnceItsWaitIsOver() throws Exception {
        ComputationBound bound = new ComputationBound(1, Duration.ofMillis(50));
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> bound.run(() -> {
            running.countDown();
            await(release);
            return "first";
        }));
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        assertThatThrownBy(() -> bound.run(() -> "second"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(503));

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(bound.run(() -> "third")).isEqualTo("third"); // the turn was given back
    }

    @Test
    void aComputationsPartsRunUnderItsOwnTurn() {
        ComputationBound bound = new ComputationBound(1, Duration.ZERO);
        assertThat(bound.run(() -> bound.run(() -> "part") + " of whole")).isEqualTo("part of whole");
    }

    @Test
    void aFailingComputationGivesItsTurnBack() {
        ComputationBound bound = new ComputationBound(1, Duration.ZERO);
        assertThatThrownBy(() -> bound.run(() -> {
            throw new IllegalStateException("broken");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(bound.run(() -> "next")).isEqualTo("next");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
