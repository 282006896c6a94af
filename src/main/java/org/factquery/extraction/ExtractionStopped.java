package org.factquery.extraction;

/** Extraction stopped before its end by its {@link WorkLimit}: nothing it found is kept. */
public final class ExtractionStopped extends RuntimeException {

    /** Why the work stopped. */
    public enum Why {
        /** The document took longer than the time budget. */
        OVER_BUDGET,
        /** The work is no longer wanted. */
        CANCELLED
    }

    private final Why why;

    public ExtractionStopped(Why why, String message) {
        super(message, null, false, false); // an expected outcome: no stack trace to fill
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
