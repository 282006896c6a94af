package org.factquery.extraction;

import java.util.List;

import org.factquery.extraction.claims.ExtractedClaim;

/**
 * What the pipeline found in one document: its sentences, the claims they state, and the
 * sentences it did not read for claims (with the reason). The first {@code titleSentences}
 * sentences are the title's, their offsets in the title; the others' offsets are in the text.
 */
public record Extraction(List<Span> sentences, int titleSentences, List<ExtractedClaim> claims,
        List<SkippedSentence> skipped, String version) {

    public Extraction {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
        skipped = List.copyOf(skipped);
        if (titleSentences < 0 || titleSentences > sentences.size()) {
            throw new IllegalArgumentException("titleSentences out of range: " + titleSentences);
        }
    }

    /** Whether sentence {@code index} is one of the title's (its offsets are in the title). */
    public boolean inTitle(int index) {
        return index < titleSentences;
    }
}
