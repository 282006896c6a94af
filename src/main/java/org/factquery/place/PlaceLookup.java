package org.factquery.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.commons.text.similarity.LevenshteinDistance;

import org.factquery.extraction.gazetteer.Gazetteer;

/**
 * Finds the gazetteer place a user means: by any alias or spelling variant (compared by
 * {@link Gazetteer#key}), then, for a misspelling, by trigram similarity ({@code pg_trgm}) to
 * find candidates, taking one only when it is within a small edit distance of the name and no
 * other place comes close. It never guesses: a name that merely contains a place's name
 * ("notKandahar", "Kabul and Kandahar") or repeats it is no misspelling of it.
 */
@ApplicationScoped
public class PlaceLookup {

    /** How many of the most similar aliases are weighed as a misspelling's candidates. */
    private static final int FUZZY_CANDIDATES = 10;
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    /** A place found for a name: the alias that matched and how ({@code alias} or {@code fuzzy}). */
    public record Match(Place place, String matchedAlias, String matchedBy) {
    }

    private record Candidate(long placeId, String alias, String name, double similarity) {
    }

    private final EntityManager em;
    private final PlaceCatalog catalog;

    public PlaceLookup(EntityManager em, PlaceCatalog catalog) {
        this.em = em;
        this.catalog = catalog;
    }

    /**
     * The place of one of the kinds (earlier kinds preferred when a name denotes several, as
     * "Kandahar" does a city and a province) that the name denotes, exactly or as an unambiguous
     * misspelling.
     */
    public Optional<Match> find(String name, Collection<String> kinds) {
        // "the UK", "the Kandahar": an alias with or without the article, before any fuzzy match
        String bare = name.strip().replaceFirst("(?i)^the\\s+", "");
        return byAlias(name, kinds).or(() -> byAlias(bare, kinds)).or(() -> bySimilarity(bare, kinds));
    }

    private Optional<Match> byAlias(String name, Collection<String> kinds) {
        String key = Gazetteer.key(name);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        catalog.synchronize();
        @SuppressWarnings("unchecked")
        List<Object[]> exact = em.createNativeQuery("""
                SELECT a.place_id, a.alias, p.kind FROM place_alias a JOIN place p ON p.id = a.place_id
                WHERE a.normalized = :key AND p.kind IN (:kinds)
                ORDER BY p.population_rank NULLS LAST, a.id""")
                .setParameter("key", key).setParameter("kinds", kinds).getResultList();
        List<String> preference = List.copyOf(kinds);
        return exact.stream().min(java.util.Comparator.comparingInt(r -> preference.indexOf((String) r[2])))
                .map(r -> match(((Number) r[0]).longValue(), (String) r[1], "alias"));
    }

    /**
     * The one place within a few typing slips of the name ({@link #allowedEdits}): the trigram index
     * proposes candidates, the edit distance decides; two places equally close are no answer.
     */
    private Optional<Match> bySimilarity(String name, Collection<String> kinds) {
        String key = Gazetteer.key(name);
        Candidate best = null;
        int bestEdits = Integer.MAX_VALUE;
        boolean tie = false;
        for (Candidate c : similar(key, kinds, FUZZY_CANDIDATES)) {
            String aliasKey = Gazetteer.key(c.alias());
            int edits = EDITS.apply(key, aliasKey);
            if (edits > allowedEdits(aliasKey)) {
                continue;
            }
            if (edits < bestEdits) {
                best = c;
                bestEdits = edits;
                tie = false;
            } else if (edits == bestEdits && c.placeId() != best.placeId()) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(match(best.placeId(), best.alias(), "fuzzy"));
    }

    /**
     * The typing slips a name of this length may carry and still be taken for it: none in a short
     * name (one slip makes another word), one up to eight letters, two beyond.
     */
    static int allowedEdits(String aliasKey) {
        return aliasKey.length() <= 4 ? 0 : aliasKey.length() <= 8 ? 1 : 2;
    }

    /** The names of the places of these kinds closest in spelling to the name, most similar first. */
    public List<String> closest(String name, Collection<String> kinds, int limit) {
        Set<String> names = new LinkedHashSet<>();
        for (Candidate c : similar(Gazetteer.key(name), kinds, limit * 4)) {
            names.add(c.name());
            if (names.size() == limit) {
                break;
            }
        }
        return new ArrayList<>(names);
    }

    private Match match(long placeId, String alias, String how) {
        return new Match(em.find(Place.class, placeId), alias, how);
    }

    private List<Candidate> similar(String key, Collection<String> kinds, int limit) {
        if (key.isEmpty()) {
            return List.of();
        }
        catalog.synchronize();
        // the gazetteer is a few hundred aliases: ranking all of them is cheaper than any index
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT a.place_id, a.alias, p.name, similarity(a.normalized, :key) AS score
                FROM place_alias a JOIN place p ON p.id = a.place_id
                WHERE p.kind IN (:kinds) AND similarity(a.normalized, :key) > 0
                ORDER BY score DESC, p.population_rank NULLS LAST, p.name""")
                .setParameter("key", key).setParameter("kinds", kinds)
                .setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new Candidate(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                ((Number) r[3]).doubleValue())).toList();
    }
}
