package org.factquery.document;

/**
 * One admitted ingestion, from the first byte of its body to its answer: it holds one of the
 * gate's slots until both the exchange has ended and the work has finished (a client that leaves
 * does not free the slot while its document is still being read), and it carries the reason the
 * work was cancelled, which the extraction checks as it goes.
 */
public final class IngestionTicket {

    /** Work that nothing cancels and no slot bounds: a request that did not come through the gate. */
    public static final IngestionTicket UNGATED = new IngestionTicket(() -> { });

    private final Runnable release;
    private volatile String cancelledBecause;
    private boolean exchangeEnded;
    private boolean working;
    private boolean released;

    IngestionTicket(Runnable release) {
        this.release = release;
    }

    /** Why the work is no longer wanted, or null while it is. */
    public String cancelledBecause() {
        return cancelledBecause;
    }

    void cancel(String reason) {
        if (cancelledBecause == null) {
            cancelledBecause = reason;
        }
    }

    /** The service starts reading and storing the document. */
    synchronized void workStarted() {
        working = true;
    }

    /** The service is done with the document, whatever the outcome. */
    synchronized void workFinished() {
        working = false;
        releaseWhenDone();
    }

    /** The HTTP exchange ended: answered, or its connection closed. */
    synchronized void exchangeEnded() {
        exchangeEnded = true;
        releaseWhenDone();
    }

    synchronized boolean working() {
        return working;
    }

    private void releaseWhenDone() {
        if (exchangeEnded && !working && !released) {
            released = true;
            release.run();
        }
    }
}
