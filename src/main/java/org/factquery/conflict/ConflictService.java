package org.factquery.conflict;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import org.factquery.api.AnswerCache;
import org.factquery.api.AnswerScope;
import org.factquery.api.Evidence;
import org.factquery.api.Page;
import org.factquery.api.PageRequest;
import org.factquery.api.SqlValues;
import org.factquery.city.CityStatusService;
import org.factquery.city.CityViews.DisputeValue;
import org.factquery.city.CityViews.DisputeView;
import org.factquery.city.StatusAssessment;
import org.factquery.claim.EvidenceRepository;
import org.factquery.document.NearDuplicates;
import org.factquery.place.Place;

/** Where the documents disagree: the disputes of every city and the tallies that differ. */
@ApplicationScoped
public class ConflictService {

    /** The kinds of disagreement, as the {@code about} filter takes them. */
    public static final List<String> ABOUT = List.of("holder", "province", "capture day", "tally");

    /** Every stated count. */
    public static final String TALLIES_SQL = """
            SELECT c.id, """ + NearDuplicates.ORIGINAL_OF_D + """
             AS story_id, c.modality, c.details->>'what' AS what, c.details->>'of' AS of_what,
                   c.details->>'value' AS value, c.details->>'qualifier' AS qualifier,
                   coalesce(c.event_date, d.published_date) AS day
            FROM claim c JOIN document d ON d.id = c.document_id
            WHERE c.kind = 'COUNT' AND NOT c.negated AND c.modality NOT IN ('FORECAST', 'DENIED')
              AND c.details->>'value' IS NOT NULL
            ORDER BY c.id""";

    private final EntityManager em;
    private final CityStatusService cities;
    private final EvidenceRepository evidence;
    private final AnswerCache answers;

    public ConflictService(EntityManager em, CityStatusService cities, EvidenceRepository evidence,
            AnswerCache answers) {
        this.em = em;
        this.answers = answers;
        this.cities = cities;
        this.evidence = evidence;
    }

    /**
     * The disagreements, cities by name then tallies; only those about one city when {@code place}
     * is given (tallies are about no city), only one kind when {@code about} is given.
     */
    @Transactional
    public Page<ConflictView> list(String place, String about, int evidenceLimit, PageRequest request) {
        List<ConflictView> all = new ArrayList<>();
        for (Map.Entry<Place, StatusAssessment> city : cities.assessAll(place, null)) {
            // each city's part is kept until a change touches the city: a write elsewhere costs nothing here
            all.addAll(answers.get(AnswerScope.place(city.getKey().id), () -> disputes(city, about, evidenceLimit),
                    "city conflicts", city.getKey().id, about, evidenceLimit));
        }
        if (place == null && (about == null || about.equals("tally"))) {
            all.addAll(answers.get(AnswerScope.TALLIES, () -> tallies(evidenceLimit), "tally conflicts", evidenceLimit));
        }
        return Page.slice(all, request);
    }

    private List<ConflictView> disputes(Map.Entry<Place, StatusAssessment> city, String about, int evidenceLimit) {
        List<StatusAssessment.Dispute> disputes = city.getValue().disputes().stream()
                .filter(d -> about == null || d.about().equals(about)).toList();
        return cities.disputes(disputes, evidenceLimit).stream()
                .map(d -> new ConflictView(d.about(), CityStatusService.ref(city.getKey(), null), city.getKey().name,
                        null, d.values(), d.valuesTotal()))
                .toList();
    }

    private List<ConflictView> tallies(int evidenceLimit) {
        List<TallyConflicts.Conflict> conflicts = TallyConflicts.find(tallies());
        Map<Long, Evidence> found = evidence.byClaimId(conflicts.stream()
                .flatMap(c -> c.values().values().stream()).flatMap(ts -> ts.stream().limit(evidenceLimit))
                .map(Tally::claimId).toList());
        return conflicts.stream().map(c -> new ConflictView("tally", null,
                c.of() == null ? c.what() : c.what() + " (of " + c.of() + ")", c.when(),
                c.values().entrySet().stream().map(v -> new DisputeValue(v.getKey(),
                        (int) v.getValue().stream().mapToLong(Tally::documentId).distinct().count(),
                        EvidenceRepository.withoutCopies(found,
                                v.getValue().stream().limit(evidenceLimit).map(Tally::claimId).toList()),
                        v.getValue().size())).toList(), c.values().size())).toList();
    }

    /** Every stated count in the store (no forecast, denial or negation), oldest claim first. */
    @Transactional
    public List<Tally> tallies() {
        List<Tally> tallies = new ArrayList<>();
        // read by column name: a reordered column cannot swap fields
        SqlValues.<Tuple>forEach(em.createNativeQuery(TALLIES_SQL, Tuple.class), r -> {
            String of = r.get("of_what", String.class);
            tallies.add(new Tally(r.get("id", Number.class).longValue(), r.get("story_id", Number.class).longValue(),
                    r.get("modality", String.class), r.get("what", String.class), of == null ? null : Integer.valueOf(of),
                    Integer.parseInt(r.get("value", String.class)), r.get("qualifier", String.class),
                    SqlValues.date(r.get("day"))));
        });
        return tallies;
    }
}
