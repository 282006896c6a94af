package org.factquery.extraction.sentence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.Span;

/**
 * Produces the sentence spans with the {@link SentenceSplitter}: the title's first, split on its
 * own so that no sentence runs from a title without a full stop into the text.
 */
public final class SentenceAnnotator implements Annotator {

    private final SentenceSplitter splitter;

    public SentenceAnnotator(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public void annotate(AnnotatedText text) {
        int titleLength = text.titleLength();
        if (titleLength == 0) {
            text.put(Layers.SENTENCES, splitter.split(text.text()));
            return;
        }
        List<Span> sentences = new ArrayList<>(splitter.split(text.text().substring(0, titleLength)));
        int bodyStart = titleLength + AnnotatedText.TITLE_SEPARATOR.length();
        for (Span span : splitter.split(text.text().substring(bodyStart))) {
            sentences.add(span.shift(bodyStart));
        }
        text.put(Layers.SENTENCES, sentences);
    }
}
