package org.factquery.extraction;

import java.util.List;

import org.factquery.extraction.claims.ExtractedClaim;

/**
 * What the pipeline found in one document: its sentences, the claims they state, and the
 * sentences it did not read for claims (with the reason).
 */
public record Extraction(List<Span> sentences, List<ExtractedClaim> claims, List<SkippedSentence> skipped,
        String version) {

    public Extraction {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
        skipped = List.copyOf(skipped);
    }
}
