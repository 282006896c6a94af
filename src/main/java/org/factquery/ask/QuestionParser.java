package org.factquery.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factquery.ask.Question.AboutCity;
import org.factquery.ask.Question.AboutTroops;
import org.factquery.ask.Question.CapitalsTaken;
import org.factquery.ask.Question.CityAspect;
import org.factquery.ask.Question.CityList;
import org.factquery.ask.Question.Disagreements;
import org.factquery.ask.Question.Holding;
import org.factquery.ask.Question.TroopAspect;
import org.factquery.extraction.TextNormalizer;
import org.factquery.ask.Question.Party;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.actor.ActorResolver;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.CountryEntry.Via;
import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * Maps an English question to a structured query. The intent is read from the question's
 * wording (question word, verb, "troops", "disagree" ...); places, countries and actors are
 * found with the same gazetteer and actor lexicon the extraction uses, so every spelling
 * variant and alias works. A name it does not know is passed on as written, so the answer can
 * say which names are close. Pure.
 */
public final class QuestionParser {

    /** The forms understood, as a 422 problem and the README list them. */
    public static final List<String> FORMS = List.of(
            "Who controls <city>? (also: who holds / who is in control of / what is the status of <city>; "
                    + "<city> in <country> when the name is shared)",
            "Has <city> fallen? (also: did <city> fall / has <actor> taken <city> / is <city> under <actor> control)",
            "When did <city> fall? (also: when was <city> captured / when did <actor> take <city>)",
            "How many troops is <country> sending? (also: ... sending to <place> / how many British soldiers ...)",
            "Where is <country> sending troops?",
            "How many troops is <country> sending in total?",
            "Where is <country> staging troops? (also: ... keeping troops on standby)",
            "Why is <country> sending troops? (also: what are <country>'s troops for)",
            "How many provincial capitals has <actor> captured? (also: how many capitals have fallen)",
            "Which towns has <actor> captured? (also: which cities does the government hold / "
                    + "which cities are contested / what cities have fallen)",
            "Where do reports disagree about <city>? (also: what do reports disagree on / conflicting reports)");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TAKE = "(?:fall|falls|fell|fallen|(?:re)?captur\\w*|(?:re)?tak(?:e|en|es|ing)|(?:re)?took"
            + "|seiz\\w*|liberat\\w*|regain\\w*"
            + "|overr[au]n\\w*|conquer\\w*|los[et]|surrender\\w*)";
    private static final Pattern DISAGREE = Pattern.compile(
            "\\b(?:disagree\\w*|conflict\\w*|contradict\\w*|disput\\w*|differ\\w*|inconsistent|discrepan\\w*)\\b", FLAGS);
    private static final Pattern DISAGREE_ABOUT = Pattern.compile(
            "\\b(?:about|on|over|regarding|concerning|for|in)\\s+(?<p>.+)$", FLAGS);
    private static final Pattern TROOPS = Pattern.compile(
            "\\b(?:troops?|soldiers?|marines|personnel|servicemen|service\\s+members|deploy\\w*|reinforcements)\\b",
            FLAGS);
    /** "forces" is about troops only with a verb of sending: "Taliban forces hold X" is about a city. */
    private static final Pattern FORCES_SENT = Pattern.compile(
            "\\bforces\\b.*\\b(?:send\\w*|sent|deploy\\w*|dispatch\\w*|going|head\\w*)\\b"
                    + "|\\b(?:send\\w*|sent|deploy\\w*|dispatch\\w*)\\b.*\\bforces\\b", FLAGS);
    private static final Pattern SENDER = Pattern.compile(
            "\\b(?:is|are|will|has|have|did|does|do|was|were)\\s+(?<who>.+?)\\s+(?:be\\s+)?(?:send\\w*|sent|deploy\\w*"
                    + "|dispatch\\w*)\\b", FLAGS);
    private static final Pattern CAPITALS = Pattern.compile(
            "^how\\s+many\\b.*\\b(?:provincial\\s+capitals?|capitals|provincial\\s+centers|provinces)\\b", FLAGS);
    private static final Pattern CITY_LIST = Pattern.compile(
            "^(?:which|what|list|name|show)\\b.*\\b(?:cities|capitals|towns|places)\\b", FLAGS);
    private static final Pattern CONTESTED = Pattern.compile(
            "\\b(?:contested|disputed|under\\s+(?:attack|siege)|besieged|fighting|battle)\\b", FLAGS);
    private static final Pattern HOLD = Pattern.compile(
            "\\b(?:holds?|held|holding|controls?|controlled|controlling|in\\s+control|in\\s+the\\s+hands)\\b", FLAGS);
    private static final Pattern TAKEN = Pattern.compile("\\b" + TAKE + "\\b", FLAGS);
    private static final Pattern WHEN = Pattern.compile("^when\\b", FLAGS);
    private static final Pattern YES_NO = Pattern.compile("^(?:has|have|had|did|does|is|was|are)\\b", FLAGS);
    private static final Pattern WHO = Pattern.compile(
            "^(?:who|which\\s+(?:side|group|party|faction|force)|what\\s+is\\s+the\\s+(?:status|situation)"
                    + "|what's\\s+the\\s+(?:status|situation)|status\\s+of|situation\\s+in)\\b"
                    + "|\\b(?:in\\s+control\\s+of|in\\s+charge\\s+of|controls|holds)\\b", FLAGS);
    /** The place as written, for a name the gazetteer does not know: what follows the verb. */
    private static final List<Pattern> PLACE_AS_WRITTEN = List.of(
            Pattern.compile("^(?:has|have|had|did|is|was)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?"
                    + "(?:taken|captured|seized|take|capture|seize|overrun|overran|conquered|conquer)\\s+(?<p>.+)$", FLAGS),
            Pattern.compile("^(?:has|have|had|did|is|was)\\s+(?<p>.+?)\\s+(?:been\\s+|already\\s+|finally\\s+)?"
                    + "(?:" + TAKE + "|under\\b.*|in\\s+the\\s+hands\\b.*|still\\b.*)$", FLAGS),
            Pattern.compile("^when\\s+(?:did|was|were|had)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,3}?"
                    + "(?:take|capture|seize|conquer|overrun)\\s+(?<p>.+)$", FLAGS),
            Pattern.compile("^when\\s+(?:did|was|were|had)\\s+(?<p>.+?)\\s+(?:been\\s+)?" + TAKE + "\\b.*$", FLAGS),
            Pattern.compile("\\b(?:controls|holds|runs|rules|took|captured|seized|in\\s+control\\s+of"
                    + "|in\\s+charge\\s+of|status\\s+of|situation\\s+in|control\\s+of)\\s+(?<p>.+)$", FLAGS));
    private static final Set<String> DESTINATION_WORDS = Set.of("to", "into", "in", "toward", "towards");
    private static final Set<String> NOT_A_SENDER = Set.of("being", "going", "there", "they", "it", "we", "you");

