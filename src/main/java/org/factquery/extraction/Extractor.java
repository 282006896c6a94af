package org.factquery.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factquery.extraction.actor.ActorAnnotator;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.actor.ActorResolver;
import org.factquery.extraction.attribution.AttributionAnnotator;
import org.factquery.extraction.claims.ClaimAnnotator;
import org.factquery.extraction.claims.ClaimCues;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.GazetteerAnnotator;
import org.factquery.extraction.sentence.ReadableSentences;
import org.factquery.extraction.sentence.SentenceAnnotator;
import org.factquery.extraction.sentence.SentenceSplitter;
import org.factquery.extraction.time.TimeAnnotator;
import org.factquery.extraction.token.TaggingAnnotator;
import org.factquery.extraction.token.TokenAnnotator;

/**
 * The standard pipeline: sentences, tokens, gazetteer places and countries, actors, tags and
 * lemmas, times, attribution, claims. Loading the models and data files takes a second; after
 * that one instance serves any number of threads.
 */
public final class Extractor {

    /** Stored with every claim; raise it when a rule or data file changes what is extracted. */
    public static final String VERSION = "2.4.0";

    private final Gazetteer gazetteer;
    private final Pipeline pipeline;

    /** Sentences longer than this many characters are stored but not read for claims, by default. */
    public static final int DEFAULT_MAX_SENTENCE_LENGTH = 2000;

    public Extractor() {
        this(new SentenceSplitter(), Gazetteer.load(), ActorLexicon.load(), DEFAULT_MAX_SENTENCE_LENGTH);
    }

    public Extractor(SentenceSplitter splitter, Gazetteer gazetteer, ActorLexicon actors) {
        this(splitter, gazetteer, actors, DEFAULT_MAX_SENTENCE_LENGTH);
    }

    /**
     * @param maxSentenceLength longer sentences are not read for claims: the rules' cost grows
     *     faster than a sentence's length, and no sentence of news runs to thousands of characters
     */
    public Extractor(SentenceSplitter splitter, Gazetteer gazetteer, ActorLexicon actors, int maxSentenceLength) {
        this.gazetteer = gazetteer;
        ClaimCues cues = new ClaimCues();
        this.pipeline = new Pipeline(List.of(
                new SentenceAnnotator(splitter),
                new ReadableSentences(maxSentenceLength),
                new TokenAnnotator(),
                new ActorAnnotator(actors, gazetteer),
                new GazetteerAnnotator(gazetteer, actors),
                new ActorResolver(actors, gazetteer),
                new TaggingAnnotator(cues.set("tagging-cue"), cues.set("capture-noun"), headlineVerbs(cues)),
                new TimeAnnotator(),
                new AttributionAnnotator(),
                new ClaimAnnotator(gazetteer, actors, cues)));
    }

    /** The verbs of the rules, which a headline puts right after its subject ("Rebels Seize Town"). */
    private static Set<String> headlineVerbs(ClaimCues cues) {
        Set<String> verbs = new HashSet<>();
        for (String set : List.of("capture-verb", "recapture-verb", "handover-verb", "control-verb", "withdraw-verb",
                "siege-verb", "deploy-verb", "entry-verb", "advance-verb", "launch-verb")) {
            verbs.addAll(cues.set(set));
        }
        return verbs;
    }

    /** Extracts the claims of a text; {@code publishedDate} (may be null) resolves relative dates. */
    public Extraction extract(String text, LocalDate publishedDate) {
        return extract(text, publishedDate, WorkLimit.NONE);
    }

    /** The same within a limit: {@link ExtractionStopped} when the limit runs out first. */
    public Extraction extract(String text, LocalDate publishedDate, WorkLimit limit) {
        return extract(null, text, publishedDate, limit);
    }

    /**
     * Extracts the claims of a titled text: the title (may be null or blank) is read as the
     * document's first sentences, before the text, so that the text's "its fall" can point to the
     * city a headline names. The title's sentences come first, their offsets in the title.
     */
    public Extraction extract(String title, String text, LocalDate publishedDate, WorkLimit limit) {
        if (title == null || title.isBlank()) {
            AnnotatedText annotated = pipeline.run(text, publishedDate, limit);
            return new Extraction(annotated.get(Layers.SENTENCES), 0, annotated.get(Layers.CLAIMS),
                    annotated.get(Layers.SKIPPED), VERSION);
        }
        AnnotatedText annotated = pipeline.run(new AnnotatedText(title + AnnotatedText.TITLE_SEPARATOR + text,
                title.length(), publishedDate, limit));
        int bodyStart = title.length() + AnnotatedText.TITLE_SEPARATOR.length();
        List<Span> sentences = new ArrayList<>();
        int titleSentences = 0;
        for (Span span : annotated.get(Layers.SENTENCES)) {
            if (span.end() <= title.length()) {
                sentences.add(span);
                titleSentences++;
            } else {
                sentences.add(span.shift(-bodyStart));
            }
        }
        return new Extraction(sentences, titleSentences, annotated.get(Layers.CLAIMS), annotated.get(Layers.SKIPPED),
                VERSION);
    }

    /** Runs the pipeline and returns every layer, for tests and diagnostics. */
    public AnnotatedText annotate(String text, LocalDate publishedDate) {
        return pipeline.run(text, publishedDate);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
