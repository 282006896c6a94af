package org.factquery.city;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;

import org.factquery.api.AnswerCache;
import org.factquery.api.Evidence;
import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.SqlValues;
import org.factquery.city.CityViews.CityRef;
import org.factquery.city.CityViews.CityStatusView;
import org.factquery.city.CityViews.CitySummary;
import org.factquery.city.CityViews.DisputeValue;
import org.factquery.city.CityViews.DisputeView;
import org.factquery.city.CityViews.PartView;
import org.factquery.claim.EvidenceRepository;
import org.factquery.document.NearDuplicates;
import org.factquery.place.Place;
import org.factquery.place.PlaceLookup;

/** Answers who holds a city, from the claims stored about it and its parts. */
@ApplicationScoped
public class CityStatusService {

    public static final List<String> KINDS = List.of("CAPTURE", "CONTROL", "PARTIAL_CAPTURE", "PARTIAL_CONTROL",
            "ATTACK", "LOCATED_IN");

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
    public CityStatusView status(String name, LocalDate asOf, int evidenceLimit) {
        // a cached answer needs no transaction: each computation opens its own
        PlaceLookup.Match match = answers.get(() -> QuarkusTransaction.requiringNew().call(() -> cities.resolve(name)),
                "city name", name);
        Place city = match.place();
        CityStatusView status = answers.get(() -> QuarkusTransaction.requiringNew()
                .call(() -> status(city, match, asOf, evidenceLimit)), "city status", city.id, asOf, evidenceLimit);
        return status.withCity(ref(city, match));
    }

    private CityStatusView status(Place city, PlaceLookup.Match match, LocalDate asOf, int evidenceLimit) {
        StatusAssessment a = assessment(city, asOf);
        Set<Long> shown = new HashSet<>(limit(a.evidence(), evidenceLimit));
        shown.addAll(limit(a.forecasts(), evidenceLimit));
        a.exceptions().forEach(p -> shown.add(p.claims().get(0)));
        a.disputes().forEach(d -> shownValues(d).forEach(v -> shown.addAll(limit(v.claims(), evidenceLimit))));
        Map<Long, Evidence> found = evidence.byClaimId(shown);
        return new CityStatusView(
                ref(city, match), asOf,
                a.status(), a.controlledBy(), a.since(), a.confidence(), a.documents(), a.publishers(),
                pick(found, a.evidence(), evidenceLimit), a.evidence().size(),
                a.exceptions().stream().map(p -> new PartView(p.part(), p.heldBy(), p.documents(),
                        found.get(p.claims().get(0)))).toList(),
                pick(found, a.forecasts(), evidenceLimit), a.forecasts().size(),
                disputes(a.disputes(), found, evidenceLimit));
    }

    /** Every city with its status (optionally only those with one status), by name, paged. */
    @Transactional
    public Page<CitySummary> list(CityStatus only, PageRequest request) {
        Page<Map.Entry<Place, StatusAssessment>> page = Page.slice(assessAll(null).stream()
                .filter(e -> only == null || e.getValue().status() == only).toList(), request);
        Map<Long, Evidence> found = evidence.byClaimId(page.items().stream()
                .flatMap(e -> limit(e.getValue().evidence(), 1).stream()).toList());
        List<CitySummary> items = page.items().stream().map(e -> {
            Place city = e.getKey();
            StatusAssessment a = e.getValue();
            return new CitySummary(ref(city, null), a.status(), a.controlledBy(), a.since(), a.confidence(),
                    a.documents(), a.publishers(), pick(found, a.evidence(), 1), a.evidence().size());
        }).toList();
        return new Page<>(items, page.page(), page.size(), page.total());
    }

    /** Every city (or the one a name denotes) with what the rules conclude about it, by name. */
    @Transactional
    public List<Map.Entry<Place, StatusAssessment>> assessAll(String name) {
        List<Place> all = name == null ? Place.<Place>find("kind = 'CITY' ORDER BY name").list()
                : List.of(cities.resolve(name).place());
        return all.stream().map(city -> Map.entry(city, assessment(city, null))).toList();
    }

    /**
     * What the rules conclude about one city, cached until the store changes; one city's claims
     * at a time, so memory is bounded by the busiest city, not the store.
     */
    private StatusAssessment assessment(Place city, LocalDate asOf) {
        return answers.get(() -> StatusRules.assess(claims(List.of(city.id), asOf).getOrDefault(city.id, List.of())),
                "city assessment", city.id, asOf);
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
        return new CityRef(city.name, city.province, city.country, match == null ? null : match.matchedAlias(),
                match == null ? null : match.matchedBy());
    }

    /**
     * The claims about each city and its parts, by city id. A capture or control of a part (an
     * airport, a prison) is read as a partial one of its city. Served by the (place_id, kind) index.
     */
    Map<Long, List<CityClaim>> claims(Collection<Long> cityIds, LocalDate asOf) {
        List<Long> places = new ArrayList<>(cityIds);
        cityIds.forEach(id -> places.addAll(cities.partsOf(id)));
        Query query = em.createNativeQuery(claimsSql(asOf != null))
                .setParameter("places", places).setParameter("kinds", KINDS);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        Map<Long, List<CityClaim>> byCity = new LinkedHashMap<>();
        SqlValues.forEachRow(query, r -> {
            long placeId = ((Number) r[11]).longValue();
            Long partOf = cities.cityOf(placeId);
            String kind = (String) r[1];
            String part = (String) r[9];
            if (partOf != null) {
                if (kind.equals("LOCATED_IN")) {
                    return;
                }
                kind = kind.equals("CAPTURE") || kind.equals("CONTROL") ? "PARTIAL_" + kind : kind;
                part = part == null ? cities.partName(placeId) : part;
            }
            CityClaim claim = new CityClaim(((Number) r[0]).longValue(), kind, (String) r[2], (String) r[3],
                    (Boolean) r[4], SqlValues.date(r[5]), (String) r[6], ((Number) r[7]).longValue(), (String) r[8], part,
                    (String) r[10], SqlValues.date(r[12]));
            byCity.computeIfAbsent(partOf == null ? placeId : partOf, k -> new ArrayList<>()).add(claim);
        });
        return byCity;
    }

    /** The claims about places (:places) of the status kinds (:kinds), up to :asOf when asked. */
    public static String claimsSql(boolean asOf) {
        // the story (original document) and its publisher stand for each copy: copies count once
        return """
                SELECT c.id, c.kind, c.actor, c.modality, c.negated, c.event_date, c.event_time_text,
                       o.id, o.publisher, c.details->>'part', c.details->>'province', c.place_id,
                       d.published_date
                FROM claim c JOIN document d ON d.id = c.document_id
                JOIN document o ON o.id = """ + NearDuplicates.ORIGINAL_OF_D + """

                WHERE c.place_id IN (:places) AND c.kind IN (:kinds)"""
                + (asOf ? " AND coalesce(c.event_date, d.published_date) <= :asOf" : "") + " ORDER BY c.id";
    }

    static List<Evidence> pick(Map<Long, Evidence> found, List<Long> ids, int limit) {
        return EvidenceRepository.withoutCopies(found, limit(ids, limit));
    }

    static List<Long> limit(List<Long> ids, int limit) {
        return ids.subList(0, Math.min(limit, ids.size()));
    }

}
