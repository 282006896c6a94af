package org.factquery.city;

/** Who holds a city, per the store. */
public enum CityStatus {
    /** Changed hands to {@code controlledBy}. */
    CAPTURED,
    /** Held by {@code controlledBy}, no change reported. */
    HELD,
    /** Under attack or siege, or the sources disagree on who holds it. */
    CONTESTED,
    /** No claim about who holds it yet. */
    UNKNOWN
}
