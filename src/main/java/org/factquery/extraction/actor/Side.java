package org.factquery.extraction.actor;

/** Which party an actor belongs to. */
public enum Side {
    INSURGENT, GOVERNMENT, FOREIGN, OTHER
}