    private final Gazetteer gazetteer;
    private final ActorLexicon actors;

    public QuestionParser(Gazetteer gazetteer, ActorLexicon actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    /** The structured query the question maps to, or empty when it is none of the {@link #FORMS}. */
    public Optional<Question> parse(String question) {
        String q = TextNormalizer.normalize(question).strip().replaceAll("\\s+", " ")
                .replaceAll("[?!.\\s]+$", "");
        if (q.isEmpty()) {
            return Optional.empty();
        }
        Scan scan = scan(q);
        if (DISAGREE.matcher(q).find()) {
            return Optional.of(new Disagreements(city(scan.places()).orElseGet(() -> disputedAsWritten(q))));
        }
        if (CAPITALS.matcher(q).find()) {
            return Optional.of(new CapitalsTaken(scan.party()));
        }
        if (TROOPS.matcher(q).find() || FORCES_SENT.matcher(q).find()) {
            return troops(q, scan);
        }
        if (CITY_LIST.matcher(q).find() && city(scan.places()).isEmpty()) {
            Holding holding = CONTESTED.matcher(q).find() ? Holding.CONTESTED
                    : HOLD.matcher(q).find() ? Holding.CONTROLLED
                    : TAKEN.matcher(q).find() ? Holding.CAPTURED : null;
            return holding == null ? Optional.empty() : Optional.of(new CityList(scan.party(), holding));
        }
        CityAspect aspect = WHEN.matcher(q).find() && TAKEN.matcher(q).find() ? CityAspect.WHEN_FELL
                : YES_NO.matcher(q).find() && (TAKEN.matcher(q).find() || HOLD.matcher(q).find()
                        || q.toLowerCase(Locale.ROOT).contains(" under ")) ? CityAspect.HAS_FALLEN
                : WHO.matcher(q).find() ? CityAspect.WHO_CONTROLS : null;
        if (aspect == null) {
            return Optional.empty();
        }
        String country = narrowingCountry(scan.places());
        List<String> cities = scan.places().stream().filter(PlaceMention::isCity).map(PlaceMention::surface)
                .distinct().toList();
        if (!cities.isEmpty()) {
            return Optional.of(new AboutCity(cities, aspect, country)); // "Who controls Sirte and Misrata?" asks of both
        }
        return city(scan.places()).or(() -> placeAsWritten(q)).map(c -> new AboutCity(List.of(c), aspect, country));
    }

    /** A country named by name after a city ("Tripoli in Lebanon", "Tripoli, Libya"): the city is in it. */
    private static String narrowingCountry(List<PlaceMention> places) {
        boolean afterCity = false;
        for (PlaceMention m : places) {
            if (afterCity && m.country() != null && m.via() == Via.NAME && !m.isCity()) {
                return m.country();
            }
            afterCity |= m.isCity();
        }
        return null;
    }

    private Optional<Question> troops(String q, Scan scan) {
        String lower = q.toLowerCase(Locale.ROOT);
        TroopAspect aspect = lower.startsWith("how many") || lower.startsWith("how much") ? TroopAspect.HOW_MANY
                : lower.startsWith("where") || lower.startsWith("to where") || lower.startsWith("to which")
                        ? TroopAspect.WHERE
                : lower.startsWith("why") || lower.contains("purpose") || lower.contains("reason")
                        || lower.startsWith("what for") || lower.matches("^what (?:are|is|were) .+ for$")
                        ? TroopAspect.WHY
                : YES_NO.matcher(q).find() ? TroopAspect.HOW_MANY : null;
        if (aspect == null) {
            return Optional.empty();
        }
        if (aspect == TroopAspect.HOW_MANY && lower.matches(".*\\b(?:in total|total|in all|altogether)\\b.*")) {
            aspect = TroopAspect.TOTAL;
        }
        if (aspect == TroopAspect.WHERE && lower.matches(".*\\b(?:stag\\w*|standby|stand by|stand-by|pre-?position\\w*)\\b.*")) {
            aspect = TroopAspect.STAGING;
        }
        String sender = null;
        String destination = null;
        for (PlaceMention m : scan.places()) {
            if (m.destination() && destination == null) {
                destination = m.isCity() || m.country() == null ? m.surface() : m.country();
            } else if (!m.destination() && m.sender() != null && sender == null) {
                sender = m.sender();
            }
        }
        if (sender == null) {
            Matcher who = SENDER.matcher(q);
            if (who.find()) {
                String phrase = who.group("who").replaceFirst("(?i)^the\\s+", "").strip();
                if (!NOT_A_SENDER.contains(phrase.toLowerCase(Locale.ROOT)) && !TROOPS.matcher(phrase).find()) {
                    sender = phrase;
                }
            }
        }
        return Optional.of(new AboutTroops(sender, destination, aspect));
    }

    /**
     * A place or country named in the question: the name as asked, whether it names a city, the
     * country it names (by name, demonym or metonym: "Washington", "the Kremlin"), and whether it
     * follows "to"/"into" (a destination).
     */
    private record PlaceMention(String surface, boolean isCity, String country, Via via, boolean destination) {

        /** The country a mention names as a sender of troops: by name or demonym, or by metonym when no city. */
        String sender() {
            return country == null || via == Via.METONYM && isCity ? null : country;
        }
    }

    /** What the question names: places and countries in order, and the party it asks about (null: none). */
    private record Scan(List<PlaceMention> places, Party party) {
    }

    /**
     * The places, countries and actors the question names, longest phrase first at each word: an
     * actor phrase of the lexicon ("al-Shabaab", "the rebels", "the army"), a country with a state
     * noun ("the Somali army": that state), or a gazetteer name.
     */
    private Scan scan(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.split(" ")) {
            String word = w.replaceAll("^[\\p{Punct}&&[^']]+|[\\p{Punct}&&[^.]]+$|(?<=\\p{L}{2})\\.$", "");
            words.add(word.replaceAll("'s$", ""));
        }
        List<PlaceMention> places = new ArrayList<>();
        Party party = null;
        for (int i = 0; i < words.size(); i++) {
            ActorLexicon.Phrase phrase = actorPhraseAt(words, i);
            if (phrase != null) {
                if (party == null || !party.isNamed() && !phrase.isGeneric()) {
                    party = phrase.isGeneric() ? Party.generic(phrase.generic()) : Party.named(groupsNamed(phrase));
                }
                i += phrase.words().size() - 1;
                continue;
            }
            int matched = 0;
            for (int n = Math.min(gazetteer.longestAliasWords(), words.size() - i); n >= 1 && matched == 0; n--) {
                String surface = String.join(" ", words.subList(i, i + n));
                Optional<PlaceMention> mention = placeMention(surface, i, words);
                if (mention.isEmpty()) {
                    continue;
                }
                matched = n;
                PlaceMention m = mention.get();
                int noun = m.via() != Via.METONYM && m.country() != null ? stateNounEnd(words, i + n) : -1;
                places.add(m);
                if (noun > 0) { // "the Somali army", "Libyan forces": that state, as party and as sender
                    matched = noun - i;
                    if (party == null || !party.isNamed()) {
                        party = gazetteer.country(m.country()).map(c -> Party.named(ActorResolver.governmentOf(c)))
                                .orElse(party);
                    }
                }
            }
            i += Math.max(matched, 1) - 1;
        }
        return new Scan(places, party);
    }

