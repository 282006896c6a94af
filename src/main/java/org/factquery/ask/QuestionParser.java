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
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.factquery.extraction.gazetteer.PlaceEntry;
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
            "Who controls <city>? (also: who holds / who is in control of / what is the status of <city>)",
            "Has <city> fallen? (also: did <city> fall / has the Taliban taken <city> / is <city> under Taliban control)",
            "When did <city> fall? (also: when was <city> captured / when did the Taliban take <city>)",
            "How many troops is <country> sending? (also: ... sending to <place> / how many British soldiers ...)",
            "Where is <country> sending troops?",
            "Why is <country> sending troops? (also: what are <country>'s troops for)",
            "How many provincial capitals has the Taliban captured? (also: how many capitals have fallen)",
            "Which cities has the Taliban captured? (also: which cities does the government hold / "
                    + "which cities are contested / what cities have fallen)",
            "Where do reports disagree about <city>? (also: what do reports disagree on / conflicting reports)");

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String TAKE = "(?:fall|falls|fell|fallen|captur\\w*|tak(?:e|en|es|ing)|took|seiz\\w*"
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
            Pattern.compile("^(?:has|have|had|did|is|was)\\s+(?:the\\s+)?(?:taliban|government|\\w+)\\s+"
                    + "(?:taken|captured|seized|take|capture|seize|overrun|overran|conquered|conquer)\\s+(?<p>.+)$", FLAGS),
            Pattern.compile("^(?:has|have|had|did|is|was)\\s+(?<p>.+?)\\s+(?:been\\s+|already\\s+|finally\\s+)?"
                    + "(?:" + TAKE + "|under\\b.*|in\\s+the\\s+hands\\b.*|still\\b.*)$", FLAGS),
            Pattern.compile("^when\\s+(?:did|was|were|had)\\s+(?:the\\s+)?(?:taliban|government|\\w+)\\s+"
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
        List<Mention> mentions = mentions(q);
        if (DISAGREE.matcher(q).find()) {
            return Optional.of(new Disagreements(city(mentions).orElseGet(() -> disputedAsWritten(q))));
        }
        if (CAPITALS.matcher(q).find()) {
            return Optional.of(new CapitalsTaken());
        }
        if (TROOPS.matcher(q).find() || FORCES_SENT.matcher(q).find()) {
            return troops(q, mentions);
        }
        if (CITY_LIST.matcher(q).find() && city(mentions).isEmpty()) {
            Holding holding = CONTESTED.matcher(q).find() ? Holding.CONTESTED
                    : HOLD.matcher(q).find() ? Holding.CONTROLLED
                    : TAKEN.matcher(q).find() ? Holding.CAPTURED : null;
            return holding == null ? Optional.empty() : Optional.of(new CityList(actor(q), holding));
        }
        CityAspect aspect = WHEN.matcher(q).find() && TAKEN.matcher(q).find() ? CityAspect.WHEN_FELL
                : YES_NO.matcher(q).find() && (TAKEN.matcher(q).find() || HOLD.matcher(q).find()
                        || q.toLowerCase(Locale.ROOT).contains(" under ")) ? CityAspect.HAS_FALLEN
                : WHO.matcher(q).find() ? CityAspect.WHO_CONTROLS : null;
        if (aspect == null) {
            return Optional.empty();
        }
        List<String> cities = cities(mentions);
        if (!cities.isEmpty()) {
            return Optional.of(new AboutCity(cities, aspect)); // "Who controls Kabul and Kandahar?" asks of both
        }
        return city(mentions).or(() -> placeAsWritten(q)).map(c -> new AboutCity(c, aspect));
    }

    private Optional<Question> troops(String q, List<Mention> mentions) {
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
        String sender = null;
        String destination = null;
        for (Mention m : mentions) {
            if (m.destination() && destination == null) {
                destination = m.name();
            } else if (!m.destination() && m.country() && sender == null) {
                sender = m.name();
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

    /** A place, country or city named in the question, and whether it follows "to"/"into" (a destination). */
    private record Mention(String name, boolean city, boolean country, boolean destination) {
    }

    /** Every gazetteer name in the question, longest first at each position. */
    private List<Mention> mentions(String q) {
        List<String> words = new ArrayList<>();
        for (String w : q.split(" ")) {
            String word = w.replaceAll("^[\\p{Punct}]+|[\\p{Punct}&&[^.]]+$|(?<=\\p{L}{2})\\.$", "");
            words.add(word.replaceAll("'s$", ""));
        }
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(gazetteer.longestAliasWords(), words.size() - i); n >= 1; n--) {
                String surface = String.join(" ", words.subList(i, i + n));
                Optional<Gazetteer.Entries> entries = gazetteer.lookup(Gazetteer.key(surface));
                if (entries.isEmpty() || entries.get().acronymOnly() && !surface.equals(surface.toUpperCase(Locale.ROOT))) {
                    continue;
                }
                boolean destination = i > 0 && DESTINATION_WORDS.contains(words.get(i - 1).toLowerCase(Locale.ROOT));
                Gazetteer.Entries e = entries.get();
                Optional<PlaceEntry> city = e.places().stream().filter(p -> p.kind() == PlaceKind.CITY).findFirst();
                if (!e.countries().isEmpty()) {
                    found.add(new Mention(e.countries().get(0).name(), false, true, destination));
                } else if (city.isPresent()) {
                    found.add(new Mention(city.get().name(), true, false, destination));
                } else if (!e.places().isEmpty()) {
                    found.add(new Mention(e.places().get(0).name(), false, false, destination));
                }
                i += n - 1;
                break;
            }
        }
        return found;
    }

    /** Every city the question names, in order, each once. */
    private static List<String> cities(List<Mention> mentions) {
        return mentions.stream().filter(Mention::city).map(Mention::name).distinct().toList();
    }

    /** The city the question names; a province or other place is passed on to be answered as such. */
    private static Optional<String> city(List<Mention> mentions) {
        return mentions.stream().filter(Mention::city).map(Mention::name).findFirst()
                .or(() -> mentions.stream().filter(m -> !m.country()).map(Mention::name).findFirst());
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

    /** The actor the question names, longest phrase first; null when it names none. */
    private String actor(String q) {
        List<String> words = ActorLexicon.words(q.replaceAll("[\\p{Punct}&&[^-]]", " "));
        for (int i = 0; i < words.size(); i++) {
            for (int n = Math.min(actors.longestPhrase(), words.size() - i); n >= 1; n--) {
                Optional<String> actor = actors.canonical(String.join(" ", words.subList(i, i + n)));
                if (actor.isPresent()) {
                    return actor.get();
                }
            }
        }
        return null;
    }
}
