package org.factquery.extraction.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.NameKey;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Finds the phrases that name actors, longest first: a named group of the lexicon ("HTS", "the
 * Rapid Support Forces"), a state's forces or institutions by its country's name or demonym and a
 * state noun ("Libyan forces", "the Somali army", "Nigeria's military", "the army of Chad"; the
 * actor "<demonym> government"), or a generic descriptor ("rebels", "government forces"), which
 * {@link ActorResolver} resolves within the document. An acronym of the lexicon matches only in
 * capitals ("IS", never "is").
 */
public final class ActorAnnotator implements Annotator {

    /** Words a country's name may take before a state noun: "Nigeria's", "the Libyan". */
    private static final int LONGEST_COUNTRY_WORDS = 4;

    private final ActorLexicon lexicon;
    private final Gazetteer gazetteer;

    public ActorAnnotator(ActorLexicon lexicon, Gazetteer gazetteer) {
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ACTOR_PHRASES);
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<ActorMention> mentions = new ArrayList<>();
        for (TokenizedSentence sentence : text.get(Layers.TOKENS)) {
            text.checkWork();
            int i = 0;
            while (i < sentence.size()) {
                ActorMention found = longestAt(text, sentence, i);
                if (found == null) {
                    i++;
                    continue;
                }
                mentions.add(found);
                i = found.endToken();
            }
        }
        text.put(Layers.ACTOR_PHRASES, mentions);
    }

    /** The longest actor phrase starting at token i: a lexicon phrase or a state phrase. */
    private ActorMention longestAt(AnnotatedText text, TokenizedSentence sentence, int i) {
        ActorLexicon.Phrase phrase = null;
        int phraseEnd = -1;
        for (String first : List.of(sentence.token(i).base(), sentence.token(i).norm())) {
            for (ActorLexicon.Phrase candidate : lexicon.startingWith(first)) {
                int end = matchEnd(sentence, i, candidate);
                if (end > phraseEnd) {
                    phrase = candidate;
                    phraseEnd = end;
                }
            }
        }
        ActorMention state = statePhraseAt(text, sentence, i);
        if (state != null && state.endToken() >= phraseEnd) {
            return state;
        }
        if (phrase == null) {
            return unlistedGroupAt(text, sentence, i);
        }
        String surface = sentence.span(i, phraseEnd).coveredText(text.text());
        if (phrase.isGeneric()) {
            return new ActorMention(sentence.index(), i, phraseEnd, sentence.span(i, phraseEnd), surface,
                    asWritten(phrase.words()), phrase.generic(), null, true);
        }
        return new ActorMention(sentence.index(), i, phraseEnd, sentence.span(i, phraseEnd), surface,
                phrase.group().canonical(), phrase.group().kind().side(), null, false);
    }

    /**
     * The token after a lexicon phrase matched from token i, or -1. A phrase word may span
     * tokens the tokenizer split at hyphens ("al", "-", "Shabaab" for "al-shabaab"); the last word
     * may match a token's base form ("rebels" for "rebel").
     */
    private static int matchEnd(TokenizedSentence sentence, int i, ActorLexicon.Phrase phrase) {
        List<String> words = phrase.words();
        int k = i;
        for (int w = 0; w < words.size(); w++) {
            if (k >= sentence.size()) {
                return -1;
            }
            String want = ActorLexicon.withoutHyphens(words.get(w));
            int start = k;
            StringBuilder got = new StringBuilder(ActorLexicon.withoutHyphens(sentence.token(k).norm()));
            k++;
            while (got.length() < want.length() && k < sentence.size()
                    && sentence.token(k).span().start() == sentence.token(k - 1).span().end()) {
                got.append(ActorLexicon.withoutHyphens(sentence.token(k).norm())); // "al" "-" "shabaab"
                k++;
            }
            boolean last = w == words.size() - 1;
            boolean single = k - start == 1;
            if (!(got.toString().equals(want) || last && single && sentence.token(start).base().equals(words.get(w)))) {
                return -1;
            }
            if (!last && sentence.token(k - 1).isPossessive()) {
                return -1;
            }
            if (phrase.acronym() && !capitals(sentence, start, k)) {
                return -1; // "IS" the group, never "is" the verb
            }
        }
        return k;
    }

    /** Lower-case words that may join the capitalised words of a name: "Coalition of Patriots for Change". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "and", "the", "de", "du", "al");

    /**
     * A group the lexicon lacks, kept as written: "the" and capitalised words one of which heads
     * an organisation's name ("the Coalition of Patriots for Change", "the Sudan Liberation
     * Front"), or a capitalised name and a lower-case head ("the Misrata brigades"). A non-state
     * armed side; never generic.
     */
    private ActorMention unlistedGroupAt(AnnotatedText text, TokenizedSentence sentence, int i) {
        if (!sentence.token(i).is("the") || i + 2 > sentence.size() || !sentence.token(i + 1).isCapitalized()) {
            return null;
        }
        int end = i + 1;
        boolean headed = false;
        while (end < sentence.size()) {
            Token t = sentence.token(end);
            if (t.isCapitalized() && Character.isLetter(t.text().charAt(0)) && !t.isPossessive()) {
                headed |= lexicon.isOrganisationHead(t.norm());
                end++;
            } else if (NAME_JOINERS.contains(t.norm()) && end + 1 < sentence.size()
                    && sentence.token(end + 1).isCapitalized() && end > i + 1) {
                end++;
            } else {
                break;
            }
        }
        if (!headed && end < sentence.size() && lexicon.isUnitAfterName(sentence.token(end).norm())
                && Character.isLowerCase(sentence.token(end).text().charAt(0))) {
            headed = true; // "the Misrata brigades"
            end++;
        }
        if (!headed || end - i == 2) {
            return null; // "the Army", "the Front": one capitalised head word names nothing
        }
        String surface = sentence.span(i + 1, end).coveredText(text.text()).toString();
        return new ActorMention(sentence.index(), i, end, sentence.span(i, end), surface, surface, Side.INSURGENT,
                null, false);
    }

    /**
     * "(the) <country or demonym> <state noun>" ("the Libyan army", "Nigeria's military",
     * "Azerbaijani forces") or "<state noun> of <country>" ("the army of Chad").
     */
    private ActorMention statePhraseAt(AnnotatedText text, TokenizedSentence sentence, int i) {
        int from = i;
        int at = sentence.token(i).is("the") ? i + 1 : i;
        if (at < sentence.size() && sentence.token(at).isCapitalized()) {
            for (int n = Math.min(LONGEST_COUNTRY_WORDS, sentence.size() - at); n >= 1; n--) {
                Optional<CountryEntry> country = countryAt(sentence, at, at + n);
                if (country.isEmpty()) {
                    continue;
                }
                int nounEnd = stateNounEnd(sentence, at + n);
                if (nounEnd > 0) {
                    return state(text, sentence, from, nounEnd, country.get());
                }
                break;
            }
        }
        int nounEnd = stateNounEnd(sentence, at);
        if (nounEnd > 0 && nounEnd + 1 < sentence.size() && sentence.token(nounEnd).is("of")) {
            int countryAt = sentence.token(nounEnd + 1).is("the") ? nounEnd + 2 : nounEnd + 1;
            for (int n = Math.min(LONGEST_COUNTRY_WORDS, sentence.size() - countryAt); n >= 1; n--) {
                Optional<CountryEntry> country = countryAt(sentence, countryAt, countryAt + n);
                if (country.isPresent()) {
                    return state(text, sentence, from, countryAt + n, country.get());
                }
            }
        }
        return null;
    }

    private static ActorMention state(AnnotatedText text, TokenizedSentence sentence, int from, int to,
            CountryEntry country) {
        return new ActorMention(sentence.index(), from, to, sentence.span(from, to),
                sentence.span(from, to).coveredText(text.text()), governmentOf(country), Side.GOVERNMENT,
                country.code(), false);
    }

    /** The actor a country's state makes: "Libyan government". */
    public static String governmentOf(CountryEntry country) {
        return country.adjective() + ActorLexicon.GOVERNMENT_SUFFIX;
    }

    /** The country tokens [from, to) name by its name or demonym (capitalised; "US" in capitals). */
    private Optional<CountryEntry> countryAt(TokenizedSentence sentence, int from, int to) {
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            Token token = sentence.token(k);
            if (k < to - 1 && token.isPossessive()) {
                return Optional.empty();
            }
            words.addAll(NameKey.words(k == to - 1 ? token.base() : token.norm()));
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        return gazetteer.countryNamedBy(NameKey.join(words), capitals(sentence, from, to));
    }

    /** Whether the tokens' letters are all capitals, a possessive "'s" aside ("US", "UK's"). */
    private static boolean capitals(TokenizedSentence sentence, int from, int to) {
        for (int k = from; k < to; k++) {
            String text = sentence.token(k).text();
            int end = text.endsWith("'s") || text.endsWith("\u2019s") ? text.length() - 2 : text.length();
            for (int i = 0; i < end; i++) {
                if (Character.isLowerCase(text.charAt(i))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The end of the longest state noun at token i ("armed forces", "army"), or -1. */
    private int stateNounEnd(TokenizedSentence sentence, int i) {
        if (i >= sentence.size()) {
            return -1;
        }
        Token first = sentence.token(i);
        List<List<String>> nouns = lexicon.stateNounsStartingWith(first.norm());
        if (nouns.isEmpty() && !first.base().equals(first.norm())) {
            nouns = lexicon.stateNounsStartingWith(first.base()); // "troop" of "troops"
        }
        for (List<String> noun : nouns) {
            if (i + noun.size() > sentence.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < noun.size() && all; k++) {
                Token token = sentence.token(i + k);
                all = token.norm().equals(noun.get(k)) || k == noun.size() - 1 && token.base().equals(noun.get(k));
            }
            if (all) {
                return i + noun.size();
            }
        }
        return -1;
    }

    /** A descriptor as written, without its article: "the militants" is "militants". */
    private static String asWritten(List<String> words) {
        List<String> w = words.size() > 1 && words.get(0).equals("the") ? words.subList(1, words.size()) : words;
        return String.join(" ", w);
    }
}
