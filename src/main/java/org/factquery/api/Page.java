package org.factquery.api;

import java.util.List;

/** One page of a list: {@code {"items": [...], "page": 0, "size": 20, "total": 123}}. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** The requested page of a list computed in full (a short one: every city, every merged deployment). */
    public static <T> Page<T> slice(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), (long) request.page() * request.size());
        return new Page<>(List.copyOf(all.subList(from, Math.min(all.size(), from + request.size()))),
                request.page(), request.size(), all.size());
    }

    public boolean hasNext() {
        return ((long) page + 1) * size < total;
    }
}
