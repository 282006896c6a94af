package org.factquery.extraction.token;

import java.util.BitSet;
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

    /**
     * Whether the sentence is written in headline case ("Rebels Seize Two More Towns"): of its
     * words after the first that no name covers ({@code named} token indexes), those of four
     * letters or more, at least one and three in four are capitalised.
     */
    public boolean inHeadlineCase(BitSet named) {
        int words = 0;
        int capitalised = 0;
        for (int i = 1; i < tokens.size(); i++) {
            String form = tokens.get(i).text();
            if (named.get(i) || form.length() < 4 || !form.chars().allMatch(Character::isLetter)) {
                continue;
            }
            words++;
            if (isCapitalisedWord(form)) {
                capitalised++;
            }
        }
        return capitalised >= 1 && capitalised * 4 >= words * 3;
    }

    /** "Seize", not "RSF" (an acronym keeps its capitals) nor "seize". */
    public static boolean isCapitalisedWord(String form) {
        return form.length() > 1 && Character.isUpperCase(form.charAt(0)) && Character.isLowerCase(form.charAt(1));
    }

    /** The smallest span covering tokens {@code [from, to)}. */
    public Span span(int from, int to) {
        return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }
}
