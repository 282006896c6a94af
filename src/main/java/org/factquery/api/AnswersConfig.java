package org.factquery.api;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code factquery.answers.*}: the answer cache. */
@ConfigMapping(prefix = "factquery.answers")
public interface AnswersConfig {

    /** At most this many cached answers; 0 turns the cache off. */
    @WithDefault("2000")
    long cacheSize();

    /** How often an instance checks whether another one has changed the store. */
    @WithDefault("0.5S")
    Duration changeCheckInterval();

    /** At most this many answers are computed at once (the rest wait, then get a 503 problem). */
    @WithDefault("4")
    int maxConcurrentComputations();

    /** How long a request waits for a computation to start before its 503 problem. */
    @WithDefault("2S")
    Duration computationWait();
}
