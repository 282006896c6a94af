package org.factquery.api;

import java.util.Set;

/**
 * What a cached answer depends on, so that a change of the store forgets only the answers it
 * touches: the stored places whose claims it reads (a city's status: the city), the claims of
 * some kinds wherever they are (deployments, tallies), or anything (lists across the store,
 * questions, name lookups).
 */
public record AnswerScope(Set<Long> places, Set<String> kinds, boolean anything) {

    /** Depends on every claim: any change may alter it. */
    public static final AnswerScope ANY = new AnswerScope(Set.of(), Set.of(), true);
    /** Depends on the deployment claims only. */
    public static final AnswerScope DEPLOYMENTS = ofKinds("DEPLOYMENT");
    /** Depends on the stated counts only. */
    public static final AnswerScope TALLIES = ofKinds("COUNT");

    /** Depends on the claims read for one stored place (a city with its parts and province). */
    public static AnswerScope place(long placeId) {
        return new AnswerScope(Set.of(placeId), Set.of(), false);
    }

    /** Depends on the claims of these kinds, wherever they are. */
    public static AnswerScope ofKinds(String... kinds) {
        return new AnswerScope(Set.of(), Set.of(kinds), false);
    }

    boolean touchedBy(StoreChange change) {
        if (anything || change.everything()) {
            return true;
        }
        for (String kind : change.kinds()) {
            if (kinds.contains(kind)) {
                return true;
            }
        }
        for (Long id : change.places()) {
            if (places.contains(id)) {
                return true;
            }
        }
        return false;
    }
}
