package org.factquery.extraction;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The bound on the work one document may cost: a time budget, and a signal that the work is no
 * longer wanted (its client went away, the service is stopping). The pipeline checks it between
 * stages and the costly stages before each sentence, so a document stops within one sentence's
 * work of either.
 */
public final class WorkLimit {

    /** No budget and never cancelled: for tests and tools that read their own texts. */
    public static final WorkLimit NONE = new WorkLimit(null, () -> null);

    private final Duration budget;
    private final long deadline;
    private final Supplier<String> cancelledBecause;

    private WorkLimit(Duration budget, Supplier<String> cancelledBecause) {
        this.budget = budget;
        this.deadline = budget == null ? 0 : System.nanoTime() + budget.toNanos();
        this.cancelledBecause = cancelledBecause;
    }

    /**
     * A budget starting now, and a signal that answers why the work was cancelled, or null while
     * it is still wanted.
     */
    public static WorkLimit of(Duration budget, Supplier<String> cancelledBecause) {
        return new WorkLimit(budget, cancelledBecause);
    }

    /** Throws {@link ExtractionStopped} when the work is cancelled or over its budget. */
    public void check() {
        String reason = cancelledBecause.get();
        if (reason != null) {
            throw new ExtractionStopped(ExtractionStopped.Why.CANCELLED, reason);
        }
        if (budget != null && System.nanoTime() - deadline > 0) {
            throw new ExtractionStopped(ExtractionStopped.Why.OVER_BUDGET,
                    "reading the document took longer than its budget of " + budget.toMillis() + " ms");
        }
    }
}