    /** The actor phrase of the lexicon starting at word i, longest first; null when none. */
    private ActorLexicon.Phrase actorPhraseAt(List<String> words, int i) {
        for (ActorLexicon.Phrase phrase : actors.startingWith(words.get(i).toLowerCase(Locale.ROOT))) {
            List<String> want = phrase.words();
            if (i + want.size() > words.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 0; k < want.size() && all; k++) {
                String word = words.get(i + k);
                all = word.toLowerCase(Locale.ROOT).equals(want.get(k))
                        && (!phrase.acronym() || word.equals(word.toUpperCase(Locale.ROOT)));
            }
            if (all) {
                return phrase;
            }
        }
        return null;
    }

    /** Every group a phrase's words name: an alias may be shared by groups of different wars. */
    private List<String> groupsNamed(ActorLexicon.Phrase phrase) {
        return actors.startingWith(phrase.words().get(0)).stream()
                .filter(p -> !p.isGeneric() && p.words().equals(phrase.words()))
                .map(p -> p.group().canonical()).distinct().toList();
    }

    /** The end of a state noun ("army", "armed forces") starting at word i, or -1. */
    private int stateNounEnd(List<String> words, int i) {
        for (List<String> noun : actors.stateNouns()) {
            if (i + noun.size() <= words.size() && words.subList(i, i + noun.size()).stream()
                    .map(w -> w.toLowerCase(Locale.ROOT)).toList().equals(noun)) {
                return i + noun.size();
            }
        }
        return -1;
    }

