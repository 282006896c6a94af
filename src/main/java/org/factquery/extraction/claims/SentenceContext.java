package org.factquery.extraction.claims;

import java.util.List;
import java.util.Set;

import org.factquery.extraction.Span;
import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.PlaceMention;
import org.factquery.extraction.time.TimeExpression;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;

/** One tagged sentence with its mentions, as the claim rules read it. */
final class SentenceContext {

    final DocumentContext doc;
    final TokenizedSentence sentence;
    final int index;
    final List<PlaceMention> places;
    final List<CountryMention> countries;
    final List<ActorMention> actors;
    final List<TimeExpression> times;
    final Attribution attribution;

    SentenceContext(DocumentContext doc, TokenizedSentence sentence) {
        this.doc = doc;
        this.sentence = sentence;
        this.index = sentence.index();
        this.places = doc.places.getOrDefault(index, List.of());
        this.countries = doc.countries.getOrDefault(index, List.of());
        this.actors = doc.actorMentions.getOrDefault(index, List.of());
        this.times = doc.times.getOrDefault(index, List.of());
        this.attribution = doc.attributions.get(index);
    }

    int size() {
        return sentence.size();
    }

    Token t(int i) {
        return sentence.token(i);
    }

    /** The token's lower-case form, or "" outside the sentence, so look-arounds need no bounds checks. */
    String norm(int i) {
        return i >= 0 && i < size() ? t(i).norm() : "";
    }

    boolean lemmaIn(int i, String cueSet) {
        return i >= 0 && i < size() && doc.cues.set(cueSet).contains(t(i).lemmaOrNorm());
    }

    boolean normIn(int i, String cueSet) {
        return i >= 0 && i < size() && doc.cues.set(cueSet).contains(t(i).norm());
    }

    boolean tag(int i, String udTag) {
        return i >= 0 && i < size() && t(i).hasTag(udTag);
    }

    /** The length of the longest phrase of the set starting at token i, or 0. */
    int phraseAt(int i, String cueSet) {
        for (List<String> phrase : doc.cues.phrases(cueSet)) {
            if (i + phrase.size() > size() || i < 0) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                all = t(i + k).norm().equals(phrase.get(k)) || t(i + k).lemmaOrNorm().equals(phrase.get(k));
            }
            if (all) {
                return phrase.size();
            }
        }
        return 0;
    }

    /** The phrase of the set that ends right before token i: its start, or -1. */
    int phraseEndingBefore(int i, String cueSet) {
        for (List<String> phrase : doc.cues.phrases(cueSet)) {
            int start = i - phrase.size();
            if (start >= 0 && phraseAt(start, cueSet) == phrase.size()) {
                return start;
            }
        }
        return -1;
    }

    PlaceMention placeStartingAt(int token) {
        for (PlaceMention m : places) {
            if (m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    CountryMention countryStartingAt(int token) {
        for (CountryMention m : countries) {
            if (m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    ActorMention actorStartingAt(int token) {
        for (ActorMention m : actors) {
            if (m.firstToken() == token) {
                return m;
            }
        }
        return null;
    }

    /** The original text of tokens {@code [from, to)}. */
    String text(int from, int to) {
        return span(from, to).coveredText(doc.text.text());
    }

    Span span(int from, int to) {
        return sentence.span(from, to);
    }

    boolean isAnyOf(int i, Set<String> forms) {
        return i >= 0 && i < size() && forms.contains(t(i).norm());
    }
}
