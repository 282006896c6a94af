package org.factquery.deployment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factquery.api.Evidence;
import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.ProblemException;
import org.factquery.api.SqlValues;
import org.factquery.claim.EvidenceRepository;
import org.factquery.document.NearDuplicates;
import org.factquery.place.Place;
import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.place.PlaceLookup;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Troop deployments: every stated report read from the store and merged per deployment. */
@ApplicationScoped
public class DeploymentService {

    private static final java.util.Set<PlaceKind> DESTINATION_KINDS = java.util.Set.of(PlaceKind.CITY,
            PlaceKind.COUNTRY, PlaceKind.PROVINCE, PlaceKind.FACILITY, PlaceKind.DISTRICT, PlaceKind.REGION);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    /**
     * A merged deployment as answered, with the evidence of its reports. {@code country} is null
     * when no report names the sender. {@code role} says when its count is an increment, a total
     * or a presence (forces already there); {@code status} is the most reported one (announced,
     * under way, done, standby, staged).
     */
    public record DeploymentView(@Schema(nullable = true) String country, @Schema(nullable = true) Integer troops,
            @Schema(nullable = true) Integer troopsMax, List<String> units, @Schema(nullable = true) String destination,
            List<String> purpose, List<String> timeframe, int documents, List<Evidence> evidence, int evidenceTotal,
            @Schema(nullable = true) String role, @Schema(nullable = true) String status) {
    }

    /**
     * What one country is sending, as reported: the latest stated total (null when no report
     * states one) and every deployment that is not a total, increments among them. The total is
     * never the sum of the others: reports that state totals are rarely complete about parts.
     */
    public record CountryTotalView(String country, @Schema(nullable = true) DeploymentView total,
            List<DeploymentView> deployments) {
    }

    /** The status of forces leaving: listed only when asked for, never part of a total. */
    public static final String WITHDRAWING = "withdrawing";

    /** The statuses a deployment can have, for the {@code status} filter. */
    public static final java.util.Set<String> STATUSES = java.util.Set.of("announced", "under way", "done", "standby",
            "staged", WITHDRAWING);

    private final EntityManager em;
    private final PlaceLookup places;
    private final EvidenceRepository evidence;

    public DeploymentService(EntityManager em, PlaceLookup places, EvidenceRepository evidence) {
        this.em = em;
        this.places = places;
        this.evidence = evidence;
    }

