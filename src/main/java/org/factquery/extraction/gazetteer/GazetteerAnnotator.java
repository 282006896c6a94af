package org.factquery.extraction.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Finds the places and countries a document names, then resolves each place name to one entry
 * in the document's context ({@link PlaceResolver}). A name is the longest run of tokens whose key
 * is a gazetteer name or alias, capitalised as a name is (an all-capitals alias such as "US" only
 * in capitals), outside the names of groups ("Islamic State" is no place); a state's forces name
 * their country ("Libyan forces"). A capital named as its government ("Moscow said") is its country,
 * not the city.
 */
public final class GazetteerAnnotator implements Annotator {

    /** Verb beginnings after which a capital or institution stands for its government. */
    private static final List<String> STANCE_VERB_STEMS = List.of("said", "say", "announc", "claim", "confirm",
            "den", "warn", "accus", "insist", "told", "tell", "urg", "demand", "condemn", "reject", "respond",
            "threaten", "vow", "agree", "want", "decid", "order", "recogni", "call", "blam", "sent", "send",
            "deploy", "plan", "refus", "back", "support", "oppos", "welcom", "respon", "cit", "dismiss",
            "describ", "stat", "report", "believ", "hope", "argu", "pledg", "promis", "sign", "offer", "dispatch",
            "fly", "flew", "airlift", "mobili", "commit");
    /** Lower-case words inside place names: "Dar es Salaam", "Mocímboa da Praia", "Qala-i-Naw". */
    private static final Set<String> CONNECTORS = Set.of("i", "e", "ye", "y", "de", "da", "do", "das", "dos", "di",
            "del", "della", "la", "le", "les", "el", "al", "ul", "an", "as", "ash", "ad", "az", "ar", "at", "of", "the",
            "en", "sur", "am", "im", "der", "den", "du", "des", "bin", "ibn", "ben", "wa", "van", "von", "a", "o", "es",
            "ez", "et", "on", "upon", "under", "in");
    /** Lower-case words inside the names of facilities: "Kabul airport", "the Zaranj crossing". */
    private static final Set<String> FACILITY_WORDS = Set.of("airport", "airfield", "airbase", "air", "base", "crossing",
            "border", "prison", "jail", "headquarters", "corps", "bridge", "dam", "port", "palace", "compound",
            "barracks", "garrison", "international", "military", "army", "police", "central", "camp", "gate", "pass",
            "valley");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "would",
            "will", "also", "has also", "then", "later", "quickly", "immediately");

    private final Gazetteer gazetteer;
    private final PlaceResolver resolver;

    public GazetteerAnnotator(Gazetteer gazetteer, ActorLexicon actors) {
        this.gazetteer = gazetteer;
        this.resolver = new PlaceResolver(gazetteer::isPlaceWord,
                canonical -> actors.group(canonical).map(ActorLexicon.Group::countries).orElse(Set.of()));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ACTOR_PHRASES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACES, Layers.COUNTRIES, Layers.DOCUMENT_COUNTRIES);
    }

    @Override
    public void annotate(AnnotatedText text) {
        // a group's words are no place ("Islamic State"); a state's are its country ("Libyan forces")
        Set<Long> actorTokens = new HashSet<>();
        for (ActorMention m : text.get(Layers.ACTOR_PHRASES)) {
            if (m.countryCode() != null) {
                continue;
            }
            for (int t = m.firstToken(); t < m.endToken(); t++) {
                actorTokens.add(position(m.sentence(), t));
            }
        }
        List<TokenizedSentence> sentences = text.get(Layers.TOKENS);
        List<PlaceResolver.Named> names = new ArrayList<>();
        List<CountryMention> countries = new ArrayList<>();
        for (TokenizedSentence sentence : sentences) {
            text.checkWork();
            match(text, sentence, actorTokens, names, countries);
        }
        PlaceResolver.Result result = resolver.resolve(sentences, names, countries, text.get(Layers.ACTOR_PHRASES));
        text.put(Layers.PLACES, result.places());
        text.put(Layers.COUNTRIES, result.countryMentions());
        text.put(Layers.DOCUMENT_COUNTRIES, result.countries());
    }

    private void match(AnnotatedText text, TokenizedSentence sentence, Set<Long> actorTokens,
            List<PlaceResolver.Named> names, List<CountryMention> countries) {
        List<List<String>> words = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            words.add(NameKey.words(sentence.token(i).norm()));
        }
        int lookahead = gazetteer.longestAliasWords() * 2 + 1;
        int i = 0;
        while (i < sentence.size()) {
            int matchedEnd = -1;
            Gazetteer.Entries matched = null;
            if (!words.get(i).isEmpty() && sentence.token(i).isCapitalized()
                    && !actorTokens.contains(position(sentence.index(), i))) {
                List<String> run = new ArrayList<>();
                for (int j = i; j < Math.min(sentence.size(), i + lookahead); j++) {
                    Token token = sentence.token(j);
                    if (actorTokens.contains(position(sentence.index(), j))) {
                        break;
                    }
                    if (words.get(j).isEmpty()) {
                        continue; // inner punctuation such as a hyphen token
                    }
                    boolean nameLike = endsCapitalized(token);
                    if (j > i && !nameLike && !CONNECTORS.containsAll(words.get(j))
                            && !FACILITY_WORDS.containsAll(words.get(j))) {
                        break; // "US is": a name's later words are capitalised, or connectors ("Dar es Salaam")
                    }
                    List<String> candidate = new ArrayList<>(run);
                    candidate.addAll(NameKey.words(token.base()));
                    Optional<Gazetteer.Entries> found = gazetteer.lookup(NameKey.join(candidate));
                    if (found.isPresent() && casingFits(sentence, i, j + 1, found.get())) {
                        matched = found.get();
                        matchedEnd = j + 1;
                    }
                    if (token.isPossessive()) {
                        break; // a name does not run on past "'s"
                    }
                    run.addAll(words.get(j));
                }
            }
            if (matched == null) {
                i++;
                continue;
            }
            String surface = sentence.span(i, matchedEnd).coveredText(text.text());
            boolean possessive = sentence.token(matchedEnd - 1).isPossessive();
            int countryIndex = countryReading(sentence, matchedEnd, matched);
            if (countryIndex >= 0) {
                countries.add(new CountryMention(sentence.index(), i, matchedEnd, sentence.span(i, matchedEnd),
                        surface, matched.countries().get(countryIndex), matched.vias().get(countryIndex)));
            } else {
                names.add(new PlaceResolver.Named(sentence.index(), i, matchedEnd, surface, matched.places(),
                        matched.countries(), matched.vias(), possessive));
            }
            i = matchedEnd;
        }
    }

    /**
     * Which country a name reads as, or -1 when it may read as a place: a name that only names
     * countries, a demonym, and a capital or institution before a verb of stance ("Moscow said",
     * "the Pentagon has denied"). A country's name that is also a place's ("Georgia") is left to the
     * resolver, which weighs the document's countries.
     */
    private static int countryReading(TokenizedSentence sentence, int end, Gazetteer.Entries matched) {
        if (matched.countries().isEmpty()) {
            return -1;
        }
        if (matched.places().isEmpty()) {
            return 0;
        }
        for (int k = 0; k < matched.countries().size(); k++) {
            if (matched.vias().get(k) == CountryEntry.Via.DEMONYM) {
                return k;
            }
        }
        for (int k = 0; k < matched.countries().size(); k++) {
            if (matched.vias().get(k) == CountryEntry.Via.METONYM && isStanceVerbAt(sentence, end)) {
                return k;
            }
        }
        return -1;
    }

    /** Capitalised, or its last hyphened part is ("e-Khumri" of "Pul-e-Khumri"). */
    private static boolean endsCapitalized(Token token) {
        String text = token.text();
        int hyphen = Math.max(text.lastIndexOf('-'), text.lastIndexOf('\u2010'));
        String last = hyphen >= 0 && hyphen + 1 < text.length() ? text.substring(hyphen + 1) : text;
        return !last.isEmpty() && Character.isUpperCase(last.codePointAt(0));
    }

    private static boolean isStanceVerbAt(TokenizedSentence sentence, int i) {
        int k = i;
        while (k < sentence.size() && AUXILIARIES.contains(sentence.token(k).norm())) {
            k++;
        }
        if (k >= sentence.size()) {
            return false;
        }
        String word = sentence.token(k).norm();
        return STANCE_VERB_STEMS.stream().anyMatch(word::startsWith);
    }

    /** A place or country name starts with a capital; an acronym-only key needs capitals throughout. */
    private static boolean casingFits(TokenizedSentence sentence, int from, int to, Gazetteer.Entries entries) {
        if (!entries.acronymOnly()) {
            return true;
        }
        for (int k = from; k < to; k++) {
            String letters = sentence.token(k).text().replaceAll("[^\\p{L}]", "");
            String withoutPossessive = letters.endsWith("s") && sentence.token(k).isPossessive()
                    ? letters.substring(0, letters.length() - 1) : letters;
            if (!withoutPossessive.equals(withoutPossessive.toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static long position(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }
}
