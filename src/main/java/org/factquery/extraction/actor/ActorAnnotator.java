package org.factquery.extraction.actor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Finds the phrases of the actor lexicon, longest first. A generic phrase ("the group",
 * "security forces") names its actor only when the document also names that actor explicitly,
 * and never right after another country's name ("the British government").
 */
public final class ActorAnnotator implements Annotator {

    private final ActorLexicon lexicon;

    public ActorAnnotator(ActorLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.COUNTRIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ACTORS);
    }

    @Override
    public void annotate(AnnotatedText text) {
        Set<Long> foreignEnds = new HashSet<>();
        Set<Long> foreignTokens = new HashSet<>();
        for (CountryMention c : text.get(Layers.COUNTRIES)) {
            if (!Gazetteer.HOME_COUNTRY.equals(c.country().name())) {
                foreignEnds.add(position(c.sentence(), c.endToken()));
                for (int t = c.firstToken(); t < c.endToken(); t++) {
                    foreignTokens.add(position(c.sentence(), t));
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> namedExplicitly = new HashSet<>();
        for (TokenizedSentence sentence : text.get(Layers.TOKENS)) {
            int i = 0;
            while (i < sentence.size()) {
                ActorLexicon.Phrase phrase = foreignTokens.contains(position(sentence.index(), i))
                        ? null : longestAt(sentence, i);
                if (phrase == null) {
                    i++;
                    continue;
                }
                int end = i + phrase.words().size();
                boolean afterForeignCountry = foreignEnds.contains(position(sentence.index(), i));
                if (!(phrase.topicOnly() && afterForeignCountry)) {
                    candidates.add(new Candidate(sentence, i, end, phrase));
                    if (!phrase.topicOnly()) {
                        namedExplicitly.add(phrase.canonical());
                    }
                }
                i = end;
            }
        }
        List<ActorMention> mentions = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!c.phrase().topicOnly() || namedExplicitly.contains(c.phrase().canonical())) {
                mentions.add(new ActorMention(c.sentence().index(), c.from(), c.to(), c.sentence().span(c.from(), c.to()),
                        c.sentence().span(c.from(), c.to()).coveredText(text.text()), c.phrase().canonical(),
                        c.phrase().side()));
            }
        }
        text.put(Layers.ACTORS, mentions);
    }

    private ActorLexicon.Phrase longestAt(TokenizedSentence sentence, int i) {
        for (ActorLexicon.Phrase phrase : lexicon.startingWith(sentence.token(i).base())) {
            if (matches(sentence, i, phrase)) {
                return phrase;
            }
        }
        for (ActorLexicon.Phrase phrase : lexicon.startingWith(sentence.token(i).norm())) {
            if (matches(sentence, i, phrase)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matches(TokenizedSentence sentence, int i, ActorLexicon.Phrase phrase) {
        List<String> words = phrase.words();
        if (i + words.size() > sentence.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            var token = sentence.token(i + k);
            boolean last = k == words.size() - 1;
            if (!(token.norm().equals(words.get(k)) || last && token.base().equals(words.get(k)))) {
                return false;
            }
            if (!last && token.isPossessive()) {
                return false;
            }
        }
        return true;
    }

    private static long position(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    private record Candidate(TokenizedSentence sentence, int from, int to, ActorLexicon.Phrase phrase) {
    }
}
