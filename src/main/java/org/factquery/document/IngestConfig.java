package org.factquery.document;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code factquery.ingest.*}: limits on what {@code POST /documents} accepts. */
@ConfigMapping(prefix = "factquery.ingest")
public interface IngestConfig {

    /** The largest accepted request body; beyond it the answer is a 413 problem. */
    @WithDefault("2M")
    MemorySize maxBodySize();
}
