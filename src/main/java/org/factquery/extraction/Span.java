package org.factquery.extraction;

import java.util.Objects;

/**
 * An immutable range {@code [start, end)} of a text in UTF-16 code units (Java {@code String}
 * indices), so {@code text.substring(start, end)} is exactly what it covers.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The covered text; fails when the span does not fit the text. */
    public String coveredText(CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (end > text.length()) {
            throw new IllegalArgumentException(
                    "span [" + start + ", " + end + ") exceeds text length " + text.length());
        }
        return text.subSequence(start, end).toString();
    }

    /** Whether {@code other} lies wholly within this span. */
    public boolean contains(Span other) {
        return other.start >= start && other.end <= end;
    }

    /** Whether the two spans share at least one character. */
    public boolean intersects(Span other) {
        return other.start < end && start < other.end;
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
