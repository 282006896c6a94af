package org.factquery.extraction;

import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.claims.ExtractedClaim;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.CountryWeight;
import org.factquery.extraction.gazetteer.PlaceMention;
import org.factquery.extraction.time.TimeExpression;
import org.factquery.extraction.token.TokenizedSentence;

/** The layers of the standard pipeline, in the order they are produced. */
public final class Layers {

    private Layers() {
    }

    public static final Layer<Span> SENTENCES = new Layer<>("sentences", Span.class);
    public static final Layer<TokenizedSentence> TOKENS = new Layer<>("tokens", TokenizedSentence.class);
    /** Sentences the claim rules do not read: too long to read in bounded time, or repeats of an earlier one. */
    public static final Layer<SkippedSentence> SKIPPED = new Layer<>("skipped", SkippedSentence.class);
    /** Actor phrases as written: named groups, state forces, and generic descriptors not yet resolved. */
    public static final Layer<ActorMention> ACTOR_PHRASES = new Layer<>("actor-phrases", ActorMention.class);
    /** Places named, each resolved to one gazetteer entry in the document's context. */
    public static final Layer<PlaceMention> PLACES = new Layer<>("places", PlaceMention.class);
    public static final Layer<CountryMention> COUNTRIES = new Layer<>("countries", CountryMention.class);
    /** The countries the document is about, heaviest evidence first: the first is its topic country. */
    public static final Layer<CountryWeight> DOCUMENT_COUNTRIES = new Layer<>("document-countries",
            CountryWeight.class);
    /** Actors, generic descriptors resolved within the document. */
    public static final Layer<ActorMention> ACTORS = new Layer<>("actors", ActorMention.class);
    /** The tokens again, with UD part-of-speech tags and lemmas on the sentences that may hold a claim. */
    public static final Layer<TokenizedSentence> TAGGED_TOKENS = new Layer<>("tagged-tokens", TokenizedSentence.class);
    public static final Layer<TimeExpression> TIMES = new Layer<>("times", TimeExpression.class);
    public static final Layer<Attribution> ATTRIBUTIONS = new Layer<>("attributions", Attribution.class);
    public static final Layer<ExtractedClaim> CLAIMS = new Layer<>("claims", ExtractedClaim.class);
}
