package org.factquery.extraction.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.CountryWeight;
import org.factquery.extraction.gazetteer.Gazetteer;

/**
 * Resolves the actor phrases within their document, and only there:
 * <ul>
 * <li>an armed-group descriptor ("rebels", "the militants") names the armed group the document
 * named last before it (else the one it names most); with none named it stays as written;</li>
 * <li>a government descriptor ("the army", "government forces") names the government of the
 * document's topic country ("Libyan government"); with no topic country it stays as written;</li>
 * <li>a name two groups share ("al-Shabaab" in Somalia and in Mozambique) is the group that fights
 * in the document's countries.</li>
 * </ul>
 */
public final class ActorResolver implements Annotator {

    private final ActorLexicon lexicon;
    private final Gazetteer gazetteer;

    public ActorResolver(ActorLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ACTOR_PHRASES, Layers.DOCUMENT_COUNTRIES, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<CountryWeight> evidence = text.get(Layers.DOCUMENT_COUNTRIES);
        String topic = evidence.isEmpty() ? null : evidence.get(0).code();
        String government = topic == null ? null : gazetteer.countryOfCode(topic).map(ActorAnnotator::governmentOf)
                .orElse(null);

        List<ActorMention> named = new ArrayList<>();
        for (ActorMention m : text.get(Layers.ACTOR_PHRASES)) {
            named.add(m.generic() ? m : chooseGroup(m, evidence));
        }
        Map<String, Integer> armedCounts = new HashMap<>();
        for (ActorMention m : named) {
            if (!m.generic() && m.side() == Side.INSURGENT) {
                armedCounts.merge(m.canonical(), 1, Integer::sum);
            }
        }
        String mostNamedArmed = armedCounts.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(null);

        List<ActorMention> resolved = new ArrayList<>(named.size());
        String lastArmed = null;
        for (ActorMention m : named) {
            if (!m.generic()) {
                if (m.side() == Side.INSURGENT) {
                    lastArmed = m.canonical();
                }
                resolved.add(m);
            } else if (m.side() == Side.INSURGENT) {
                String group = lastArmed != null ? lastArmed : mostNamedArmed;
                resolved.add(group == null ? m : m.withCanonical(group, null));
            } else {
                resolved.add(government == null ? m : m.withCanonical(government, topic));
            }
        }
        text.put(Layers.ACTORS, resolved);
    }

    /**
     * Of the groups a name may mean, the one that fights in the country the document is most
     * about: "al-Shabab" in an article about Mozambique that mentions Somalia once is Mozambique's.
     */
    private ActorMention chooseGroup(ActorMention m, List<CountryWeight> documentCountries) {
        if (m.countryCode() != null) {
            return m; // a state actor
        }
        List<ActorLexicon.Group> groups = lexicon.canonicals(m.surface()).stream()
                .map(lexicon::group).flatMap(java.util.Optional::stream).toList();
        if (groups.size() < 2) {
            return m;
        }
        for (CountryWeight country : documentCountries) { // heaviest first
            for (ActorLexicon.Group g : groups) {
                if (g.countries().contains(country.code())) {
                    return m.withCanonical(g.canonical(), null);
                }
            }
        }
        return m;
    }

    /** The government actor of a country, for callers outside the pipeline. */
    public static String governmentOf(CountryEntry country) {
        return ActorAnnotator.governmentOf(country);
    }
}
