package org.factquery.api;

import java.time.LocalDate;
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

    /**
     * Hands the query's rows to the action {@value #FETCH_SIZE} at a time (a cursor, inside the
     * caller's transaction), so that a query over many claims does not hold every row's JDBC
     * form in memory at once; the cursor is closed when the rows are done.
     */
    public static void forEachRow(Query query, Consumer<Object[]> action) {
        try (Stream<?> rows = query.setHint("org.hibernate.fetchSize", FETCH_SIZE).getResultStream()) {
            rows.forEach(row -> action.accept((Object[]) row));
        }
    }
}
