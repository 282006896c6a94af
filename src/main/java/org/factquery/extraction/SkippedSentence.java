package org.factquery.extraction;

/**
 * A sentence stored but not read for claims, and why: too long to read in bounded time (it is not
 * even tokenized), or a word-for-word repeat of an earlier sentence of its document.
 */
public record SkippedSentence(int sentence, Why why, String reason) {

    /** Why a sentence is skipped. */
    public enum Why { TOO_LONG, REPEAT }
}
