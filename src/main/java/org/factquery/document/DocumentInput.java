package org.factquery.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A validated article ready to be stored: {@code text} is non-blank and free of NUL characters,
 * {@code url} is an absolute http(s) URL, {@code publishedAt} a valid instant.
 * {@code publishedDate} is the publication day in the article's own time zone.
 */
public record DocumentInput(String text, String title, String url, String publisher,
        OffsetDateTime publishedAt, LocalDate publishedDate) {
}
