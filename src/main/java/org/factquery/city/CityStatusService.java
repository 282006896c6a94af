package org.factquery.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.factquery.api.AnswerCache;
import org.factquery.api.AnswerScope;
import org.factquery.api.Evidence;
import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.SqlValues;
import org.factquery.city.CityViews.ChangeView;
import org.factquery.city.CityViews.CityHistoryView;
import org.factquery.city.CityViews.CityRef;
import org.factquery.city.CityViews.CityStatusView;
import org.factquery.city.CityViews.CitySummary;
import org.factquery.city.CityViews.DisputeValue;
import org.factquery.city.CityViews.DisputeView;
import org.factquery.city.CityViews.PartView;
import org.factquery.claim.EvidenceRepository;
import org.factquery.document.NearDuplicates;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.place.Place;
import org.factquery.place.PlaceLookup;

/** Answers who holds a city, from the claims stored about it and its parts. */
@ApplicationScoped
public class CityStatusService {

    public static final List<String> KINDS = List.of("CAPTURE", "CONTROL", "PARTIAL_CAPTURE", "PARTIAL_CONTROL",
            "ATTACK", "WITHDRAWAL", "LOCATED_IN");

    private final EntityManager em;
    /**
     * The values of one dispute an answer shows. A busy city's capture day can be disputed
     * between dozens of dates; the answer gives the most reported ones and the total.
     */
    public static final int DISPUTE_VALUES = 10;

    private final CityDirectory cities;
    private final EvidenceRepository evidence;
    private final AnswerCache answers;

    public CityStatusService(EntityManager em, CityDirectory cities, EvidenceRepository evidence, AnswerCache answers) {
        this.answers = answers;
        this.em = em;
        this.cities = cities;
        this.evidence = evidence;
    }

    /**
     * The status of the city a name denotes; {@code asOf} keeps only claims dated up to that day.
     * Cached by city, not by name, so that every spelling of a city shares one computation.
     */
    public CityStatusView status(String name, String countryCode, LocalDate asOf, int evidenceLimit) {
        // a cached answer needs no transaction: each computation opens its own
        PlaceLookup.Match match = answers.get(() -> QuarkusTransaction.requiringNew()
                .call(() -> cities.resolve(name, countryCode)), "city name", name, countryCode);
        CityStatusView status = answers.get(scope(match), () -> QuarkusTransaction.requiringNew()
                .call(() -> status(match, asOf, evidenceLimit)), "city status", match.place().id(), asOf, evidenceLimit);
        return status.withCity(ref(match.place(), match));
    }

    /** The changes of hands of the city a name denotes, in order, as of a day when asked. */
    public CityHistoryView history(String name, String countryCode, LocalDate asOf, int evidenceLimit) {
        PlaceLookup.Match match = answers.get(() -> QuarkusTransaction.requiringNew()
                .call(() -> cities.resolve(name, countryCode)), "city name", name, countryCode);
        CityHistoryView history = answers.get(scope(match), () -> QuarkusTransaction.requiringNew()
                .call(() -> history(match, asOf, evidenceLimit)), "city history", match.place().id(), asOf,
                evidenceLimit);
        return history.withCity(ref(match.place(), match));
    }

    /** A stored city's answers change with its claims (and its parts' and province's); another's with any. */
    private static AnswerScope scope(PlaceLookup.Match match) {
        return match.storedId() == null ? AnswerScope.ANY : AnswerScope.place(match.storedId());
    }

    private CityHistoryView history(PlaceLookup.Match match, LocalDate asOf, int evidenceLimit) {
        StatusAssessment a = match.storedId() == null ? StatusRules.assess(List.of()) : assessment(match.storedId(), asOf);
        Map<Long, Evidence> found = evidence.byClaimId(a.history().stream()
                .flatMap(c -> limit(c.claims(), evidenceLimit).stream()).toList());
        return new CityHistoryView(ref(match.place(), match), asOf, a.status(), a.controlledBy(), a.history().stream()
                .map(c -> new ChangeView(c.day(), c.change(), c.actor(), c.firmest(), c.documents(),
                        pick(found, c.claims(), evidenceLimit), c.claims().size()))
                .toList());
    }

