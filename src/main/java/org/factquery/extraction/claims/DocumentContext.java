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
import org.factquery.extraction.actor.ActorResolver;
import org.factquery.extraction.actor.Side;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.CountryWeight;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.extraction.gazetteer.PlaceMention;
import org.factquery.extraction.time.TimeExpression;

/**
 * What the claim rules know about the whole document, all of it from the document itself: its
 * layers by sentence, the country it is about ({@code topicCountry}, from its own evidence), the
 * armed group it names most ({@code topicActor}, which an agentless "X fell" refers to), that
 * country's government, and the sides of the actors it names. Nothing carries over from another
 * document.
 */
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
    /** The ISO code of the country the document is about, or null when it says too little. */
    final String topicCountry;
    /** The armed group the document names most, or null when it names none. */
    final String topicActor;
    /** The government of the topic country ("Libyan government"), or null. */
    final String governmentActor;
    private final Map<String, Side> sides = new HashMap<>();

    DocumentContext(AnnotatedText text, Gazetteer gazetteer, ActorLexicon actors, ClaimCues cues) {
        this.text = text;
        this.gazetteer = gazetteer;
        this.actors = actors;
        this.cues = cues;
        text.get(Layers.PLACES).forEach(m -> places.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        text.get(Layers.COUNTRIES).forEach(m -> countries.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        text.get(Layers.ACTORS).forEach(m -> actorMentions.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m));
        text.get(Layers.TIMES).forEach(t -> times.computeIfAbsent(t.sentence(), k -> new ArrayList<>()).add(t));
        text.get(Layers.ATTRIBUTIONS).forEach(a -> attributions.put(a.sentence(), a));
        List<CountryWeight> evidence = text.get(Layers.DOCUMENT_COUNTRIES);
        this.topicCountry = evidence.isEmpty() ? null : evidence.get(0).code();
        this.governmentActor = topicCountry == null ? null
                : gazetteer.countryOfCode(topicCountry).map(ActorResolver::governmentOf).orElse(null);
        Map<String, Integer> armedCounts = new HashMap<>();
        for (ActorMention m : text.get(Layers.ACTORS)) {
            sides.putIfAbsent(m.canonical(), m.side());
            if (m.side() == Side.INSURGENT) {
                armedCounts.merge(m.canonical(), 1, Integer::sum);
            }
        }
        this.topicActor = armedCounts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    /** The side of an actor of this document: as its mentions say, else as the lexicon says. */
    Optional<Side> side(String actor) {
        if (actor == null) {
            return Optional.empty();
        }
        Side side = sides.get(actor);
        return side != null ? Optional.of(side) : actors.side(actor);
    }

    /** The actor a country stands for when it acts ("Azerbaijan retook Shusha"): its government. */
    String actorOf(CountryEntry country) {
        return ActorResolver.governmentOf(country);
    }

    /** The country a description without one refers to ("the capital", "the third-largest city"). */
    Optional<String> topicCountry() {
        return Optional.ofNullable(topicCountry);
    }

    /**
     * The city "the city" means at a position: the last city named before it in the same
     * sentence, else in the few sentences before; empty when there is none to resolve to.
     */
    /** The first city a sentence names: its subject or topic, more often than not. */
    Optional<PlaceEntry> firstCityIn(int sentence) {
        return places.getOrDefault(sentence, List.of()).stream().map(PlaceMention::place)
                .filter(p -> p.kind() == PlaceKind.CITY).findFirst();
    }

    /** The last deployment's sender and its sentence, as the rules read the document in order. */
    private String lastDeploymentSender;
    private int lastDeploymentSentence = -1;

    void deploymentSent(int sentence, String sender) {
        lastDeploymentSender = sender;
        lastDeploymentSentence = sentence;
    }

    /** The sender of a deployment reported in the few sentences before this one, if any. */
    Optional<String> recentDeploymentSender(int sentence) {
        return lastDeploymentSentence >= 0 && lastDeploymentSentence < sentence
                && sentence - lastDeploymentSentence <= ANAPHOR_REACH ? Optional.ofNullable(lastDeploymentSender)
                        : Optional.empty();
    }

    /** The actor named last in the few sentences before this one: whom a "they" opening it means. */
    Optional<String> lastActorBefore(int sentence) {
        for (int s = sentence - 1; s >= Math.max(0, sentence - ANAPHOR_REACH); s--) {
            List<ActorMention> mentions = actorMentions.getOrDefault(s, List.of());
            if (!mentions.isEmpty()) {
                return Optional.of(mentions.get(mentions.size() - 1).canonical());
            }
        }
        return Optional.empty();
    }

    Optional<PlaceEntry> lastCityBefore(int sentence, int token) {
        return lastBefore(sentence, token, PlaceKind.CITY);
    }

    /** The division named last before a token, within a few sentences: what "the provincial capital" is of. */
    Optional<PlaceEntry> lastDivisionBefore(int sentence, int token) {
        return lastBefore(sentence, token, PlaceKind.PROVINCE);
    }

    private Optional<PlaceEntry> lastBefore(int sentence, int token, PlaceKind kind) {
        for (int s = sentence; s >= Math.max(0, sentence - ANAPHOR_REACH); s--) {
            List<PlaceMention> mentions = places.getOrDefault(s, List.of());
            for (int i = mentions.size() - 1; i >= 0; i--) {
                PlaceMention m = mentions.get(i);
                if ((s < sentence || m.endToken() <= token) && m.place().kind() == kind) {
                    return Optional.of(m.place());
                }
            }
        }
        return Optional.empty();
    }

    /** The other side, as this document has it: its government for an armed group, its armed group for the government. */
    String opponentOf(String actor) {
        Optional<Side> side = side(actor);
        if (side.isPresent() && side.get() == Side.INSURGENT) {
            return governmentActor;
        }
        if (side.isPresent() && side.get() == Side.GOVERNMENT) {
            return topicActor;
        }
        return null;
    }
}
