package org.factquery.api;

/**
 * A validated {@code ?page=&size=} pair. Parameters arrive as strings so that "abc", a negative
 * page or an oversized page all get the same 400 problem naming the parameter.
 */
public record PageRequest(int page, int size) {

    public static PageRequest of(String page, String size, int defaultSize, int maxSize) {
        int p = parse("page", page, 0);
        int s = parse("size", size, defaultSize);
        if (p < 0) {
            throw ProblemException.badField("page", "must be 0 or more");
        }
        if (s < 1 || s > maxSize) {
            throw ProblemException.badField("size", "must be between 1 and " + maxSize);
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw ProblemException.badField("page", "is too large for this page size");
        }
        return new PageRequest(p, s);
    }

    private static int parse(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.badField(name, "must be an integer");
        }
    }
}
