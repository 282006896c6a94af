package org.factquery.extraction.sentence;

import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;

/** Produces the sentence spans with the {@link SentenceSplitter}. */
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
        text.put(Layers.SENTENCES, splitter.split(text.text()));
    }
}