    private CityStatusView status(PlaceLookup.Match match, LocalDate asOf, int evidenceLimit) {
        PlaceEntry city = match.place();
        StatusAssessment a = match.storedId() == null ? StatusRules.assess(List.of()) : assessment(match.storedId(), asOf);
        Set<Long> shown = new HashSet<>(limit(a.evidence(), evidenceLimit));
        shown.addAll(limit(a.forecasts(), evidenceLimit));
        a.exceptions().forEach(p -> shown.add(p.claims().get(0)));
        a.disputes().forEach(d -> shownValues(d).forEach(v -> shown.addAll(limit(v.claims(), evidenceLimit))));
        Map<Long, Evidence> found = evidence.byClaimId(shown);
        return new CityStatusView(
                ref(city, match), asOf,
                a.status(), a.controlledBy(), a.since(), a.confidence(), a.inferredFrom(), a.documents(),
                a.publishers(), marked(pick(found, a.evidence(), evidenceLimit), a), a.evidence().size(),
                // a part whose claim was retracted since the assessment was cached is not shown
                a.exceptions().stream().filter(p -> found.containsKey(p.claims().get(0)))
                        .map(p -> new PartView(p.part(), p.heldBy(), p.documents(), found.get(p.claims().get(0))))
                        .toList(),
                pick(found, a.forecasts(), evidenceLimit), a.forecasts().size(),
                disputes(a.disputes(), found, evidenceLimit));
    }

    /**
     * Every city the store speaks of (optionally of one country, only those with one status, as of
     * a day), by name, paged. A city no claim names is not listed; its status answers UNKNOWN when
     * asked.
     */
    @Transactional
    public Page<CitySummary> list(CityStatus only, String countryCode, LocalDate asOf, PageRequest request) {
        Page<Map.Entry<Place, StatusAssessment>> page = Page.slice(assessAll(null, countryCode, asOf).stream()
                .filter(e -> only == null || e.getValue().status() == only).toList(), request);
        return new Page<>(summaries(page.items()), page.page(), page.size(), page.total());
    }

    /**
     * Every city {@link #list} would list, in the same order, without paging: the assessments of
     * all, the evidence read for {@link #EXPORT_CHUNK} cities at a time.
     */
    @Transactional
    public void export(CityStatus only, String countryCode, LocalDate asOf, Consumer<CitySummary> each) {
        List<Map.Entry<Place, StatusAssessment>> all = assessAll(null, countryCode, asOf).stream()
                .filter(e -> only == null || e.getValue().status() == only).toList();
        for (int from = 0; from < all.size(); from += EXPORT_CHUNK) {
            summaries(all.subList(from, Math.min(all.size(), from + EXPORT_CHUNK))).forEach(each);
        }
    }

    static final int EXPORT_CHUNK = 500;

    /** Each city with its status and strongest evidence item. */
    private List<CitySummary> summaries(List<Map.Entry<Place, StatusAssessment>> cities) {
        Map<Long, Evidence> found = evidence.byClaimId(cities.stream()
                .flatMap(e -> limit(e.getValue().evidence(), 1).stream()).toList());
        return cities.stream().map(e -> {
            Place city = e.getKey();
            StatusAssessment a = e.getValue();
            return new CitySummary(ref(city, null), a.status(), a.controlledBy(), a.since(), a.confidence(),
                    a.inferredFrom(), a.documents(), a.publishers(), marked(pick(found, a.evidence(), 1), a),
                    a.evidence().size());
        }).toList();
    }

    /**
     * The cities claims name: themselves, a part of them (an airport) or, for a capture or
     * control, the province they are the capital of; of one country (:country, '' for all), by
     * name. Each place is probed through the (place_id, kind) index, so the cost follows the
     * places stored, not the claims.
     */
    public static final String CLAIMED_CITIES_SQL = """
            SELECT p.* FROM place p
            WHERE p.kind = 'CITY' AND (:country = '' OR p.country_code = :country) AND p.id IN (
                SELECT q.id FROM place q WHERE EXISTS (SELECT 1 FROM claim c WHERE c.place_id = q.id)
                UNION SELECT q.parent_id FROM place q
                      WHERE q.parent_id IS NOT NULL AND EXISTS (SELECT 1 FROM claim c WHERE c.place_id = q.id)
                UNION SELECT q.capital_id FROM place q
                      WHERE q.capital_id IS NOT NULL
                        AND EXISTS (SELECT 1 FROM claim c WHERE c.place_id = q.id AND c.kind IN ('CAPTURE', 'CONTROL')))
            ORDER BY p.name, p.id""";

    /**
     * Every city the store speaks of (or the one a name denotes), of one country when given, with
     * what the rules conclude about it, by name.
     */
    @Transactional
    public List<Map.Entry<Place, StatusAssessment>> assessAll(String name, String countryCode) {
        return assessAll(name, countryCode, null);
    }

