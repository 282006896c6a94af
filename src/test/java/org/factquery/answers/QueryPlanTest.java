package org.factquery.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import org.factquery.city.CityStatusService;
import org.factquery.claim.ClaimSearchService;
import org.factquery.claim.EvidenceRepository;
import org.factquery.conflict.ConflictService;
import org.factquery.deployment.DeploymentService;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Speed by design: the queries behind the answers are served by indexes. Each query the services
 * run is explained with sequential scans disabled; PostgreSQL then uses an index whenever one can
 * serve the query, so a "Seq Scan" on claim or sentence in the plan means no index can.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryPlanTest {

    @Inject
    EntityManager em;

    @Inject
    ClaimSearchService search;

    private long kandahar;
    private long document;

    // once per class, after Quarkus and REST Assured are up (a @BeforeAll can run before)
    @BeforeEach
    void load() {
        if (document != 0) {
            return;
        }
        document = SampleStore.onlySamples().values().iterator().next();
        kandahar = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT id FROM place WHERE kind = 'CITY' AND name = 'Kandahar'").getSingleResult()).longValue());
    }

    @Test
    void oneCitysClaimsAreReadThroughThePlaceIndex() {
        assertIndexed(CityStatusService.CLAIMS_SQL, Map.of("places", List.of(kandahar), "kinds", CityStatusService.KINDS));
    }

    @Test
    void theStoriesOfThoseClaimsAreReadByDocumentId() {
        // each document by its key, not a hash of the whole table joined to the claims
        String plan = assertIndexed(CityStatusService.STORIES_SQL, Map.of("ids", new long[] {document}));
        assertThat(plan).contains("Index Cond: (id = ANY").doesNotContain("Hash");
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void deploymentsOfOneCountryOrAllAreReadThroughAnIndex(boolean byCountry) {
        assertIndexed(DeploymentService.reportsSql(byCountry),
                byCountry ? Map.of("country", "United States") : Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "AF"})
    void theCitiesClaimsNameAreFoundThroughThePlaceIndex(String country) {
        assertIndexed(CityStatusService.CLAIMED_CITIES_SQL, Map.of("country", country));
    }

    @Test
    void aChangeIsLoggedThroughTheDocumentAndClaimIndexes() {
        // the claims are found by document id, not filtered out of a walk over the whole index
        // on a store this small any claim index is as cheap as another: with only the document
        // index left (dropped in a transaction that is rolled back), the shape must use it
        QuarkusTransaction.begin();
        String plan;
        try {
            for (String index : List.of("claim_place_kind_idx", "claim_kind_modality_idx", "claim_actor_idx",
                    "claim_event_date_idx", "claim_sentence_idx")) {
                em.createNativeQuery("DROP INDEX " + index).executeUpdate();
            }
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object> lines = em.createNativeQuery("EXPLAIN " + org.factquery.api.AnswerCache.RECORD_CHANGE_SQL)
                    .setParameter("documents", List.of(document)).getResultList();
            plan = String.join("\n", lines.stream().map(String::valueOf).toList());
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(plan).contains("Index Cond: (document_id = ").doesNotContain("Seq Scan on claim");
    }

    @Test
    void evidenceIsReadByClaimId() {
        assertIndexed(EvidenceRepository.SQL, Map.of("ids", new long[] {1, 2, 3}));
    }

    @Test
    void talliesAreReadThroughTheKindIndex() {
        assertIndexed(ConflictService.TALLIES_SQL, Map.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"q", "place", "actor", "kind", "modality", "document", "since", "until", "country", "none"})
    void everyClaimSearchFilterIsServedByAnIndex(String filter) {
        ClaimSearchService.Filter f = new ClaimSearchService.Filter(
                filter.equals("kind") ? "CAPTURE" : null, filter.equals("place") ? "Qandahar" : null,
                filter.equals("actor") ? "the Taliban" : null, filter.equals("modality") ? "CLAIMED" : null,
                filter.equals("document") ? document : null,
                filter.equals("since") ? java.time.LocalDate.of(2021, 8, 1) : null,
                filter.equals("until") ? java.time.LocalDate.of(2021, 8, 31) : null,
                filter.equals("q") ? "Kandahar fell" : null, filter.equals("country") ? "AF" : null);
        ClaimSearchService.SearchSql sql = QuarkusTransaction.requiringNew().call(() -> search.sql(f));
        assertIndexed("SELECT c.id" + sql.from() + sql.where() + " ORDER BY c.id DESC LIMIT 20", sql.params());
    }

    private String assertIndexed(String sql, Map<String, Object> params) {
        String plan = QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
            Query explain = em.createNativeQuery("EXPLAIN " + sql);
            params.forEach(explain::setParameter);
            @SuppressWarnings("unchecked")
            List<Object> lines = explain.getResultList();
            return String.join("\n", lines.stream().map(String::valueOf).toList());
        });
        assertThat(plan).as(sql).doesNotContain("Seq Scan on claim").doesNotContain("Seq Scan on sentence")
                .contains("Index");
        return plan;
    }
}
