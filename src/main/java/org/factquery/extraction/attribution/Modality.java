package org.factquery.extraction.attribution;

/** How firmly a sentence states a claim (see PRODUCT.md). */
public enum Modality {
    ASSERTED, REPORTED, CLAIMED, CONFIRMED, UNCONFIRMED, DENIED, FORECAST
}
