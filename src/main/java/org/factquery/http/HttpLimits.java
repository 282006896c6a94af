package org.factquery.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * {@code factquery.http.*}: the limits {@link RequestScreen} answers with problems. The HTTP
 * codec's own limits ({@code quarkus.http.limits.*}) are set far above them: beyond those the codec
 * answers a bare status, below them the service answers a problem.
 */
@ConfigMapping(prefix = "factquery.http")
public interface HttpLimits {

    /** The longest request URI (path and query), in characters; beyond it a 414 problem. */
    @WithDefault("4096")
    int maxUriLength();

    /** The most header bytes a request may carry; beyond it a 431 problem. */
    @WithDefault("20K")
    MemorySize maxHeaderSize();
}
