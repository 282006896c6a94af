package org.factquery.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.Query;

/** Values of native query rows, whichever Java type the JDBC driver hands them as. */
public final class SqlValues {

    /** Rows fetched per round trip when a query's rows are streamed. */
    static final int FETCH_SIZE = 1000;

    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((java.sql.Date) value).toLocalDate();
    }

    /** A {@code timestamptz} value, as whichever type the driver gives it. */
    public static OffsetDateTime timestamp(Object value) {
        if (value == null || value instanceof OffsetDateTime) {
            return (OffsetDateTime) value;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        throw new IllegalArgumentException("not a timestamp: " + value.getClass());
    }

    /** The items of an SQL array, as whichever type the driver gives it (none for null). */
    public static Object[] array(Object array) {
        try {
            Object values = array instanceof java.sql.Array sql ? sql.getArray() : array;
            return values instanceof Object[] items ? items : new Object[0];
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read an SQL array", e);
        }
    }

    /** Every row of a query that returns several columns. */
    @SuppressWarnings("unchecked")
    public static List<Object[]> rows(Query query) {
        return (List<Object[]>) query.getResultList();
    }

    /**
     * Hands the query's rows to the action {@value #FETCH_SIZE} at a time (a cursor, inside the
     * caller's transaction), so that a query over many claims does not hold every row's JDBC
     * form in memory at once; the cursor is closed when the rows are done.
     */
    public static void forEachRow(Query query, Consumer<Object[]> action) {
        SqlValues.<Object[]>forEach(query, action);
    }

    /** As {@link #forEachRow}, for a query of one result type (a {@code jakarta.persistence.Tuple}). */
    @SuppressWarnings("unchecked")
    public static <T> void forEach(Query query, Consumer<T> action) {
        try (Stream<?> rows = query.setHint("org.hibernate.fetchSize", FETCH_SIZE).getResultStream()) {
            rows.forEach(row -> action.accept((T) row));
        }
    }
}
