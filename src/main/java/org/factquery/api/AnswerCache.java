package org.factquery.api;

import java.util.Arrays;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

import org.jboss.logging.Logger;

/**
 * Answers computed from the claim store, kept until the store changes. Every committed
 * ingestion or retraction advances the database sequence {@code store_change_seq}; an instance
 * compares it with the value its answers were computed at, at most every
 * {@code factquery.answers.change-check-interval}, so its own writes show at once and other
 * instances' writes within that interval. A request with {@code Cache-Control: no-cache} is
 * computed afresh when it comes from a client that may write (it has the API key, or comes from
 * localhost when no key is configured: {@link #FRESH_ALLOWED}); from anyone else the header is
 * ignored, so anonymous clients cannot make every answer pay the full cost. Answers may be built
 * of cached parts (a status from a city's cached assessment).
 *
 * <p>At most {@code factquery.answers.max-concurrent-computations} answers are computed at once;
 * a request that cannot start one within {@code factquery.answers.computation-wait} is a 503
 * problem, so that a burst of costly questions queues briefly instead of exhausting the
 * database pool for every reader.
 */
@ApplicationScoped
public class AnswerCache {

    private static final Logger LOG = Logger.getLogger(AnswerCache.class);
    /** Routing-context key set by access control for clients whose {@code no-cache} is honoured. */
    public static final String FRESH_ALLOWED = "factquery.answers.fresh-allowed";

    private final Cache<Object, Object> answers;
    private final EntityManager em;
    private final CurrentVertxRequest request;
    private final long checkIntervalNanos;
    private final boolean enabled;
    private final ComputationBound computations;
    private volatile long storeVersion = Long.MIN_VALUE;
    private volatile long checkedAt;

    public AnswerCache(EntityManager em, CurrentVertxRequest request, AnswersConfig config) {
        this.em = em;
        this.request = request;
        this.checkIntervalNanos = config.changeCheckInterval().toNanos();
        this.enabled = config.cacheSize() > 0;
        this.answers = Caffeine.newBuilder().maximumSize(Math.max(config.cacheSize(), 1)).build();
        this.computations = new ComputationBound(config.maxConcurrentComputations(), config.computationWait());
    }

    /** The cached answer for the key's parts (nulls allowed), else the one computed now. */
    @SuppressWarnings("unchecked")
    public <T> T get(Supplier<T> compute, Object... keyParts) {
        if (!enabled || freshAnswerAsked()) {
            return computations.run(compute);
        }
        // the key holds the store version seen before computing: an answer computed from data
        // older than a change that commits meanwhile is filed under the old version, never read again
        Object key = Arrays.asList(currentStoreVersion(), Arrays.asList(keyParts));
        // not answers.get(key, compute): answers are composed of cached parts (a status of a
        // city's assessment, /ask of a status), and Caffeine forbids a computation within another
        Object answer = answers.getIfPresent(key);
        if (answer == null) {
            try {
                answer = computations.run(compute);
            } catch (ProblemException refusal) {
                if (refusal.status() >= 500) {
                    throw refusal; // busy: not an answer to keep
                }
                answer = refusal; // an unknown name stays unknown until the store changes: cache the 4xx too
            }
            answers.put(key, answer);
        }
        if (answer instanceof ProblemException refusal) {
            throw refusal;
        }
        return (T) answer;
    }

    /**
     * Called after a change of the store has committed. This instance forgets its answers at
     * once; the counter tells the others. The change is stored whatever happens here, so a
     * failure to advance the counter is logged, not answered.
     */
    public void storeChanged() {
        answers.invalidateAll();
        checkedAt = 0; // the next answer reads the new version
        try {
            QuarkusTransaction.requiringNew().run(() ->
                    em.createNativeQuery("SELECT nextval('store_change_seq')").getSingleResult());
        } catch (RuntimeException e) {
            LOG.warnf("Stored, but other instances will not know until the next change: %s", e.getMessage());
        }
    }

    private long currentStoreVersion() {
        long now = System.nanoTime();
        if (checkedAt != 0 && now - checkedAt < checkIntervalNanos) {
            return storeVersion;
        }
        long version = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM store_change_seq")
                .getSingleResult()).longValue());
        if (version != storeVersion) {
            answers.invalidateAll();
            storeVersion = version;
        }
        checkedAt = now;
        return version;
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
