package org.factquery.extraction.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.factquery.extraction.DataFiles;
import org.factquery.extraction.TextNormalizer;

/** The phrases that name the parties, loaded from {@code lexicon/actors.tsv}. */
public final class ActorLexicon {

    public static final String FILE = "/lexicon/actors.tsv";

    /** A phrase: its words, the actor it names and whether it only names it when the actor is the topic. */
    public record Phrase(List<String> words, String canonical, Side side, boolean topicOnly) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, Side> sides = new java.util.LinkedHashMap<>();
    private int longest = 1;

    public ActorLexicon(List<Phrase> phrases) {
        for (Phrase phrase : phrases) {
            byFirstWord.computeIfAbsent(phrase.words().get(0), k -> new ArrayList<>()).add(phrase);
            sides.putIfAbsent(phrase.canonical(), phrase.side());
            longest = Math.max(longest, phrase.words().size());
        }
        // longest phrases first, so "Afghan security forces" wins over "security forces"
        byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    }

    public static ActorLexicon load() {
        List<Phrase> phrases = new ArrayList<>();
        for (String[] row : DataFiles.rows(FILE, 4)) {
            Side side = Side.valueOf(row[1]);
            boolean topicOnly = "yes".equals(row[2]);
            for (String phrase : DataFiles.values(row[3])) {
                phrases.add(new Phrase(words(phrase), row[0], side, topicOnly));
            }
        }
        return new ActorLexicon(phrases);
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

    public List<Phrase> startingWith(String word) {
        return byFirstWord.getOrDefault(word, List.of());
    }

    /**
     * The actor a phrase names on its own ("the taliban", "Afghan forces", "Taliban"), compared as
     * tokens are; empty for a phrase that is not in the lexicon.
     */
    public Optional<String> canonical(String phrase) {
        List<String> words = words(phrase);
        if (!words.isEmpty() && words.get(0).equals("the") && words.size() > 1
                && startingWith(words.get(0)).stream().noneMatch(p -> p.words().equals(words))) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (String actor : sides.keySet()) {
            if (words(actor).equals(words)) {
                return Optional.of(actor);
            }
        }
        return startingWith(words.get(0)).stream().filter(p -> p.words().equals(words)).map(Phrase::canonical)
                .findFirst();
    }

    /** The canonical actor names, in the lexicon's order. */
    public List<String> actors() {
        return List.copyOf(sides.keySet());
    }

    public Optional<Side> side(String canonical) {
        return Optional.ofNullable(sides.get(canonical));
    }

    /** The first actor of a side in the lexicon's order, e.g. the government that holds what is not captured. */
    public Optional<String> first(Side side) {
        return sides.entrySet().stream().filter(e -> e.getValue() == side).map(Map.Entry::getKey).findFirst();
    }

    public int longestPhrase() {
        return longest;
    }
}
