package org.factquery.api;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most so many costly computations at once. A caller waits up to a bound for its turn, then
 * gets a 503 problem; a computation made of parts (a status inside an {@code /ask} answer) runs
 * its parts under its own turn, so nesting never waits on itself.
 */
public final class ComputationBound {

    private final Semaphore turns;
    private final Duration wait;
    private final ThreadLocal<Boolean> inTurn = ThreadLocal.withInitial(() -> false);

    public ComputationBound(int concurrent, Duration wait) {
        if (concurrent < 1) {
            throw new IllegalArgumentException("at least one computation must be allowed: " + concurrent);
        }
        this.turns = new Semaphore(concurrent);
        this.wait = wait;
    }

    public <T> T run(Supplier<T> computation) {
        if (inTurn.get()) {
            return computation.get();
        }
        boolean turn;
        try {
            turn = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            throw new ProblemException(503, "The service is busy computing other answers; retry in a few seconds");
        }
        inTurn.set(true);
        try {
            return computation.get();
        } finally {
            inTurn.set(false);
            turns.release();
        }
    }
}
