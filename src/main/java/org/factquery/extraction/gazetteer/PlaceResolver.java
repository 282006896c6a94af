package org.factquery.extraction.gazetteer;

import java.util.BitSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.function.Function;

import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.actor.Side;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Decides which place each name of a document means, and whether it means a place at all. Pure.
 *
 * <p>The document's own evidence comes first (ADR 0011): the countries it names (by name or
 * demonym), its state actors ("Libyan forces"), the countries of the places it names without
 * ambiguity, its dateline ("TRIPOLI, March 3 -"), the divisions it names ("in Cabo Delgado
 * province") and what a sentence says right after a name ("Tripoli, Lebanon", "Victoria in British
 * Columbia"); population decides only what these leave open. Each choice says how it was made, and
 * lists the candidates that came close.
 *
 * <p>A name is a place only where the text uses it as one: a name that is also a common English
 * word ("Split", "Reading", "Police") needs a place's context (after "in", "near", "the town of",
 * before "province"); any other name needs a place of 100,000 people or more, a place in a country
 * the document is about, or that context; and a name right after a title or between other
 * capitalised words ("President Kirby", "John Kirby") is a person's.
 */
final class PlaceResolver {

    /** A name found in the text, with every entry it may mean. */
    record Named(int sentence, int firstToken, int endToken, String surface, List<PlaceEntry> places,
            List<CountryEntry> countries, List<CountryEntry.Via> vias, boolean possessive) {

        /** The country the name is the name of, when it is one's ("Georgia", "Chad"), else null. */
        CountryEntry countryNamed() {
            for (int k = 0; k < countries.size(); k++) {
                if (vias.get(k) == CountryEntry.Via.NAME) {
                    return countries.get(k);
                }
            }
            return null;
        }
    }

    record Result(List<PlaceMention> places, List<CountryMention> countryMentions, List<CountryWeight> countries) {
    }

    private static final int BIG_CITY = 100_000;
    private static final double CLOSE_CALL = 1.0;
    private static final Set<String> LOCATIVE_BEFORE = Set.of("in", "at", "near", "from", "to", "into", "outside",
            "around", "towards", "toward", "across", "inside", "via", "between", "beyond", "within", "of");
    /** Beginnings of the verbs whose object is a place: "had taken Bakhmut", "shelled Kharkiv". */
    private static final List<String> PLACE_VERB_STEMS = List.of("captur", "seiz", "take", "taken", "took", "retak",
            "retook", "recaptur", "liberat", "overr", "storm", "enter", "besieg", "shell", "attack", "advanc", "reach",
            "hold", "held", "control", "abandon", "withdr", "evacuat", "fled", "surround", "encircl", "bomb", "struck",
            "strik", "raid", "occup", "lost", "los", "defend", "regain", "reclaim", "secur", "push", "march", "moved");
    private static final Set<String> PLACE_NOUNS = Set.of("city", "town", "village", "province", "district", "region",
            "governorate", "state", "oblast", "county", "prefecture", "department", "municipality", "area", "port",
            "airport", "border", "outskirts", "suburbs", "capital", "valley");
    private static final Set<String> PLACE_NOUNS_BEFORE_OF = Set.of("city", "town", "village", "province",
            "district", "region", "governorate", "state", "port", "capital", "outskirts", "centre", "center", "fall",
            "capture", "seizure", "control", "north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "parts", "outside", "edge");
    private static final Set<String> TITLES = Set.of("president", "gen.", "gen", "general", "mr", "mr.", "mrs",
            "mrs.", "ms", "ms.", "dr", "dr.", "minister", "spokesman", "spokeswoman", "spokesperson", "commander",
            "sheikh", "colonel", "col.", "lt.", "maj.", "major", "captain", "capt.", "sgt.", "sergeant", "prime",
            "king", "prince", "emir", "imam", "governor", "gov.", "senator", "sen.", "rep.", "chief", "mullah",
            "ambassador", "secretary", "deputy", "brig.", "brigadier", "lieutenant", "marshal", "warlord", "leader",
            "pope", "saint", "st.", "rev.", "father", "sister", "brother", "professor", "prof.", "judge", "justice");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
            "september", "october", "november", "december");

    private final java.util.function.Predicate<String> placeWords;
    private final Function<String, Set<String>> groupCountries;

    /**
     * @param placeWords the keys of place names that are common English words
     * @param groupCountries the countries where a named armed group fights
     */
    PlaceResolver(java.util.function.Predicate<String> placeWords, Function<String, Set<String>> groupCountries) {
        this.placeWords = placeWords;
        this.groupCountries = groupCountries;
    }

