package org.factquery.extraction.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.DataFiles;
import org.factquery.extraction.TextNormalizer;

/**
 * The words that name the parties of a war, from {@code lexicon/armed-groups.tsv} (armed groups,
 * named state forces, mercenaries and international missions, with their aliases and the
 * countries where they fight) and {@code lexicon/descriptors.tsv} (generic words such as
 * "rebels" and "the army", and the nouns that make a country's name a state actor: "Libyan
 * forces"). Nothing here knows which war a document is about: generic words are resolved per
 * document by {@link ActorResolver}.
 */
public final class ActorLexicon {

    public static final String GROUPS_FILE = "/lexicon/armed-groups.tsv";
    public static final String DESCRIPTORS_FILE = "/lexicon/descriptors.tsv";
    /** The suffix of the actor a state's forces and institutions make: "Libyan government". */
    public static final String GOVERNMENT_SUFFIX = " government";

    /** What a named actor is. */
    public enum Kind {
        ARMED_GROUP, STATE_FORCE, MERCENARY, INTERNATIONAL;

        Side side() {
            return switch (this) {
                case ARMED_GROUP, MERCENARY -> Side.INSURGENT;
                case STATE_FORCE -> Side.GOVERNMENT;
                case INTERNATIONAL -> Side.OTHER;
            };
        }
    }

    /** A named actor: its canonical name, kind and the countries where it fights (ISO 3166 alpha-2). */
    public record Group(String canonical, Kind kind, Set<String> countries) {
    }

    /**
     * A phrase of the lexicon: its lower-case words and either the group it names, or (for a
     * generic word) the side it stands for. {@code acronym}: written in capitals in the lexicon,
     * so only matched in capitals.
     */
    public record Phrase(List<String> words, Group group, Side generic, boolean acronym) {

        public boolean isGeneric() {
            return group == null;
        }
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<List<String>> stateNouns;
    private final Map<String, List<List<String>>> stateNounsByFirstWord = new HashMap<>();
    private final Set<String> organisationHeads;
    private final Set<String> unitsAfterName;
    private int longest = 1;

    public ActorLexicon(List<Phrase> phrases, List<List<String>> stateNouns) {
        this(phrases, stateNouns, Set.of(), Set.of());
    }

    public ActorLexicon(List<Phrase> phrases, List<List<String>> stateNouns, Set<String> organisationHeads,
            Set<String> unitsAfterName) {
        this.organisationHeads = Set.copyOf(organisationHeads);
        this.unitsAfterName = Set.copyOf(unitsAfterName);
        for (Phrase phrase : phrases) {
            byFirstWord.computeIfAbsent(firstPiece(phrase.words().get(0)), k -> new ArrayList<>()).add(phrase);
            if (phrase.group() != null) {
                groups.putIfAbsent(phrase.group().canonical(), phrase.group());
            }
            longest = Math.max(longest, phrase.words().size());
        }
        // longest phrases first, so "Sudan People's Liberation Army-North" wins over shorter names
        byFirstWord.values().forEach(list -> list.sort((a, b) -> joined(b).length() - joined(a).length()));
        List<List<String>> nouns = new ArrayList<>(stateNouns);
        nouns.sort((a, b) -> b.size() - a.size());
        this.stateNouns = List.copyOf(nouns);
        this.stateNouns.forEach(n -> stateNounsByFirstWord.computeIfAbsent(n.get(0), k -> new ArrayList<>()).add(n));
    }

    public static ActorLexicon load() {
        List<Phrase> phrases = new ArrayList<>();
        for (String[] row : DataFiles.rows(GROUPS_FILE, 5)) {
            Group group = new Group(row[0], Kind.valueOf(row[1]), Set.copyOf(DataFiles.values(row[2])));
            phrases.add(new Phrase(words(row[0]), group, null, isAcronym(row[0])));
            for (String alias : DataFiles.values(row[3])) {
                phrases.add(new Phrase(words(alias), group, null, isAcronym(alias)));
            }
        }
        List<List<String>> stateNouns = new ArrayList<>();
        Set<String> heads = new java.util.HashSet<>();
        Set<String> units = new java.util.HashSet<>();
        for (String[] row : DataFiles.rows(DESCRIPTORS_FILE, 2)) {
            switch (row[0]) {
                case "ARMED_GROUP" -> DataFiles.values(row[1])
                        .forEach(p -> phrases.add(new Phrase(words(p), null, Side.INSURGENT, false)));
                case "GOVERNMENT" -> DataFiles.values(row[1])
                        .forEach(p -> phrases.add(new Phrase(words(p), null, Side.GOVERNMENT, false)));
                case "STATE_NOUN" -> DataFiles.values(row[1]).forEach(p -> stateNouns.add(words(p)));
                case "ORG_HEAD" -> heads.addAll(DataFiles.values(row[1]));
                case "UNIT_AFTER_NAME" -> units.addAll(DataFiles.values(row[1]));
                default -> throw new IllegalStateException(DESCRIPTORS_FILE + ": unknown role " + row[0]);
            }
        }
        return new ActorLexicon(phrases, stateNouns, heads, units);
    }