    /** As {@link #assessAll(String, String)}, from the claims dated up to a day when one is given. */
    @Transactional
    public List<Map.Entry<Place, StatusAssessment>> assessAll(String name, String countryCode, LocalDate asOf) {
        List<Place> all;
        if (name == null) {
            @SuppressWarnings("unchecked")
            List<Place> claimed = em.createNativeQuery(CLAIMED_CITIES_SQL, Place.class)
                    .setParameter("country", countryCode == null ? "" : countryCode).getResultList();
            all = claimed;
        } else {
            PlaceLookup.Match match = cities.resolve(name, countryCode);
            all = match.storedId() == null ? List.of() : List.of(Place.<Place>findById(match.storedId()));
        }
        return all.stream().map(city -> Map.entry(city, assessment(city.id, asOf))).toList();
    }

    /**
     * What the rules conclude about one city, cached until a change touches it; one city's claims
     * at a time, so memory is bounded by the busiest city, not the store.
     */
    private StatusAssessment assessment(long cityId, LocalDate asOf) {
        return answers.get(AnswerScope.place(cityId),
                () -> StatusRules.assess(claims(List.of(cityId), asOf).getOrDefault(cityId, List.of())),
                "city assessment", cityId, asOf);
    }

    /** Dispute values with the evidence of their first claims. */
    public List<DisputeView> disputes(List<StatusAssessment.Dispute> disputes, int evidenceLimit) {
        Map<Long, Evidence> found = evidence.byClaimId(disputes.stream().flatMap(d -> shownValues(d).stream())
                .flatMap(v -> limit(v.claims(), evidenceLimit).stream()).toList());
        return disputes(disputes, found, evidenceLimit);
    }

    private static List<DisputeView> disputes(List<StatusAssessment.Dispute> disputes, Map<Long, Evidence> found,
            int evidenceLimit) {
        return disputes.stream().map(d -> new DisputeView(d.about(), shownValues(d).stream()
                .map(v -> new DisputeValue(v.value(), v.documents(), pick(found, v.claims(), evidenceLimit),
                        v.claims().size()))
                .toList(), d.values().size())).toList();
    }

    /** The values of a dispute an answer shows: the most reported first, at most {@link #DISPUTE_VALUES}. */
    static List<StatusAssessment.Value> shownValues(StatusAssessment.Dispute dispute) {
        return dispute.values().stream().sorted(java.util.Comparator.comparingInt(StatusAssessment.Value::documents)
                .reversed()).limit(DISPUTE_VALUES).toList();
    }

    public static CityRef ref(Place city, PlaceLookup.Match match) {
        return new CityRef(city.ref, city.name, city.province, city.country, city.countryCode,
                match == null ? null : match.matchedAlias(), match == null ? null : match.matchedBy(),
                match == null ? null : match.resolvedBy(), degrees(city.latitude), degrees(city.longitude));
    }

    public static CityRef ref(PlaceEntry city, PlaceLookup.Match match) {
        return new CityRef(city.id(), city.name(), city.province(), city.country(), city.countryCode(),
                match == null ? null : match.matchedAlias(), match == null ? null : match.matchedBy(),
                match == null ? null : match.resolvedBy(), degrees(city.latitude()), degrees(city.longitude()));
    }

    /** A coordinate to five decimals (about a metre): the stored value is a float, 29.0434 not 29.043399810791016. */
    private static Double degrees(Number value) {
        return value == null ? null : Math.round(value.doubleValue() * 1e5) / 1e5;
    }

    /** The evidence, those items about the city's province marked so. */
    private static List<Evidence> marked(List<Evidence> evidence, StatusAssessment a) {
        return a.fromProvince().isEmpty() ? evidence : evidence.stream()
                .map(e -> a.fromProvince().contains(e.claimId()) ? e.inferredFromProvince() : e).toList();
    }

