package org.factquery.extraction.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Finds the places and countries a sentence names: the longest run of tokens whose key is a
 * gazetteer name or alias. A name must be capitalised as a name is; an all-capitals alias such as
 * "US" only matches in capitals. When a city and a province share the name, the words around it
 * ("province", "city of") choose; otherwise the city is meant.
 */
public final class GazetteerAnnotator implements Annotator {

    private static final Comparator<PlaceEntry> PREFERENCE = Comparator.comparingInt(p -> switch (p.kind()) {
        case CITY -> 0;
        case DISTRICT -> 1;
        case FACILITY -> 2;
        case PROVINCE -> 3;
        case REGION -> 4;
        case COUNTRY -> 5;
    });

    private final Gazetteer gazetteer;

    public GazetteerAnnotator(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.PLACES, Layers.COUNTRIES);
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<PlaceMention> places = new ArrayList<>();
        List<CountryMention> countries = new ArrayList<>();
        for (TokenizedSentence sentence : text.get(Layers.TOKENS)) {
            text.checkWork();
            match(text, sentence, places, countries);
        }
        text.put(Layers.PLACES, places);
        text.put(Layers.COUNTRIES, countries);
    }

    private void match(AnnotatedText text, TokenizedSentence sentence, List<PlaceMention> places,
            List<CountryMention> countries) {
        List<List<String>> words = new ArrayList<>(sentence.size());
        for (int i = 0; i < sentence.size(); i++) {
            words.add(words(sentence.token(i)));
        }
        int lookahead = gazetteer.longestAliasWords() * 2 + 1;
        int i = 0;
        while (i < sentence.size()) {
            int matchedEnd = -1;
            Gazetteer.Entries matched = null;
            if (!words.get(i).isEmpty() && sentence.token(i).isCapitalized()) {
                List<String> run = new ArrayList<>();
                for (int j = i; j < Math.min(sentence.size(), i + lookahead); j++) {
                    Token token = sentence.token(j);
                    if (words.get(j).isEmpty()) {
                        continue; // inner punctuation such as a hyphen token
                    }
                    List<String> candidate = new ArrayList<>(run);
                    candidate.addAll(baseWords(token));
                    Optional<Gazetteer.Entries> found = gazetteer.lookup(Gazetteer.joinWords(candidate));
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
            if (!matched.places().isEmpty()) {
                PlaceEntry chosen = choose(sentence, i, matchedEnd, matched.places());
                places.add(new PlaceMention(sentence.index(), i, matchedEnd, sentence.span(i, matchedEnd), surface,
                        chosen, matched.places(), possessive));
            } else {
                countries.add(new CountryMention(sentence.index(), i, matchedEnd, sentence.span(i, matchedEnd),
                        surface, matched.countries().get(0), matched.vias().get(0)));
            }
            i = matchedEnd;
        }
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

    private static PlaceEntry choose(TokenizedSentence sentence, int from, int to, List<PlaceEntry> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        String next = to < sentence.size() ? sentence.token(to).norm() : "";
        String before = from >= 2 ? sentence.token(from - 2).norm() + " " + sentence.token(from - 1).norm() : "";
        PlaceKind wanted = null;
        if (next.equals("province") || next.equals("provinces") || before.equals("province of")) {
            wanted = PlaceKind.PROVINCE;
        } else if (next.equals("city") || next.equals("town") || before.equals("city of")) {
            wanted = PlaceKind.CITY;
        }
        for (PlaceEntry candidate : candidates) {
            if (candidate.kind() == wanted) {
                return candidate;
            }
        }
        return candidates.stream().min(PREFERENCE).orElseThrow();
    }

    private static List<String> words(Token token) {
        return split(token.norm());
    }

    private static List<String> baseWords(Token token) {
        return split(token.base());
    }

    /** The words of a token as {@link Gazetteer#key} folds them; plain ASCII skips the Unicode work. */
    static List<String> split(String form) {
        String folded = form;
        for (int i = 0; i < form.length(); i++) {
            if (form.charAt(i) > 127) {
                folded = Normalizer.normalize(form, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                break;
            }
        }
        List<String> words = new ArrayList<>(2);
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (ch == '\'') {
                continue;
            }
            if (Character.isLetterOrDigit(ch)) {
                word.append(ch);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }
}
