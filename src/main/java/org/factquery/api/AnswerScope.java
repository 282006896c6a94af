package org.factquery.api;

import java.util.Set;

/**
 * What a cached answer depends on, so that a change of the store forgets only the answers it
 * touches: the stored places whose claims it reads (a city's status: the city), the deployments,
 * or anything (lists across the store, questions, name lookups).
 */
public record AnswerScope(Set<Long> places, boolean deployments, boolean anything) {

    /** Depends on every claim: any change may alter it. */
    public static final AnswerScope ANY = new AnswerScope(Set.of(), false, true);
    /** Depends on the deployment claims only. */
    public static final AnswerScope DEPLOYMENTS = new AnswerScope(Set.of(), true, false);

    /** Depends on the claims read for one stored place (a city with its parts and province). */
    public static AnswerScope place(long placeId) {
        return new AnswerScope(Set.of(placeId), false, false);
    }

    boolean touchedBy(StoreChange change) {
        if (anything || change.everything() || deployments && change.deployments()) {
            return true;
        }
        for (Long id : change.places()) {
            if (places.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
