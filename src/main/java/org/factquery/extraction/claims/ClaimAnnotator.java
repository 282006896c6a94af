package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Runs the claim rules over every tagged sentence and keeps each distinct claim once, then reads
 * the document's dated lists of captures ({@link TimelineReader}), whose lines need the list's lead.
 */
public final class ClaimAnnotator implements Annotator {

    private final Gazetteer gazetteer;
    private final ActorLexicon actors;
    private final ClaimCues cues;
    private final List<ClaimRule> rules;

    public ClaimAnnotator(Gazetteer gazetteer, ActorLexicon actors, ClaimCues cues) {
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.cues = cues;
        this.rules = List.of(new CaptureRule(), new ControlRule(), new AttackRule(), new WithdrawalRule(), new DeploymentRule(),
                new CountRule(), new PlaceFactRule());
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TAGGED_TOKENS, Layers.PLACES, Layers.COUNTRIES, Layers.DOCUMENT_COUNTRIES, Layers.ACTORS,
                Layers.TIMES, Layers.ATTRIBUTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.CLAIMS);
    }

    @Override
    public void annotate(AnnotatedText text) {
        DocumentContext doc = new DocumentContext(text, gazetteer, actors, cues);
        List<ExtractedClaim> claims = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        for (TokenizedSentence sentence : text.get(Layers.TAGGED_TOKENS)) {
            if (!sentence.tagged()) {
                continue; // not a candidate, or skipped (Layers.SKIPPED)
            }
            text.checkWork();
            SentenceContext context = new SentenceContext(doc, sentence);
            for (ClaimRule rule : rules) {
                for (ExtractedClaim claim : rule.apply(context)) {
                    List<Object> identity = java.util.Arrays.asList(claim.kind(), claim.sentence(), claim.place(),
                            claim.actor(), claim.number(), claim.details().get("part"));
                    if (seen.add(identity)) {
                        claims.add(claim);
                    }
                }
            }
        }
        text.put(Layers.CLAIMS, new TimelineReader(doc, text.get(Layers.TAGGED_TOKENS)).read(claims));
    }
}
