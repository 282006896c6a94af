package org.factquery.api;

import java.util.List;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public boolean hasNext() {
        return ((long) page + 1) * size < total;
    }
}