    Result resolve(List<TokenizedSentence> sentences, List<Named> names, List<CountryMention> countryMentions,
            List<ActorMention> actors) {
        Map<String, Double> weight = new HashMap<>();
        // a metonym ("Washington said") names who speaks, seldom where the war is: it weighs little
        for (CountryMention m : countryMentions) {
            weight.merge(m.country().code(), switch (m.via()) {
                case NAME -> 2.0;
                case DEMONYM -> 1.5;
                case METONYM -> 0.3;
            }, Double::sum);
        }
        for (ActorMention a : actors) {
            if (a.countryCode() != null) {
                weight.merge(a.countryCode(), 1.0, Double::sum);
            }
        }
        for (ActorMention a : actors) {
            if (!a.generic() && a.side() == Side.INSURGENT) {
                // a group's countries count a little: "al-Shabaab" says Somalia, weakly
                Set<String> codes = groupCountries.apply(a.canonical());
                if (codes.size() <= 3) {
                    codes.forEach(code -> weight.merge(code, 0.5, Double::sum));
                }
            }
        }
        BitSet headlines = headlines(sentences, names, actors);
        Set<String> divisions = new HashSet<>();
        for (Named n : names) {
            Set<String> codes = new HashSet<>();
            n.places().forEach(p -> codes.add(p.countryCode()));
            if (codes.size() == 1 && n.countryNamed() == null && plausible(sentences, headlines, n, n.places().get(0), weight)) {
                PlaceEntry only = n.places().get(0);
                weight.merge(only.countryCode(), 2.0, Double::sum);
                n.places().stream().filter(p -> p.kind() == PlaceKind.PROVINCE)
                        .forEach(p -> divisions.add(p.countryCode() + "|" + p.name()));
            }
        }
        // the dateline's place, resolved by what the rest says, then counted itself
        Named dateline = dateline(sentences, names);
        if (dateline != null) {
            PlaceEntry at = choose(sentences, dateline, weight, divisions).place();
            weight.merge(at.countryCode(), 3.0, Double::sum);
        }

        List<PlaceMention> places = new ArrayList<>();
        List<CountryMention> countries = new ArrayList<>(countryMentions);
        for (Named n : names) {
            CountryEntry named = n.countryNamed();
            if (named != null && readsAsCountry(named, n, weight)) {
                countries.add(new CountryMention(n.sentence(), n.firstToken(), n.endToken(),
                        sentences.get(n.sentence()).span(n.firstToken(), n.endToken()), n.surface(), named,
                        CountryEntry.Via.NAME));
                weight.merge(named.code(), 3.0, Double::sum);
                continue;
            }
            if (n.places().isEmpty()) {
                continue;
            }
            Choice choice = choose(sentences, n, weight, divisions);
            boolean isDateline = n == dateline;
            if (!isDateline && !plausible(sentences, headlines, n, choice.place(), weight)) {
                continue;
            }
            TokenizedSentence s = sentences.get(n.sentence());
            places.add(new PlaceMention(n.sentence(), n.firstToken(), n.endToken(), s.span(n.firstToken(), n.endToken()),
                    n.surface(), choice.place(), n.places(), n.possessive(), isDateline && n.places().size() > 1
                            && choice.by().equals("population") ? "dateline" : choice.by(), choice.alternatives()));
        }
        // the places as resolved count towards what the document is about, once each
        Set<String> counted = new HashSet<>();
        for (PlaceMention p : places) {
            if (p.candidates().size() > 1 && counted.add(p.place().id())) {
                weight.merge(p.place().countryCode(), 1.0, Double::sum);
            }
        }
        countries.sort(Comparator.comparingInt(CountryMention::sentence).thenComparingInt(CountryMention::firstToken));
        List<CountryWeight> ranked = new ArrayList<>();
        weight.forEach((code, w) -> ranked.add(new CountryWeight(code, w)));
        ranked.sort(Comparator.comparingDouble(CountryWeight::weight).reversed().thenComparing(CountryWeight::code));
        return new Result(places, countries, ranked);
    }

    /** One choice of a place among candidates, how it was made, and the close runners-up. */
    record Choice(PlaceEntry place, String by, List<PlaceEntry> alternatives) {
    }

