package org.factquery.ask;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.factquery.extraction.DataFiles;

/**
 * Which country names English gives "the": those holding a word such as "United" or "Republic",
 * and a few others by name ("the Netherlands"), as {@code lexicon/country-articles.tsv} lists.
 */
final class CountryArticles {

    static final String FILE = "/lexicon/country-articles.tsv";

    private final Set<String> words = new HashSet<>();
    private final Set<String> names = new HashSet<>();

    private CountryArticles() {
    }

    static CountryArticles load() {
        CountryArticles articles = new CountryArticles();
        for (String[] row : DataFiles.rows(FILE, 2)) {
            String value = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "word" -> articles.words.add(value);
                case "name" -> articles.names.add(value);
                default -> throw new IllegalStateException("unknown row kind '" + row[0] + "' in " + FILE);
            }
        }
        return articles;
    }

    boolean takesArticle(String country) {
        String lower = country.toLowerCase(Locale.ROOT);
        if (names.contains(lower)) {
            return true;
        }
        for (String word : lower.split("[^\\p{L}]+")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
