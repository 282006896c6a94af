package org.factquery.api;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * One committed change of the store, as the {@code store_change} log records it: the places whose
 * answers it can change, the kinds of its claims, or everything; and when it was recorded
 * (database time).
 */
public record StoreChange(long id, Set<Long> places, Set<String> kinds, boolean everything,
        OffsetDateTime recordedAt) {
}
