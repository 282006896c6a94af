package org.factquery.api;

import java.time.LocalDate;

/** Values of native query rows, whichever Java type the JDBC driver hands them as. */
public final class SqlValues {

    private SqlValues() {
    }

    public static LocalDate date(Object value) {
        return value == null || value instanceof LocalDate ? (LocalDate) value : ((java.sql.Date) value).toLocalDate();
    }
}
