package org.factquery.extraction;

import java.time.LocalDate;
import java.util.List;

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
    public static final String VERSION = "2.1.0";

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
                new TaggingAnnotator(cues.set("tagging-cue"), cues.set("capture-noun")),
                new TimeAnnotator(),
                new AttributionAnnotator(),
                new ClaimAnnotator(gazetteer, actors, cues)));
    }

    /** Extracts the claims of a text; {@code publishedDate} (may be null) resolves relative dates. */
    public Extraction extract(String text, LocalDate publishedDate) {
        return extract(text, publishedDate, WorkLimit.NONE);
    }

    /** The same within a limit: {@link ExtractionStopped} when the limit runs out first. */
    public Extraction extract(String text, LocalDate publishedDate, WorkLimit limit) {
        AnnotatedText annotated = pipeline.run(text, publishedDate, limit);
        return new Extraction(annotated.get(Layers.SENTENCES), annotated.get(Layers.CLAIMS),
                annotated.get(Layers.SKIPPED), VERSION);
    }

    /** Runs the pipeline and returns every layer, for tests and diagnostics. */
    public AnnotatedText annotate(String text, LocalDate publishedDate) {
        return pipeline.run(text, publishedDate);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }
}
