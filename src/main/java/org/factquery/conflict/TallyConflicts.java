package org.factquery.conflict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.factquery.claim.Firmness;

/**
 * Finds tallies that differ at the same time: counts of the same thing (same words, same whole)
 * on the same day give different numbers. Undated tallies are compared with each other, as their
 * time is the same as far as the store knows. Pure.
 */
public final class TallyConflicts {

    private TallyConflicts() {
    }

    /** What was counted, when, and the claims of each distinct count, strongest first. */
    public record Conflict(String what, Integer of, java.time.LocalDate when, Map<String, List<Tally>> values) {
    }

    public static List<Conflict> find(List<Tally> tallies) {
        Map<List<Object>, List<Tally>> groups = new LinkedHashMap<>();
        for (Tally t : tallies) {
            List<Object> key = new ArrayList<>();
            key.add(t.what() == null ? "" : t.what().toLowerCase(Locale.ROOT));
            key.add(Objects.requireNonNullElse(t.when(), "undated"));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (List<Tally> group : groups.values()) {
            Integer of = group.stream().map(Tally::of).filter(Objects::nonNull).findFirst().orElse(null);
            // a count of another whole ("3 of 10 districts") is another tally
            List<Tally> same = group.stream().filter(t -> t.of() == null || t.of().equals(of)).toList();
            Map<String, List<Tally>> byValue = new LinkedHashMap<>();
            same.stream().sorted(Firmness.strongestFirst(Tally::modality)
                            .thenComparingLong(Tally::documentId).thenComparingLong(Tally::claimId))
                    .forEach(t -> byValue.computeIfAbsent(t.label(), k -> new ArrayList<>()).add(t));
            if (byValue.keySet().stream().map(l -> l.replaceAll("\\D", "")).distinct().count() > 1) {
                conflicts.add(new Conflict(group.get(0).what(), of, group.get(0).when(), byValue));
            }
        }
        return conflicts;
    }
}
