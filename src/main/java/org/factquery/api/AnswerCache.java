package org.factquery.api;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Answers computed from the claim store, kept until a change of the store touches them (ADR 0015).
 * Each answer is cached with its {@link AnswerScope}: the stored places it reads (a city's status),
 * claims of some kinds (deployments, tallies), or anything. Every committed ingestion or retraction
 * records in the {@code store_change} log, in its own transaction, the places its claims touch and
 * their kinds; this instance
 * forgets the answers a change touches as soon as it commits, and reads the log for other
 * instances' changes at most every {@code factquery.answers.change-check-interval}. A request with
 * {@code Cache-Control: no-cache} is computed afresh when it comes from a client that may write
 * (it has the API key, or comes from localhost when no key is configured: {@link #FRESH_ALLOWED});
 * from anyone else the header is ignored, so anonymous clients cannot make every answer pay the
 * full cost. Answers may be built of cached parts (a status from a city's cached assessment).
 *
 * <p>At most {@code factquery.answers.max-concurrent-computations} answers are computed at once;
 * a request that cannot start one within {@code factquery.answers.computation-wait} is a 503
 * problem, so that a burst of costly questions queues briefly instead of exhausting the
 * database pool for every reader.
 */
@ApplicationScoped
public class AnswerCache {

    /** Routing-context key set by access control for clients whose {@code no-cache} is honoured. */
    public static final String FRESH_ALLOWED = "factquery.answers.fresh-allowed";
    /**
     * How far back each read of the log looks again: a change's row is visible only once its
     * transaction commits, which can be after a row with a higher id was read.
     */
    static final Duration LOOK_BACK = Duration.ofSeconds(10);
    /**
     * Logs what a change of the documents :documents (and of their copies) touches; every
     * document and claim is reached through an index, so the cost does not grow with the store.
     */
    public static final String RECORD_CHANGE_SQL = """
            INSERT INTO store_change (place_ids, kinds)
            SELECT coalesce(array_agg(DISTINCT v.id) FILTER (WHERE v.id IS NOT NULL), '{}'),
                   coalesce(array_agg(DISTINCT c.kind), '{}')
            FROM claim c LEFT JOIN place p ON p.id = c.place_id
            LEFT JOIN LATERAL (VALUES (p.id), (p.parent_id), (p.capital_id)) v(id) ON true
            WHERE c.document_id = ANY(ARRAY(SELECT id FROM document WHERE id IN (:documents)
                                            UNION SELECT id FROM document WHERE copy_of IN (:documents)))
            RETURNING id, place_ids, kinds, recorded_at""";
    /** Changes applied recently, to tell whether one touched an answer while it was computed. */
    private static final int RECENT_CHANGES = 1024;

    private record Key(AnswerScope scope, List<Object> parts) {
    }

    private record Applied(long epoch, StoreChange change) {
    }

    /** An answer being computed, from the epoch it started at. */
    private record InFlight(long epoch, CompletableFuture<Object> answer) {
    }

    private final Cache<Key, Object> answers;
    private final ConcurrentHashMap<Key, InFlight> inFlight = new ConcurrentHashMap<>();
    private final EntityManager em;
    private final CurrentVertxRequest request;
    private final long checkIntervalNanos;
    private final boolean enabled;
    private final ComputationBound computations;
    /** Log rows already applied, with when they were recorded, kept for {@link #LOOK_BACK}. */
    private final Map<Long, OffsetDateTime> seen = new HashMap<>();
    private final Deque<Applied> recent = new ArrayDeque<>();
    private long epoch;
    /** The database time the log was last read up to; null before the first read. */
    private OffsetDateTime readUpTo;
    private volatile long checkedAt;

    public AnswerCache(EntityManager em, CurrentVertxRequest request, AnswersConfig config) {
        this.em = em;
        this.request = request;
        this.checkIntervalNanos = config.changeCheckInterval().toNanos();
        this.enabled = config.cacheSize() > 0;
        this.answers = Caffeine.newBuilder().maximumSize(Math.max(config.cacheSize(), 1)).build();
        this.computations = new ComputationBound(config.maxConcurrentComputations(), config.computationWait());
    }

    /** The cached answer for the key's parts (nulls allowed), which any change may alter. */
    public <T> T get(Supplier<T> compute, Object... keyParts) {
        return get(AnswerScope.ANY, compute, keyParts);
    }

    /** The cached answer for the key's parts (nulls allowed) within its scope, else the one computed now. */
    @SuppressWarnings("unchecked")
    public <T> T get(AnswerScope scope, Supplier<T> compute, Object... keyParts) {
        if (!enabled || freshAnswerAsked()) {
            return computations.run(compute);
        }
        long startedAt = readChanges();
        Key key = new Key(scope, Arrays.asList(keyParts));
        // not answers.get(key, compute): answers are composed of cached parts (a status of a
        // city's assessment, /ask of a status), and Caffeine forbids a computation within another
        Object answer = answers.getIfPresent(key);
        if (answer == null) {
            answer = computeOnce(key, scope, startedAt, compute);
        }
        if (answer instanceof ProblemException refusal) {
            throw refusal;
        }
        return (T) answer;
    }

    /**
     * Computes an answer no one has cached: requests that ask for it while it is being computed,
     * with no change applied since it started, wait for that computation instead of starting
     * their own (after a write, every reader of a list would otherwise recompute it at once).
     */
    private Object computeOnce(Key key, AnswerScope scope, long startedAt, Supplier<?> compute) {
        InFlight mine = new InFlight(startedAt, new CompletableFuture<>());
        InFlight running = inFlight.putIfAbsent(key, mine);
        if (running != null && running.epoch() == startedAt) {
            try {
                return running.answer().join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            }
        }
        boolean registered = running == null; // else one started before a change: compute apart
        try {
            Object answer;
            try {
                answer = computations.run(compute);
            } catch (ProblemException refusal) {
                if (refusal.status() >= 500) {
                    throw refusal; // busy: not an answer to keep
                }
                answer = refusal; // an unknown name stays unknown until the store changes: cache the 4xx too
            }
            // an answer computed while a change touching it was applied may predate the change: not kept
            if (!touchedSince(startedAt, scope)) {
                answers.put(key, answer);
            }
            mine.answer().complete(answer);
            return answer;
        } catch (RuntimeException e) {
            mine.answer().completeExceptionally(e);
            throw e;
        } finally {
            if (registered) {
                inFlight.remove(key, mine);
            }
        }
    }

    /**
     * Records, within the caller's transaction, what a change of these documents touches: the
     * places of their claims, the cities those are parts of and the capitals of those provinces,
     * and the kinds of their claims. Called after an ingestion's claims are written, or before
     * a retraction deletes them (with the copies whose original it is).
     */
    public StoreChange recordChange(Collection<Long> documentIds) {
        em.flush();
        Object[] row = (Object[]) em.createNativeQuery(RECORD_CHANGE_SQL)
                .setParameter("documents", documentIds).getSingleResult();
        long id = ((Number) row[0]).longValue();
        if (id % 256 == 0) {
            em.createNativeQuery("DELETE FROM store_change WHERE recorded_at < clock_timestamp() - interval '1 hour'")
                    .executeUpdate();
        }
        return new StoreChange(id, places(row[1]), kinds(row[2]), false, SqlValues.timestamp(row[3]));
    }

    /**
     * Called after a change of the store has committed: this instance forgets the answers it
     * touches at once; other instances read it from the log.
     */
    public synchronized void changed(StoreChange change) {
        apply(change);
    }

    /** Applies the log's rows recorded since the last read, at most every check interval; the epoch after it. */
    private long readChanges() {
        long now = System.nanoTime();
        if (checkedAt != 0 && now - checkedAt < checkIntervalNanos) {
            synchronized (this) {
                return epoch;
            }
        }
        OffsetDateTime since;
        synchronized (this) {
            since = readUpTo == null ? OffsetDateTime.parse("1970-01-01T00:00Z") : readUpTo.minus(LOOK_BACK);
        }
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> SqlValues.rows(em.createNativeQuery("""
                SELECT now.t, c.id, c.place_ids, c.kinds, c.everything, c.recorded_at
                FROM (SELECT clock_timestamp() AS t) now
                LEFT JOIN store_change c ON c.recorded_at > :since
                ORDER BY c.id""").setParameter("since", since)));
        synchronized (this) {
            boolean first = readUpTo == null;
            for (Object[] r : rows) {
                if (r[1] != null && !first) {
                    apply(new StoreChange(((Number) r[1]).longValue(), places(r[2]), kinds(r[3]), (Boolean) r[4],
                            SqlValues.timestamp(r[5])));
                } else if (r[1] != null) {
                    seen.put(((Number) r[1]).longValue(), SqlValues.timestamp(r[5])); // before this instance's answers
                }
            }
            readUpTo = SqlValues.timestamp(rows.get(0)[0]);
            OffsetDateTime forget = readUpTo.minus(LOOK_BACK.multipliedBy(2));
            seen.values().removeIf(at -> at.isBefore(forget));
            checkedAt = now;
            return epoch;
        }
    }

    private void apply(StoreChange change) {
        if (seen.putIfAbsent(change.id(), change.recordedAt()) != null) {
            return; // applied already: by this instance's write, or in an earlier read of the log
        }
        epoch++;
        recent.addLast(new Applied(epoch, change));
        if (recent.size() > RECENT_CHANGES) {
            recent.removeFirst();
        }
        if (change.everything()) {
            answers.invalidateAll();
        } else {
            answers.asMap().keySet().removeIf(k -> k.scope().touchedBy(change));
        }
    }

    /** Whether a change applied after the epoch touches the scope (unknown: as if it did). */
    private synchronized boolean touchedSince(long startedAt, AnswerScope scope) {
        if (startedAt == epoch) {
            return false;
        }
        if (recent.isEmpty() || recent.peekFirst().epoch() > startedAt + 1) {
            return true; // older than what is remembered
        }
        for (Applied a : recent) {
            if (a.epoch() > startedAt && scope.touchedBy(a.change())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Long> places(Object array) {
        Set<Long> ids = new HashSet<>();
        for (Object item : SqlValues.array(array)) {
            ids.add(((Number) item).longValue());
        }
        return ids;
    }

    private static Set<String> kinds(Object array) {
        Set<String> kinds = new HashSet<>();
        for (Object item : SqlValues.array(array)) {
            kinds.add(String.valueOf(item));
        }
        return kinds;
    }

    private boolean freshAnswerAsked() {
        var current = request.getCurrent();
        if (current == null || !Boolean.TRUE.equals(current.get(FRESH_ALLOWED))) {
            return false;
        }
        String cacheControl = current.request().getHeader("Cache-Control");
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
    }
}
