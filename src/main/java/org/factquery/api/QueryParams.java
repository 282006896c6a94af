package org.factquery.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Reads optional query parameters that arrive as strings, so that a malformed value gets a 400
 * problem naming the parameter instead of a framework error.
 */
public final class QueryParams {

    /** Evidence lists: at most {@code ?evidence=} items, by default this many. */
    public static final int DEFAULT_EVIDENCE = 10;
    public static final int MAX_EVIDENCE = 100;

    private QueryParams() {
    }

    /** The {@code evidence} parameter: how many evidence items a list shows (1 to 100, default 10). */
    public static int evidenceLimit(String value) {
        return integer("evidence", value, DEFAULT_EVIDENCE, 1, MAX_EVIDENCE);
    }

    /** An ISO date (YYYY-MM-DD), or null when absent. */
    public static LocalDate date(String name, String value) {
        if (absent(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.badField(name, "must be a date as YYYY-MM-DD");
        }
    }

    /** An integer between min and max, or the default when absent. */
    public static int integer(String name, String value, int absent, int min, int max) {
        if (absent(value)) {
            return absent;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be an integer");
        }
        if (parsed < min || parsed > max) {
            throw ProblemException.badField(name, "must be between " + min + " and " + max);
        }
        return parsed;
    }

    /** One of the allowed values, compared case-insensitively and answered in their spelling; null when absent. */
    public static String oneOf(String name, String value, List<String> allowed) {
        if (absent(value)) {
            return null;
        }
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return allowed.stream().filter(a -> a.equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> ProblemException.badField(name, "must be one of " + String.join(", ", allowed)));
    }

    /** The stripped value, or null when absent or blank. */
    public static String text(String value) {
        return absent(value) ? null : value.strip();
    }

    private static boolean absent(String value) {
        return value == null || value.isBlank();
    }
}
