package org.factquery.extraction.sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

import org.factquery.extraction.DataFiles;
import org.factquery.extraction.Span;

/**
 * Splits a document into sentences with OpenNLP's English (UD EWT) sentence model.
 *
 * <p>The text is first cut into blocks at line breaks, so headings and list lines without a
 * full stop are sentences of their own; a line that breaks mid-sentence (the next line starts in
 * lower case) is joined with the next. Each block goes to the model, and a split right after a
 * title or month abbreviation ("Gov.", "Sept.") is undone. Offsets are those of the original
 * text: {@code text.substring(span.start(), span.end())} is the sentence, trimmed of whitespace.
 *
 * <p>Thread-safe: the model is shared, a detector is made per call (they are cheap, not
 * thread-safe).
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String ABBREVIATIONS = "/lexicon/non-final-abbreviations.txt";

    /** Longer than any entry of the abbreviation list; bounds the look-back. */
    private static final int MAX_ABBREVIATION_LENGTH = 12;

    private final SentenceModel model;
    private final Set<String> nonFinalAbbreviations;

    public SentenceSplitter() {
        this.model = loadModel();
        this.nonFinalAbbreviations = loadAbbreviations();
    }

    public List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        SentenceDetectorME detector = new SentenceDetectorME(model);
        for (Span block : blocks(text)) {
            String blockText = block.coveredText(text);
            List<Span> inBlock = new ArrayList<>();
            for (opennlp.tools.util.Span s : detector.sentPosDetect(blockText)) {
                Span span = trim(blockText, new Span(s.getStart(), s.getEnd()));
                if (span.length() > 0) {
                    inBlock.add(span);
                }
            }
            if (inBlock.isEmpty()) {
                // the model found nothing (e.g. only symbols): the block is one sentence
                inBlock.add(trim(blockText, new Span(0, blockText.length())));
            }
            for (Span merged : mergeAfterAbbreviations(blockText, inBlock)) {
                for (Span span : splitAtDoubledStop(blockText, merged)) {
                    sentences.add(span.shift(block.start()));
                }
            }
        }
        return sentences;
    }

    /**
     * A doubled full stop before a capital ("Kabul.. Read more") is a typo ending the sentence:
     * the sentence ends at the first stop and the stray second one belongs to neither.
     * An ellipsis ("...") is left alone.
     */
    static List<Span> splitAtDoubledStop(String text, Span span) {
        List<Span> parts = new ArrayList<>();
        int start = span.start();
        for (int i = span.start() + 1; i + 2 < span.end(); i++) {
            boolean doubled = text.charAt(i - 1) != '.' && text.charAt(i) == '.' && text.charAt(i + 1) == '.'
                    && text.charAt(i + 2) != '.';
            if (!doubled) {
                continue;
            }
            int next = i + 2;
            while (next < span.end() && isBlank(text.charAt(next))) {
                next++;
            }
            if (next > i + 2 && next < span.end() && Character.isUpperCase(text.charAt(next))) {
                parts.add(new Span(start, i + 1));
                start = next;
                i = next;
            }
        }
        int end = span.end();
        if (end - start >= 3 && text.charAt(end - 1) == '.' && text.charAt(end - 2) == '.'
                && text.charAt(end - 3) != '.') {
            end--; // "... the capital Kabul.." ends at its first stop
        }
        parts.add(new Span(start, end));
        return parts;
    }

    /** Non-blank stretches of the text between line breaks, joining lines broken mid-sentence. */
    static List<Span> blocks(String text) {
        List<Span> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                Span line = trim(text, new Span(lineStart, i));
                if (line.length() > 0) {
                    lines.add(line);
                }
                lineStart = i + 1;
            }
        }
        List<Span> blocks = new ArrayList<>();
        for (Span line : lines) {
            if (!blocks.isEmpty() && continues(text, blocks.get(blocks.size() - 1), line)) {
                Span previous = blocks.remove(blocks.size() - 1);
                blocks.add(new Span(previous.start(), line.end()));
            } else {
                blocks.add(line);
            }
        }
        return blocks;
    }

    /** A line continues the previous one when that one ends mid-sentence on the same paragraph. */
    private static boolean continues(String text, Span previous, Span line) {
        String between = text.substring(previous.end(), line.start());
        if (between.chars().filter(c -> c == '\n').count() > 1) {
            return false; // a blank line ends a paragraph
        }
        char last = text.charAt(previous.end() - 1);
        char first = text.charAt(line.start());
        boolean previousOpen = Character.isLetterOrDigit(last) || last == ',' || last == ';';
        return previousOpen && Character.isLowerCase(first);
    }

    private List<Span> mergeAfterAbbreviations(String text, List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            if (!merged.isEmpty() && endsTooEarly(text, merged.get(merged.size() - 1))) {
                Span previous = merged.remove(merged.size() - 1);
                merged.add(new Span(previous.start(), span.end()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }

    /**
     * A split is undone after a title or month abbreviation, and after a "sentence" that is a
     * lone dotted token such as "U.S." at the start of a line.
     */
    private boolean endsTooEarly(String text, Span span) {
        return isLoneDottedToken(text, span) || endsWithNonFinalAbbreviation(text, span);
    }

    private static boolean isLoneDottedToken(String text, Span span) {
        if (span.length() > 6) {
            return false;
        }
        String covered = span.coveredText(text);
        return covered.endsWith(".") && covered.chars().noneMatch(Character::isWhitespace)
                && covered.chars().filter(c -> c == '.').count() >= 2;
    }

    private boolean endsWithNonFinalAbbreviation(String text, Span span) {
        int end = span.end();
        int start = end;
        while (start > span.start() && end - start < MAX_ABBREVIATION_LENGTH
                && !Character.isWhitespace(text.charAt(start - 1))
                && text.charAt(start - 1) != '(' && !isOpeningQuote(text.charAt(start - 1))) {
            start--;
        }
        String lastToken = text.substring(start, end).toLowerCase(Locale.ROOT);
        return nonFinalAbbreviations.contains(lastToken);
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'';
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    private static Span trim(String text, Span span) {
        int start = span.start();
        int end = span.end();
        while (start < end && isBlank(text.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    private static SentenceModel loadModel() {
        try (InputStream in = DataFiles.open(MODEL)) {
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sentence model " + MODEL, e);
        }
    }

    private static Set<String> loadAbbreviations() {
        Set<String> words = new HashSet<>();
        for (String line : DataFiles.lines(ABBREVIATIONS)) {
            words.add(line.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
