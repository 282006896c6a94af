package org.factquery.extraction.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factquery.extraction.DataFiles;
import org.factquery.extraction.actor.ActorLexicon;

/** The cue words of {@code lexicon/claim-cues.tsv}, by set name. */
public final class ClaimCues {

    public static final String FILE = "/lexicon/claim-cues.tsv";

    private final Map<String, Set<String>> words = new HashMap<>();
    private final Map<String, List<List<String>>> phrases = new HashMap<>();

    public ClaimCues() {
        for (String[] row : DataFiles.rows(FILE, 2)) {
            List<String> values = DataFiles.values(row[1]);
            words.put(row[0], Set.copyOf(values));
            phrases.put(row[0], values.stream().map(ActorLexicon::words)
                    .sorted((a, b) -> b.size() - a.size()).toList());
        }
    }

    /** The single words and phrases of a set; fails on an unknown set, so a typo is caught at start-up. */
    public Set<String> set(String name) {
        Set<String> set = words.get(name);
        if (set == null) {
            throw new IllegalStateException("no cue set '" + name + "' in " + FILE);
        }
        return set;
    }

    /** The set's entries as word lists, longest first. */
    public List<List<String>> phrases(String name) {
        List<List<String>> list = phrases.get(name);
        if (list == null) {
            throw new IllegalStateException("no cue set '" + name + "' in " + FILE);
        }
        return list;
    }
}
