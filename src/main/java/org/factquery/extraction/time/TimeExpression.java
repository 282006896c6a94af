package org.factquery.extraction.time;

import java.time.LocalDate;

import org.factquery.extraction.Span;

/** A date or time named in a sentence, with the day it means when the publication day is known. */
public record TimeExpression(int sentence, Span span, String text, LocalDate date) {
}
