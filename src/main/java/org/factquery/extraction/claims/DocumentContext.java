package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Layers;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.actor.Side;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.extraction.gazetteer.PlaceMention;
import org.factquery.extraction.time.TimeExpression;

/** What the claim rules know about the whole document: its layers by sentence, its topic actor, earlier mentions. */
final class DocumentContext {

    /** How many sentences back "the city" may look for the city it means. */
    private static final int ANAPHOR_REACH = 3;

    final AnnotatedText text;
    final Gazetteer gazetteer;
    final ActorLexicon actors;
    final ClaimCues cues;
    final Map<Integer, List<PlaceMention>> places = new HashMap<>();
    final Map<Integer, List<CountryMention>> countries = new HashMap<>();
    final Map<Integer, List<ActorMention>> actorMentions = new HashMap<>();
    final Map<Integer, List<TimeExpression>> times = new HashMap<>();
    final Map<Integer, Attribution> attributions = new HashMap<>();
    /** The insurgent actor the document names most, which "the group" or an agentless "fell" refers to. */
    final String topicActor;
    /** The actor on the government side, which holds what an insurgent capture leaves out. */
    final String governmentActor;

    DocumentContext(AnnotatedText text, Gazetteer gazetteer, ActorLexicon actors, ClaimCues cues,
            String defaultGovernment) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.cues = cues;
        text.get(Layers.PLACES).forEach(m -> places.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        text.get(Layers.COUNTRIES).forEach(m -> countries.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        text.get(Layers.ACTORS).forEach(m -> actorMentions.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        text.get(Layers.TIMES).forEach(t -> times.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        text.get(Layers.ATTRIBUTIONS).forEach(a -> attributions.put(a.sentence(), a));
        Map<String, Integer> insurgentCounts = new HashMap<>();
        for (ActorMention m : text.get(Layers.ACTORS)) {
            if (m.side() == Side.INSURGENT) {
                insurgentCounts.merge(m.canonical(), 1, Integer::sum);
            }
        }
        this.topicActor = insurgentCounts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
        this.governmentActor = defaultGovernment;
    }

    /**
     * The city "the city" means at a position: the last city named before it in the same
     * sentence, else in the few sentences before; empty when there is none to resolve to.
     */
    Optional<PlaceEntry> lastCityBefore(int sentence, int token) {
        for (int s = sentence; s >= Math.max(0, sentence - ANAPHOR_REACH); s--) {
            List<PlaceMention> mentions = places.getOrDefault(s, List.of());
            for (int i = mentions.size() - 1; i >= 0; i--) {
                PlaceMention m = mentions.get(i);
                if ((s < sentence || m.endToken() <= token) && m.place().kind() == PlaceKind.CITY) {
                    return Optional.of(m.place());
                }
            }
        }
        return Optional.empty();
    }

    /** The other side: the government for an insurgent, the topic insurgent for the government. */
    String opponentOf(String actor) {
        if (actor == null) {
            return null;
        }
        Optional<Side> side = actors.side(actor);
        if (side.isPresent() && side.get() == Side.INSURGENT) {
            return governmentActor;
        }
        if (side.isPresent() && side.get() == Side.GOVERNMENT) {
            return topicActor;
        }
        return null;
    }
}
