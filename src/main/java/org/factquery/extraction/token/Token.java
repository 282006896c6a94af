package org.factquery.extraction.token;

import java.util.Locale;

import org.factquery.extraction.Span;

/**
 * One token of a sentence: its span in the document, its text, {@code norm} (the normalised
 * lower-case form used for matching), and its UD part-of-speech tag and lemma, which are null
 * when the sentence was not tagged.
 */
public record Token(int index, Span span, String text, String norm, String tag, String lemma) {

    public static Token untagged(int index, Span span, String text, String matchText) {
        return new Token(index, span, text, matchText.toLowerCase(Locale.ROOT), null, null);
    }

    public Token tagged(String tag, String lemma) {
        return new Token(index, span, text, norm, tag, lemma);
    }

    /** The form without a possessive ending: "afghanistan's" gives "afghanistan". */
    public String base() {
        if (norm.endsWith("'s") && norm.length() > 2) {
            return norm.substring(0, norm.length() - 2);
        }
        if (norm.endsWith("'") && norm.length() > 1) {
            return norm.substring(0, norm.length() - 1);
        }
        return norm;
    }

    public boolean isPossessive() {
        return !base().equals(norm) || "'s".equals(norm);
    }

    public boolean is(String form) {
        return norm.equals(form);
    }

    public boolean isAnyOf(String... forms) {
        for (String form : forms) {
            if (norm.equals(form)) {
                return true;
            }
        }
        return false;
    }

    /** The lemma when tagged, else the lower-case form. */
    public String lemmaOrNorm() {
        return lemma == null ? norm : lemma;
    }

    public boolean hasTag(String udTag) {
        // a contraction's tag joins two ("PROPN+PART" for "Afghanistan's")
        return tag != null && tag.startsWith(udTag)
                && (tag.length() == udTag.length() || tag.charAt(udTag.length()) == '+');
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isPunctuation() {
        return norm.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
