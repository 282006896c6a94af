package org.factquery.extraction.gazetteer;

/** What a gazetteer entry is; the names match the database's place kinds. */
public enum PlaceKind {
    COUNTRY, PROVINCE, CITY, DISTRICT, FACILITY, REGION
}
