package org.factquery.extraction.token;

import java.util.List;

import org.factquery.extraction.Span;

/** A sentence with its tokens; {@code tagged} says whether part-of-speech tags and lemmas are set. */
public record TokenizedSentence(int index, Span span, List<Token> tokens, boolean tagged) {

    public TokenizedSentence {
        tokens = List.copyOf(tokens);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** The smallest span covering tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
