package org.factquery.extraction;

import java.util.List;

import org.factquery.extraction.claims.ExtractedClaim;

/** What the pipeline found in one document: its sentences and the claims they state. */
public record Extraction(List<Span> sentences, List<ExtractedClaim> claims, String version) {

    public Extraction {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
