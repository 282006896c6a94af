package org.factquery.api;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells failures of reaching the database (a 503: retry later) from failures of the request or
 * of the service (a 4xx or 500), by the exception's cause chain.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before retrying, sent as {@code Retry-After}. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /**
     * Agroal's message when no pooled connection frees up within the acquisition timeout: a plain
     * SQLException without SQLSTATE or cause, so only its message tells it apart
     * ({@code DatabaseUnavailableTest} holds a real pool to it, so an upgrade that changes it fails).
     */
    static final String POOL_EXHAUSTED = "Sorry, acquisition timeout";

    private DatabaseUnavailable() {
    }

    /**
     * True when the chain holds an SQLException of a connection class (SQLSTATE 08xxx), a server
     * shutting down or starting (57P01–57P03), too many connections (53300) or a statement
     * timeout (57014), or one caused by a network failure or a pool acquisition timeout, or the
     * pool's own "no connection free in time".
     */
    public static boolean causedBy(Throwable failure) {
        boolean sql = false;
        boolean transport = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLException e) {
                sql = true;
                if (unavailableState(e.getSQLState()) || poolExhausted(e)) {
                    return true;
                }
            }
            // socket, connect and EOF failures are IOExceptions; Agroal's acquisition timeout a TimeoutException
            transport |= t instanceof IOException || t instanceof TimeoutException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException");
        }
        return sql && transport;
    }

    private static boolean poolExhausted(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().startsWith(POOL_EXHAUSTED);
    }

    private static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P")
                || state.equals("53300") || state.equals("57014"));
    }
}