    private Optional<PlaceMention> placeMention(String surface, int at, List<String> words) {
        String key = Gazetteer.key(surface);
        if (gazetteer.isPlaceWord(key) && (at == 0 || !Character.isUpperCase(surface.charAt(0)))) {
            return Optional.empty(); // "is", "of", "who": words of the question, though places somewhere bear them
        }
        Optional<Gazetteer.Entries> found = gazetteer.lookup(key);
        if (found.isEmpty() || found.get().acronymOnly() && !surface.equals(surface.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Gazetteer.Entries e = found.get();
        boolean destination = at > 0 && DESTINATION_WORDS.contains(words.get(at - 1).toLowerCase(Locale.ROOT));
        boolean city = e.places().stream().anyMatch(p -> p.kind() == PlaceKind.CITY);
        String country = e.countries().isEmpty() ? null : e.countries().get(0).name();
        Via via = e.vias().isEmpty() ? null : e.vias().get(0);
        if (country != null && via != Via.METONYM) {
            return Optional.of(new PlaceMention(surface, false, country, via, destination));
        }
        if (city || !e.places().isEmpty()) {
            return Optional.of(new PlaceMention(surface, city, country, via, destination));
        }
        return country == null ? Optional.empty() : Optional.of(new PlaceMention(surface, false, country, via, destination));
    }

    /** The city the question names; a province or other place is passed on to be answered as such. */
    private static Optional<String> city(List<PlaceMention> mentions) {
        return mentions.stream().filter(PlaceMention::isCity).map(PlaceMention::surface).findFirst()
                .or(() -> mentions.stream().filter(m -> m.country() == null || m.via() == Via.METONYM)
                        .map(PlaceMention::surface).findFirst());
    }

    private static Optional<String> placeAsWritten(String q) {
        for (Pattern p : PLACE_AS_WRITTEN) {
            Matcher m = p.matcher(q);
            if (m.find()) {
                String place = m.group("p").replaceFirst("(?i)^(?:the\\s+)?(?:city\\s+of\\s+)?", "")
                        .replaceFirst("(?i)\\s+(?:now|currently|today|yet|already|still|right now|city)$", "").strip();
                if (!place.isEmpty()) {
                    return Optional.of(place);
                }
            }
        }
        return Optional.empty();
    }

    /** For "where do reports disagree about X": X when it names no known city, else null (all disputes). */
    private static String disputedAsWritten(String q) {
        Matcher m = DISAGREE_ABOUT.matcher(q);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group("p").replaceFirst("(?i)^the\\s+", "").strip();
        return phrase.isEmpty() || phrase.matches("(?i)(?:each other|one another|what|anything|it|this|that)")
                ? null : phrase;
    }
}
