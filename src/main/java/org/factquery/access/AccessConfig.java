package org.factquery.access;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * {@code factquery.api-key} and {@code factquery.read-requires-key}: who may change the store
 * and, optionally, who may read it.
 */
@ConfigMapping(prefix = "factquery")
public interface AccessConfig {

    /**
     * The key that {@code POST} and {@code DELETE} must present ({@code FACTQUERY_API_KEY}).
     * Without one, writes are accepted from the loopback interface only.
     */
    @WithName("api-key")
    Optional<String> apiKey();

    /** Whether reads of the API (not the health, metrics and API-description endpoints) need the key too. */
    @WithName("read-requires-key")
    @WithDefault("false")
    boolean readRequiresKey();
}
