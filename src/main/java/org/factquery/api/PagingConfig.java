package org.factquery.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code factquery.paging.*}: list sizes. */
@ConfigMapping(prefix = "factquery.paging")
public interface PagingConfig {

    @WithDefault("20")
    int defaultSize();

    @WithDefault("500")
    int maxSize();

    default PageRequest request(String page, String size) {
        return PageRequest.of(page, size, Math.min(defaultSize(), maxSize()), maxSize());
    }
}