    /** Lower-case words of a phrase as tokens are compared: "al-Qaeda" is one word, "the group" two. */
    public static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        for (String w : TextNormalizer.normalize(phrase).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** Two to six letters, all capitals ("HTS", "RSF", "AA"): matched only as written. */
    static boolean isAcronym(String phrase) {
        return TextNormalizer.isAcronym(phrase, 6);
    }

    /**
     * The phrases whose first word begins like this word, longest first. Words are compared by
     * their first hyphen-separated piece, since a tokenizer may split "al-Shabaab" into three tokens.
     */
    public List<Phrase> startingWith(String word) {
        return byFirstWord.getOrDefault(firstPiece(word), List.of());
    }

    /** "al" of "al-shabaab": what phrases are indexed by. */
    static String firstPiece(String word) {
        int hyphen = indexOfHyphen(word);
        return hyphen > 0 ? word.substring(0, hyphen) : word;
    }

    /** A word without its hyphens: "alshabaab". Tokens and phrase words are compared so. */
    public static String withoutHyphens(String word) {
        return word.indexOf('-') < 0 && word.indexOf('\u2010') < 0 && word.indexOf('\u2011') < 0 ? word
                : word.replace("-", "").replace("\u2010", "").replace("\u2011", "");
    }

    private static int indexOfHyphen(String word) {
        for (int i = 0; i < word.length(); i++) {
            char ch = word.charAt(i);
            if (ch == '-' || ch == '\u2010' || ch == '\u2011') {
                return i;
            }
        }
        return -1;
    }

    private static String joined(Phrase phrase) {
        return String.join(" ", phrase.words());
    }

    /** Whether a capitalised word heads the name of an armed group ("Coalition", "Front"). */
    public boolean isOrganisationHead(String word) {
        return organisationHeads.contains(word);
    }

    /** Whether a lower-case word after a name makes an armed unit of it ("the Misrata brigades"). */
    public boolean isUnitAfterName(String word) {
        return unitsAfterName.contains(word);
    }

    /** The nouns that follow a country's name or demonym to make its state an actor, longest first. */
    public List<List<String>> stateNouns() {
        return stateNouns;
    }

    /** The state nouns whose first word is this one, longest first. */
    public List<List<String>> stateNounsStartingWith(String word) {
        return stateNounsByFirstWord.getOrDefault(word, List.of());
    }

    /**
     * The named actor a phrase names on its own ("the taliban", "RSF", "Hayat Tahrir al-Sham");
     * empty for a generic word or a phrase that is not in the lexicon.
     */
    public Optional<String> canonical(String phrase) {
        return canonicals(phrase).stream().findFirst();
    }

    /**
     * Every named actor a phrase may name, in the lexicon's order: an alias can be two groups'
     * ("al-Shabaab" in Somalia and in Mozambique); empty for a generic word or an unknown phrase.
     */
    public List<String> canonicals(String phrase) {
        List<String> words = words(phrase);
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return List.of();
        }
        List<String> key = words.stream().map(ActorLexicon::withoutHyphens).toList();
        return startingWith(words.get(0)).stream()
                .filter(p -> !p.isGeneric() && p.words().stream().map(ActorLexicon::withoutHyphens).toList().equals(key))
                .map(p -> p.group().canonical()).distinct().toList();
    }

    /** The named actors, in the lexicon's order. */
    public List<String> actors() {
        return List.copyOf(groups.keySet());
    }

    public Optional<Group> group(String canonical) {
        return Optional.ofNullable(groups.get(canonical));
    }

    /** The side of a canonical actor: a named one's, or GOVERNMENT for "<demonym> government". */
    public Optional<Side> side(String canonical) {
        if (canonical == null) {
            return Optional.empty();
        }
        Group group = groups.get(canonical);
        if (group != null) {
            return Optional.of(group.kind().side());
        }
        return canonical.endsWith(GOVERNMENT_SUFFIX) ? Optional.of(Side.GOVERNMENT) : Optional.empty();
    }

    public int longestPhrase() {
        return longest;
    }
}
