package org.factquery.extraction.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.DataFiles;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.SkippedSentence;
import org.factquery.extraction.Span;

/**
 * Tokenizes every sentence with OpenNLP's English (UD EWT) tokenizer model, except those too
 * long to read ({@link SkippedSentence.Why#TOO_LONG}), which get no tokens: no later stage then
 * spends anything on them.
 */
public final class TokenAnnotator implements Annotator {

    private static final String MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final TokenizerModel model;

    public TokenAnnotator() {
        try (InputStream in = DataFiles.open(MODEL)) {
            TokenizerModel published = new TokenizerModel(in);
            // The same model with OpenNLP's alphanumeric shortcut on: a run of letters and digits
            // is never split, so the model is only asked about words with punctuation in them.
            TokenizerFactory factory = new TokenizerFactory(published.getFactory().getLanguageCode(),
                    published.getAbbreviations(), true, null);
            this.model = new TokenizerModel(published.getMaxentModel(), Map.of(), factory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load tokenizer model " + MODEL, e);
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.SKIPPED);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public void annotate(AnnotatedText text) {
        TokenizerME tokenizer = new TokenizerME(model); // not thread-safe; cheap to make
        List<TokenizedSentence> sentences = new ArrayList<>();
        List<Span> spans = text.get(Layers.SENTENCES);
        BitSet tooLong = new BitSet(spans.size());
        text.get(Layers.SKIPPED).stream().filter(k -> k.why() == SkippedSentence.Why.TOO_LONG)
                .forEach(k -> tooLong.set(k.sentence()));
        for (int s = 0; s < spans.size(); s++) {
            text.checkWork();
            Span sentence = spans.get(s);
            if (tooLong.get(s)) {
                sentences.add(new TokenizedSentence(s, sentence, List.of(), false));
                continue;
            }
            String covered = sentence.coveredText(text.text());
            List<Token> tokens = new ArrayList<>();
            for (opennlp.tools.util.Span t : tokenizer.tokenizePos(covered)) {
                Span span = new Span(sentence.start() + t.getStart(), sentence.start() + t.getEnd());
                tokens.add(Token.untagged(tokens.size(), span, span.coveredText(text.text()),
                        span.coveredText(text.matchText())));
            }
            sentences.add(new TokenizedSentence(s, sentence, tokens, false));
        }
        text.put(Layers.TOKENS, sentences);
    }
}
