package org.factquery.document;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code factquery.ingest.*}: limits on what {@code POST /documents} accepts and on the work one
 * document may cost (ADR 0010).
 */
@ConfigMapping(prefix = "factquery.ingest")
public interface IngestConfig {

    /** The largest accepted request body; beyond it the answer is a 413 problem. */
    @WithDefault("2M")
    MemorySize maxBodySize();

    /**
     * The largest accepted body of {@code POST /documents/batch} (each of its lines is held to
     * {@link #maxBodySize()}); beyond it a 413 problem.
     */
    @WithDefault("64M")
    MemorySize maxBatchSize();

    /** How long a client has to send the whole body; after it, a 408 problem. */
    @WithDefault("30S")
    Duration bodyReadTimeout();

    /** Ingestions in progress at once (from the first byte of the body to the answer); beyond, a 503 problem. */
    @WithDefault("8")
    int maxConcurrent();

    /** Longer sentences are stored but not read for claims (the reason is kept with the sentence). */
    @WithDefault("2000")
    int maxSentenceLength();

    /** The time one document's extraction may take; beyond it a 422 problem and nothing stored. */
    @WithDefault("10S")
    Duration extractionBudget();

    /** The most claims one document may state; beyond it a 422 problem and nothing stored. */
    @WithDefault("1000")
    int maxClaims();
}
