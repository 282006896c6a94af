package org.factquery.extraction.sentence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.SkippedSentence;
import org.factquery.extraction.Span;

/**
 * Marks the sentences the claim rules will not read, so that one document's cost stays bounded:
 * a sentence over the length limit (the rules' cost grows faster than its length, and a
 * run-on "sentence" of thousands of characters is not prose), and a sentence that repeats an
 * earlier one of the same document word for word (it states nothing new, and a text of the same
 * sentence a hundred thousand times would otherwise store as many claims).
 */
public final class ReadableSentences implements Annotator {

    private final int maxLength;

    public ReadableSentences(int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("the sentence length limit must be positive: " + maxLength);
        }
        this.maxLength = maxLength;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.SKIPPED);
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<Span> sentences = text.get(Layers.SENTENCES);
        List<SkippedSentence> skipped = new ArrayList<>();
        Map<String, Integer> firstOf = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s);
            if (span.length() > maxLength) {
                skipped.add(new SkippedSentence(s, SkippedSentence.Why.TOO_LONG,
                        "longer than " + maxLength + " characters"));
                continue;
            }
            Integer first = firstOf.putIfAbsent(span.coveredText(text.matchText()), s);
            if (first != null) {
                skipped.add(new SkippedSentence(s, SkippedSentence.Why.REPEAT, "repeats sentence " + first));
            }
        }
        text.put(Layers.SKIPPED, skipped);
    }
}
