package org.factquery.extraction.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.factquery.extraction.Span;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * On generated and adversarial text, every sentence span is a non-empty, trimmed, in-order,
 * non-overlapping substring that never splits a surrogate pair, and no non-blank text is lost.
 */
class SentenceSplitterPropertyTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    /** Pieces that stress sentence detection; random text is glued from these and random characters. */
    private static final String[] PIECES = {
        "The Taliban took Kunduz.", " ", "  ", "\n", "\n\n", "\r\n", "\t", "U.S.", "Gov.", "Sept. 11", "Mr.",
        "\u201c", "\u201d", "\u2018", "\u2019", "\"", "'", "...", "\u2026", "!", "?", ".", "\u2014", "\u2013",
        "\uD83D\uDE00", "\uD83C\uDDE6\uD83C\uDDEB", "\uD840\uDC00", "e\u0301", "\u00A0", "\u200B", "\uFEFF",
        "\u2028", "\u2029", "Kabul", "fell", "on Thursday", "3,000", "(90 miles)", "\u2022 item", "- list line",
        "No stop", "a", "B", "1.", "2)", "#tag", "http://example.org/a.b?c=d.", "e.g.", "i.e.", "\u0627\u0641\u063A\u0627\u0646"
    };

    @RepeatedTest(300)
    void spansAreValidOnRandomText(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        StringBuilder text = new StringBuilder();
        int parts = random.nextInt(60);
        for (int i = 0; i < parts; i++) {
            if (random.nextInt(5) == 0) {
                text.append((char) random.nextInt(0x3000)); // any BMP char, incl. controls and lone surrogates' neighbours
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        assertValid(text.toString());
    }

    @Test
    void spansAreValidOnAdversarialText() {
        for (String text : List.of("", " ", "\n\n\n", ".", "...", "\u201c\u201d", "\uD83D\uDE00",
                "\uD83D\uDE00\uD83D\uDE00.\uD83D\uDE00", "a\n\nb\n\nc", "U.S.", "U.S.\nU.S.", "Gov.\nGov.",
                "\u201cQuote.\u201d\n\u201cAnother.\u201d", "no stop at all", "x".repeat(20_000),
                "Kabul. ".repeat(2_000), "\r\r\r", "\u2028a\u2029b", "\uD800", "a\uDC00b. c")) {
            assertValid(text);
        }
    }

    private static void assertValid(String text) {
        List<Span> spans = SPLITTER.split(text);
        int previousEnd = 0;
        StringBuilder covered = new StringBuilder();
        for (Span span : spans) {
            assertThat(span.start()).as("in order, no overlap in %s", debug(text)).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isLessThanOrEqualTo(text.length());
            String sentence = span.coveredText(text);
            assertThat(sentence).as("non-empty and trimmed").isNotBlank().isEqualTo(sentence.strip());
            assertThat(Character.isLowSurrogate(text.charAt(span.start()))).as("starts inside a surrogate pair").isFalse();
            if (span.end() < text.length()) {
                assertThat(Character.isHighSurrogate(text.charAt(span.end() - 1))
                        && Character.isLowSurrogate(text.charAt(span.end()))).as("ends inside a surrogate pair").isFalse();
            }
            covered.append(sentence);
            previousEnd = span.end();
        }
        // nothing visible is lost: every non-whitespace character of the text is in some sentence,
        // except the stray second stop of a doubled one ("Kabul.. Read more"), which ends no sentence
        assertThat(withoutDoubledStops(nonBlank(covered.toString())))
                .as("all visible text kept in %s", debug(text)).isEqualTo(withoutDoubledStops(nonBlank(text)));
    }

    private static String withoutDoubledStops(String s) {
        return s.replaceAll("(?<!\\.)\\.\\.(?!\\.)", ".");
    }

    private static String nonBlank(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF')
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String debug(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}
