package org.factquery.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.ProblemException;
import org.factquery.document.NearDuplicates;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.actor.ActorResolver;
import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.place.PlaceLookup;

/**
 * Searches the claim store. Every filter is served by an index: place and kind by
 * (place_id, kind), actor, document and event date by their own, kind and modality by
 * (kind, modality), and {@code q} by the sentences' full-text GIN index.
 */
@ApplicationScoped
public class ClaimSearchService {

    /** Place kinds a {@code place} filter may name, the most asked-for first. */
    public static final java.util.Set<PlaceKind> PLACE_KINDS = java.util.Set.of(PlaceKind.CITY, PlaceKind.PROVINCE,
            PlaceKind.COUNTRY, PlaceKind.DISTRICT, PlaceKind.FACILITY, PlaceKind.REGION);

    /**
     * The filters of a search; null fields do not filter. {@code place}, {@code actor} and
     * {@code country} are names as the user wrote them, resolved through the gazetteer and the
     * actor lexicon; {@code country} keeps the claims about places in that country (and, with
     * {@code place}, chooses among places of one name).
     */
    public record Filter(String kind, String place, String actor, String modality, Long document, LocalDate since,
            LocalDate until, String q, String country) {
    }

    private final EntityManager em;
    private final PlaceLookup places;
    private final ActorLexicon actors;
    private final NearDuplicates copies;

    public ClaimSearchService(EntityManager em, PlaceLookup places, ActorLexicon actors, NearDuplicates copies) {
        this.copies = copies;
        this.em = em;
        this.places = places;
        this.actors = actors;
    }

    /** The FROM and WHERE clauses of a search, with their named parameters. */
    public record SearchSql(String from, String where, Map<String, Object> params) {
    }

    @Transactional
    public Page<ClaimView> search(Filter filter, PageRequest request) {
        SearchSql sql = sql(filter);
        Query ids = em.createNativeQuery("SELECT c.id" + sql.from() + sql.where() + " ORDER BY c.id DESC");
        Query count = em.createNativeQuery("SELECT count(*)" + sql.from() + sql.where());
        sql.params().forEach((name, value) -> {
            ids.setParameter(name, value);
            count.setParameter(name, value);
        });
        @SuppressWarnings("unchecked")
        List<Number> page = ids.setFirstResult(request.page() * request.size()).setMaxResults(request.size())
                .getResultList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new Page<>(load(page.stream().map(Number::longValue).toList()), request.page(), request.size(), total);
    }

    /**
     * The SQL of a search; names in the filter are resolved here (400 problems for unknown ones),
     * so the search, the export and the stream refuse a bad filter before answering anything.
     */
    @Transactional
    public SearchSql sql(Filter filter) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.append(" AND c.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.modality() != null) {
            where.append(" AND c.modality = :modality");
            params.put("modality", filter.modality());
        }
        String countryCode = places.countryCode(filter.country(), "country");
        if (filter.place() != null) {
            PlaceLookup.Match match;
            try {
                match = places.resolve(filter.place(), PLACE_KINDS, countryCode, "place");
            } catch (PlaceLookup.PlaceNotFound e) {
                throw ProblemException.unknownValue("place", "no place named '" + filter.place() + "' is known",
                        places.closest(filter.place(), PLACE_KINDS, 5));
            }
            // a known place no claim names yet has no row: no claim can match
            where.append(" AND c.place_id = :place");
            params.put("place", match.storedId() == null ? -1L : match.storedId());
        } else if (countryCode != null) {
            where.append(" AND c.place_id IN (SELECT id FROM place WHERE country_code = :country)");
            params.put("country", countryCode);
        }
        if (filter.actor() != null) {
            where.append(" AND c.actor IN (:actors)");
            params.put("actors", actors(filter.actor()));
        }
        if (filter.document() != null) {
            where.append(" AND c.document_id = :document");
            params.put("document", filter.document());
        }
        if (filter.since() != null) {
            where.append(" AND c.event_date >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" AND c.event_date <= :until");
            params.put("until", filter.until());
        }
        String from = " FROM claim c";
        if (filter.q() != null) {
            from += " JOIN sentence s ON s.id = c.sentence_id";
            where.append(" AND s.tsv @@ websearch_to_tsquery('english', :q)");
            params.put("q", filter.q());
        }
        return new SearchSql(from, where.toString(), params);
    }

    /**
     * The canonical actors a name denotes: the named groups of the lexicon, a country (its
     * government, and the country itself as the sender of troops), or the name as written (an
     * actor the lexicon lacks, "the Misrata brigades", is stored as written).
     */
    List<String> actors(String name) {
        List<String> named = actors.canonicals(name);
        if (!named.isEmpty()) {
            return named; // "al-Shabaab": the group of each war that bears the name
        }
        Optional<CountryEntry> country = places.country(name);
        if (country.isPresent()) {
            return List.of(ActorResolver.governmentOf(country.get()), country.get().name());
        }
        String asWritten = name.strip().replaceFirst("(?i)^the\\s+", "");
        return List.of(asWritten, asWritten.toLowerCase(java.util.Locale.ROOT));
    }

    /** The claims with these ids, in this order, as the search answers them. */
    List<ClaimView> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = Claim.<Claim>find("""
                FROM Claim c JOIN FETCH c.sentence JOIN FETCH c.document LEFT JOIN FETCH c.place
                WHERE c.id IN ?1""", ids).list();
        Map<Long, Claim> byId = new HashMap<>();
        claims.forEach(c -> byId.put(c.id, c));
        List<ClaimView> views = new ArrayList<>(ids.size());
        Map<Long, Integer> copiesOf = copies.copiesOf(claims.stream().map(c -> c.document.id).distinct().toList());
        ids.forEach(id -> views.add(ClaimView.of(byId.get(id), copiesOf.getOrDefault(byId.get(id).document.id, 1))));
        return views;
    }
}