    /**
     * The merged deployments, optionally of one sending country and to one destination (any
     * alias of either), most reported first.
     */
    @Transactional
    public Page<DeploymentView> list(String country, String destination, String status, int evidenceLimit,
            PageRequest request) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.unknownValue("status", "no deployment status '" + status + "'",
                    STATUSES.stream().sorted().toList());
        }
        // withdrawals are kept apart: listed when asked for by status only
        List<Deployment> all = deployments(country, destination).stream()
                .filter(d -> status == null ? !WITHDRAWING.equals(d.status()) : status.equals(d.status())).toList();
        Page<Deployment> page = Page.slice(all, request);
        return new Page<>(views(page.items(), evidenceLimit), page.page(), page.size(), page.total());
    }

    /** Per sending country (one when given), its latest stated total and its other deployments. */
    @Transactional
    public List<CountryTotalView> totals(String country, int evidenceLimit) {
        Map<String, List<Deployment>> byCountry = new java.util.TreeMap<>();
        for (Deployment d : deployments(country, null)) {
            if (d.country() != null && !WITHDRAWING.equals(d.status())) {
                byCountry.computeIfAbsent(d.country(), k -> new ArrayList<>()).add(d);
            }
        }
        List<CountryTotalView> totals = new ArrayList<>();
        byCountry.forEach((sender, deployments) -> {
            Deployment latestTotal = deployments.stream().filter(d -> "total".equals(d.role()))
                    .max(java.util.Comparator.comparing(Deployment::lastDay,
                            java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
                            .thenComparing(d -> d.reports().stream().mapToLong(Long::longValue).max().orElse(0)))
                    .orElse(null);
            List<Deployment> parts = deployments.stream().filter(d -> !"total".equals(d.role())).toList();
            List<DeploymentView> total = latestTotal == null ? List.of() : views(List.of(latestTotal), evidenceLimit);
            totals.add(new CountryTotalView(sender, total.isEmpty() ? null : total.get(0), views(parts, evidenceLimit)));
        });
        return totals;
    }

    private List<DeploymentView> views(List<Deployment> deployments, int evidenceLimit) {
        Map<Long, Evidence> found = evidence.byClaimId(deployments.stream()
                .flatMap(d -> d.reports().stream().limit(evidenceLimit)).toList());
        return deployments.stream().map(d -> new DeploymentView(d.country(), d.troops(),
                d.troopsMax(), d.units(), d.destination(), d.purpose(), d.timeframe(), d.documents(),
                EvidenceRepository.withoutCopies(found, d.reports().stream().limit(evidenceLimit).toList()),
                d.reports().size(), d.role(), d.status())).toList();
    }

    /** The merged deployments, filtered; used by the list and by questions. */
    @Transactional
    public List<Deployment> deployments(String country, String destination) {
        String sender = country == null ? null : country(country);
        PlaceEntry to = destination == null ? null : places.find(destination, DESTINATION_KINDS, null)
                .orElseThrow(() -> ProblemException.unknownValue("destination", "no place named '" + destination
                        + "' is known", places.closest(destination, DESTINATION_KINDS, 5)))
                .place();
        List<Deployment> merged = DeploymentMerger.merge(reports(sender));
        if (to == null) {
            return merged;
        }
        return merged.stream().filter(d -> d.destination() != null && (d.destination().equals(to.name())
                || to.kind() == PlaceKind.COUNTRY && inCountry(d.destination(), to.name()))).toList();
    }

    /** The canonical name of a country given by any alias or its ISO code ("US", "U.S.", "Britain", "the UK"). */
    public String country(String name) {
        return places.country(name).map(CountryEntry::name)
                .orElseThrow(() -> ProblemException.unknownValue("country", "no country named '" + name
                        + "' is known", places.closest(name, java.util.Set.of(PlaceKind.COUNTRY), 5)));
    }

    private boolean inCountry(String placeName, String country) {
        return placeName.equals(country) || Place.count("name = ?1 AND country = ?2", placeName, country) > 0;
    }

    /** Every stated deployment report (no forecast, denial or negation), of one country when given. */
    private List<DeploymentReport> reports(String country) {
        Query query = em.createNativeQuery(reportsSql(country != null), Tuple.class);
        if (country != null) {
            query.setParameter("country", country);
        }
        List<DeploymentReport> reports = new ArrayList<>();
        // read by column name: a reordered column cannot swap fields
        SqlValues.<Tuple>forEach(query, r -> reports.add(new DeploymentReport(r.get("id", Number.class).longValue(),
                r.get("story_id", Number.class).longValue(), r.get("modality", String.class),
                r.get("actor", String.class), integer(r.get("troops")), integer(r.get("troops_max")),
                r.get("troops_text", String.class), strings(r.get("units", String.class)),
                r.get("destination", String.class), r.get("destination_kind", String.class),
                r.get("destination_country", String.class), r.get("purpose", String.class),
                r.get("timeframe", String.class), r.get("role", String.class), r.get("status", String.class),
                SqlValues.date(r.get("day")))));
        return reports;
    }

    /** The stated deployment reports, of one sending country (:country) when asked. */
    public static String reportsSql(boolean byCountry) {
        // copies of one story count once: the original stands for each
        return """
                SELECT c.id, """ + NearDuplicates.ORIGINAL_OF_D + """
                 AS story_id, c.modality, c.actor, c.details->>'troops' AS troops,
                       c.details->>'troopsMax' AS troops_max, c.details->>'troopsText' AS troops_text,
                       c.details->>'units' AS units, p.name AS destination, p.kind AS destination_kind,
                       p.country AS destination_country, c.details->>'purpose' AS purpose,
                       c.details->>'timeframe' AS timeframe, c.details->>'role' AS role,
                       c.details->>'status' AS status, COALESCE(c.event_date, d.published_date) AS day
                FROM claim c JOIN document d ON d.id = c.document_id LEFT JOIN place p ON p.id = c.place_id
                WHERE c.kind = 'DEPLOYMENT' AND NOT c.negated AND c.modality NOT IN ('FORECAST', 'DENIED')
                  AND c.details->>'reinforcement' IS NULL"""
                + (byCountry ? " AND c.actor = :country" : "") + " ORDER BY c.id";
    }

    private static Integer integer(Object value) {
        return value == null ? null : Integer.valueOf((String) value);
    }

    private static List<String> strings(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("claim units are not a JSON array: " + json, e);
        }
    }
}