    Choice choose(List<TokenizedSentence> sentences, Named n, Map<String, Double> weight, Set<String> divisions) {
        List<PlaceEntry> candidates = n.places();
        if (candidates.size() == 1) {
            return new Choice(candidates.get(0), "only", List.of());
        }
        TokenizedSentence s = sentences.get(n.sentence());
        String after = following(s, n.endToken(), 5);
        String kindCue = kindCue(s, n.firstToken(), n.endToken());
        double[] scores = new double[candidates.size()];
        String[] reasons = new String[candidates.size()];
        for (int k = 0; k < candidates.size(); k++) {
            PlaceEntry c = candidates.get(k);
            double score = 0;
            String reason = "population";
            if (!after.isEmpty() && (contains(after, c.country()) || c.province() != null && contains(after, c.province()))) {
                score += 10;
                reason = "sentence";
            }
            if (c.kind() != PlaceKind.PROVINCE && divisions.contains(c.countryCode() + "|" + c.province())) {
                score += 4;
                reason = reason.equals("population") ? "division" : reason;
            }
            double countryWeight = weight.getOrDefault(c.countryCode(), 0.0);
            if (countryWeight > 0) {
                // the document's countries outweigh population: a town of 20,000 in the country a
                // document is about beats a city of a million elsewhere
                score += 3 + Math.min(5, countryWeight);
                reason = reason.equals("population") ? "country" : reason;
            }
            score += Math.log10(Math.max(c.population(), 10)) * 0.8;
            if (c.isNationalCapital()) {
                // a country's capital is the news' place of that name: "send troops to Kabul" in a
                // briefing by the Pentagon is not Cabool, Missouri
                score += 3;
            }
            if (kindCue != null && c.kind().name().equals(kindCue)) {
                score += 20; // "Kandahar province", "the city of Herat"
                reason = "kind";
            } else if (c.kind() == PlaceKind.CITY || c.kind() == PlaceKind.FACILITY || c.kind() == PlaceKind.DISTRICT) {
                score += 0.5; // a place of that name rather than the division named after it
            }
            scores[k] = score;
            reasons[k] = reason;
        }
        int best = 0;
        for (int k = 1; k < candidates.size(); k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        List<PlaceEntry> close = new ArrayList<>();
        for (int k = 0; k < candidates.size() && close.size() < 3; k++) {
            if (k != best && scores[k] >= scores[best] - CLOSE_CALL && !sameCountryDivisionOf(candidates.get(best),
                    candidates.get(k))) {
                close.add(candidates.get(k));
            }
        }
        return new Choice(candidates.get(best), reasons[best], close);
    }

    /** A city and the division named after it, in one country: no real choice between them. */
    private static boolean sameCountryDivisionOf(PlaceEntry a, PlaceEntry b) {
        return a.countryCode() != null && a.countryCode().equals(b.countryCode())
                && (a.kind() == PlaceKind.PROVINCE) != (b.kind() == PlaceKind.PROVINCE);
    }

    /**
     * A country's name that is also a place's reads as the country, unless the document is about
     * the place's country and the place is of note there: a division ("Atlanta, Georgia") or a city
     * of 100,000 — not a village of that name ("send troops to Poland" in a Pentagon briefing).
     */
    private static boolean readsAsCountry(CountryEntry country, Named n, Map<String, Double> weight) {
        double countryWeight = weight.getOrDefault(country.code(), 0.0);
        for (PlaceEntry p : n.places()) {
            boolean ofNote = p.kind() == PlaceKind.PROVINCE || p.population() >= 100_000;
            if (ofNote && weight.getOrDefault(p.countryCode(), 0.0) > countryWeight + 1.5) {
                return false; // "Atlanta, Georgia" in a document about the United States
            }
        }
        return true;
    }

    /** The sentences in headline case, judged on the words that are no name of a group or a place. */
    private BitSet headlines(List<TokenizedSentence> sentences, List<Named> names, List<ActorMention> actors) {
        Map<Integer, BitSet> named = new HashMap<>();
        for (Named n : names) {
            if (!placeWords.test(NameKey.of(n.surface()))) {
                named.computeIfAbsent(n.sentence(), k -> new BitSet()).set(n.firstToken(), n.endToken());
            }
        }
        for (ActorMention a : actors) {
            named.computeIfAbsent(a.sentence(), k -> new BitSet()).set(a.firstToken(), a.endToken());
        }
        BitSet headlines = new BitSet(sentences.size());
        for (TokenizedSentence s : sentences) {
            if (s.inHeadlineCase(named.getOrDefault(s.index(), new BitSet()))) {
                headlines.set(s.index());
            }
        }
        return headlines;
    }

    /**
     * Whether the text uses the name as a place's: see the class comment. Divisions, districts and
     * facilities pass like places.
     */
    private boolean plausible(List<TokenizedSentence> sentences, BitSet headlines, Named n, PlaceEntry place,
            Map<String, Double> weight) {
        TokenizedSentence s = sentences.get(n.sentence());
        String key = NameKey.of(n.surface());
        if (MONTHS.contains(key) && n.endToken() < s.size() && isNumber(s.token(n.endToken()))) {
            return false; // "Aug 21", "March 3": a date
        }
        boolean context = placeContext(s, n.firstToken(), n.endToken());
        if (placeWords.test(key) || MONTHS.contains(key)) {
            // in a headline every word is capitalised: "Key Town Of Gao", "Fighting In Northern Mali"
            return context && !headlines.get(n.sentence());
        }
        if (personName(s, n.firstToken(), n.endToken()) && !context) {
            return false;
        }
        // a name of several words is rarely anything else; a capital, a ranked or curated town is a place of note
        boolean notable = n.endToken() - n.firstToken() > 1 || place.population() >= BIG_CITY
                || place.kind() != PlaceKind.CITY || place.role() != null || place.rank() != null
                || !place.aliases().isEmpty();
        return context || notable || weight.getOrDefault(place.countryCode(), 0.0) > 0;
    }

    /** "in Split", "the town of Nice", "Reading province", "fighting near Of": a place's context. */
    private static boolean placeContext(TokenizedSentence s, int from, int to) {
        int before = from - 1;
        while (before >= 0 && (s.token(before).is("the") || isDirection(s.token(before)))) {
            before--;
        }
        if (before >= 0) {
            String word = s.token(before).norm();
            if (word.equals("of")) {
                return before >= 1 && PLACE_NOUNS_BEFORE_OF.contains(s.token(before - 1).norm());
            }
            if (LOCATIVE_BEFORE.contains(word) || PLACE_VERB_STEMS.stream().anyMatch(word::startsWith)) {
                return true;
            }
        }
        if (to < s.size()) {
            Token next = s.token(to);
            if (PLACE_NOUNS.contains(next.norm()) || next.is(",") && to + 1 < s.size()
                    && s.token(to + 1).isAnyOf("the", "a", "capital", "a town", "which", "where")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDirection(Token t) {
        return t.isAnyOf("northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
                "northeastern", "northwestern", "southeastern", "southwestern", "key", "strategic", "besieged",
                "nearby", "embattled", "coastal", "border", "town", "city");
    }

    /**
     * A person's name: after a title ("President Kirby"), or inside a run of capitalised words
     * that are not at the start of the sentence ("John Kirby said").
     */
    private static boolean personName(TokenizedSentence s, int from, int to) {
        if (from > 0 && TITLES.contains(s.token(from - 1).norm())) {
            return true;
        }
        boolean capitalBefore = from > 1 && s.token(from - 1).isCapitalized() && !s.token(from - 1).is("the")
                && Character.isLetter(s.token(from - 1).text().charAt(0));
        boolean capitalAfter = to < s.size() && s.token(to).isCapitalized()
                && Character.isLetter(s.token(to).text().charAt(0)) && !PLACE_NOUNS.contains(s.token(to).norm());
        return capitalBefore && to - from == 1 || capitalBefore && capitalAfter;
    }

    /**
     * The wire dateline's place: the first name of the document's first sentence, at its start,
     * followed by a comma or dash ("TRIPOLI, March 3 (Reuters) -", "Kabul, Afghanistan -").
     */
    private static Named dateline(List<TokenizedSentence> sentences, List<Named> names) {
        if (names.isEmpty() || sentences.isEmpty()) {
            return null;
        }
        Named first = names.get(0);
        if (first.sentence() > 1 || first.firstToken() != 0 && !(first.firstToken() == 1
                && sentences.get(first.sentence()).token(0).isPunctuation())) {
            return null;
        }
        TokenizedSentence s = sentences.get(first.sentence());
        return first.endToken() < s.size() && s.token(first.endToken()).isAnyOf(",", "-", "--", ":") ? first : null;
    }

    /** "Province" or "City" when the words around the name say which kind it is, else null. */
    private static String kindCue(TokenizedSentence s, int from, int to) {
        String next = to < s.size() ? s.token(to).norm() : "";
        String before = from >= 2 ? s.token(from - 2).norm() + " " + s.token(from - 1).norm() : "";
        if (next.equals("province") || next.equals("provinces") || next.equals("governorate") || next.equals("oblast")
                || next.equals("state") || before.equals("province of") || before.equals("governorate of")) {
            return "PROVINCE";
        }
        if (next.equals("city") || next.equals("town") || before.equals("city of") || before.equals("town of")
                || before.equals("village of")) {
            return "CITY";
        }
        if (next.equals("district") || before.equals("district of")) {
            return "DISTRICT";
        }
        return null;
    }

    /** The lower-case text of the few tokens after a name, for "Tripoli, Lebanon" or "Victoria in British Columbia". */
    private static String following(TokenizedSentence s, int to, int reach) {
        StringBuilder out = new StringBuilder();
        for (int k = to; k < Math.min(s.size(), to + reach); k++) {
            if (s.token(k).isAnyOf(".", ";", "\"")) {
                break;
            }
            out.append(' ').append(s.token(k).norm());
        }
        return out.append(' ').toString();
    }

    private static boolean contains(String text, String name) {
        return name != null && !name.isBlank() && text.contains(" " + name.toLowerCase(java.util.Locale.ROOT) + " ");
    }

    private static boolean isNumber(Token t) {
        return !t.norm().isEmpty() && Character.isDigit(t.norm().charAt(0));
    }

}