    /**
     * The claims about each city and its parts, by city id. A capture or control of a part (an
     * airport, a prison) is read as a partial one of its city; one of a province whose capital the
     * city is, as one of the city inferred from its province. Two index-served reads: the claims by
     * the (place_id, kind) index, then their documents by primary key — a join let the planner hash
     * the whole document table, a cost that grew with the store rather than with the city.
     */
    Map<Long, List<CityClaim>> claims(Collection<Long> cityIds, LocalDate asOf) {
        List<Long> places = new ArrayList<>(cityIds);
        cityIds.forEach(id -> places.addAll(cities.partsOf(id)));
        cityIds.forEach(id -> places.addAll(cities.provincesOf(id)));
        List<ClaimRow> rows = new ArrayList<>();
        SqlValues.<Tuple>forEach(em.createNativeQuery(CLAIMS_SQL, Tuple.class).setParameter("places", places)
                .setParameter("kinds", KINDS), t -> rows.add(ClaimRow.of(t)));
        Map<Long, Story> stories = stories(rows.stream().mapToLong(ClaimRow::documentId).distinct().toArray());
        Map<Long, List<CityClaim>> byCity = new LinkedHashMap<>();
        for (ClaimRow r : rows) {
            Story story = stories.get(r.documentId());
            LocalDate knownOn = r.eventDate() != null ? r.eventDate() : story.publishedDate();
            if (asOf != null && (knownOn == null || knownOn.isAfter(asOf))) {
                continue; // known only after the day asked about, or never dated
            }
            Long partOf = cities.cityOf(r.placeId());
            Long capital = cityIds.contains(r.placeId()) ? null : cities.capitalOf(r.placeId());
            String kind = r.kind();
            String part = r.part();
            if (capital != null && !(kind.equals("CAPTURE") || kind.equals("CONTROL"))) {
                continue; // fighting in a province, or leaving it, says nothing of its capital
            }
            if (partOf != null) {
                if (kind.equals("LOCATED_IN") || kind.equals("WITHDRAWAL")) {
                    continue; // leaving an airport is not leaving the city
                }
                kind = kind.equals("CAPTURE") || kind.equals("CONTROL") ? "PARTIAL_" + kind : kind;
                part = part == null ? cities.partName(r.placeId()) : part;
            }
            CityClaim claim = new CityClaim(r.id(), kind, r.actor(), r.modality(), r.negated(), r.eventDate(),
                    r.eventTimeText(), story.id(), story.publisher(), part, r.province(), story.publishedDate(),
                    r.recapture(), r.approach());
            if (capital != null) {
                byCity.computeIfAbsent(capital, k -> new ArrayList<>()).add(claim.inferredFromProvince());
                continue;
            }
            byCity.computeIfAbsent(partOf == null ? r.placeId() : partOf, k -> new ArrayList<>()).add(claim);
        }
        return byCity;
    }

    /** The claims about places (:places) of the status kinds (:kinds), in the order they were stored. */
    public static final String CLAIMS_SQL = """
            SELECT c.id, c.document_id, c.kind, c.actor, c.modality, c.negated, c.event_date, c.event_time_text,
                   c.details->>'part' AS part, c.details->>'province' AS province, c.place_id,
                   c.details->>'recapture' AS recapture, c.details->>'approach' AS approach
            FROM claim c WHERE c.place_id IN (:places) AND c.kind IN (:kinds) ORDER BY c.id""";

    /**
     * Each document (:ids) with the story it tells — the original for a near-duplicate copy, so
     * that copies count once — the story's publisher and its own publication day.
     */
    public static final String STORIES_SQL = """
            SELECT d.id, o.id AS story_id, o.publisher, d.published_date
            FROM document d JOIN document o ON o.id = """ + NearDuplicates.ORIGINAL_OF_D + """

            WHERE d.id = ANY(:ids)""";

    /** A document's story (its original's id and publisher) and its own publication day. */
    private record Story(long id, String publisher, LocalDate publishedDate) {
    }

    private Map<Long, Story> stories(long[] documentIds) {
        Map<Long, Story> stories = new HashMap<>();
        SqlValues.<Tuple>forEach(em.createNativeQuery(STORIES_SQL, Tuple.class).setParameter("ids", documentIds),
                t -> stories.put(t.get("id", Number.class).longValue(), new Story(
                        t.get("story_id", Number.class).longValue(), t.get("publisher", String.class),
                        SqlValues.date(t.get("published_date")))));
        return stories;
    }

    /** One row of {@link #CLAIMS_SQL}, read by column name: a reordered column cannot swap fields. */
    record ClaimRow(long id, long documentId, String kind, String actor, String modality, boolean negated,
            LocalDate eventDate, String eventTimeText, String part, String province, long placeId, boolean recapture,
            boolean approach) {

        static ClaimRow of(Tuple t) {
            return new ClaimRow(t.get("id", Number.class).longValue(), t.get("document_id", Number.class).longValue(),
                    t.get("kind", String.class), t.get("actor", String.class), t.get("modality", String.class),
                    t.get("negated", Boolean.class), SqlValues.date(t.get("event_date")),
                    t.get("event_time_text", String.class), t.get("part", String.class),
                    t.get("province", String.class), t.get("place_id", Number.class).longValue(),
                    "true".equals(t.get("recapture")), "true".equals(t.get("approach")));
        }
    }

    static List<Evidence> pick(Map<Long, Evidence> found, List<Long> ids, int limit) {
        return EvidenceRepository.withoutCopies(found, limit(ids, limit));
    }

    static List<Long> limit(List<Long> ids, int limit) {
        return ids.subList(0, Math.min(limit, ids.size()));
    }

}
