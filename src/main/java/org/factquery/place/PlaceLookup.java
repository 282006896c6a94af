package org.factquery.place;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.factquery.extraction.gazetteer.Gazetteer;

/**
 * Finds the gazetteer place a user means: by any alias or spelling variant (compared by
 * {@link Gazetteer#key}), then, for a misspelling, by trigram similarity ({@code pg_trgm}).
 */
@ApplicationScoped
public class PlaceLookup {

    /** Similarity a misspelling must reach to be taken for a place without asking. */
    static final double FUZZY_ACCEPT = 0.5;
    /** How far ahead of the next place the best fuzzy match must be to be unambiguous. */
    static final double FUZZY_MARGIN = 0.1;

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

    private Optional<Match> bySimilarity(String name, Collection<String> kinds) {
        List<Candidate> similar = similar(Gazetteer.key(name), kinds, 5);
        if (similar.isEmpty() || similar.get(0).similarity() < FUZZY_ACCEPT) {
            return Optional.empty();
        }
        Candidate best = similar.get(0);
        boolean ambiguous = similar.stream().anyMatch(c -> c.placeId() != best.placeId()
                && c.similarity() > best.similarity() - FUZZY_MARGIN);
        return ambiguous ? Optional.empty() : Optional.of(match(best.placeId(), best.alias(), "fuzzy"));
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
