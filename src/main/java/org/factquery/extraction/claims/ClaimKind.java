package org.factquery.extraction.claims;

/** The kinds of fact the extraction states; the names are stored as the claim's kind. */
public enum ClaimKind {
    /** An actor took a place. */
    CAPTURE,
    /** An actor took part of a place: districts, its airport, government buildings. */
    PARTIAL_CAPTURE,
    /** An actor holds a place. */
    CONTROL,
    /** Part of a place (its airport, a headquarters) is held by an actor. */
    PARTIAL_CONTROL,
    /** A place is under attack or siege, approached, or fought over. */
    ATTACK,
    /** An actor left a place: it no longer holds it. */
    WITHDRAWAL,
    /** A country sends troops. */
    DEPLOYMENT,
    /** A tally, such as 12 of 34 provincial capitals. */
    COUNT,
    /** A place lies in a province. */
    LOCATED_IN,
    /** A place lies some distance from another. */
    DISTANCE,
    /** A city's rank by population. */
    RANK
}
