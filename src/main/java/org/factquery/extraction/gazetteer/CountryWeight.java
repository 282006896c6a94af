package org.factquery.extraction.gazetteer;

/**
 * How much a document is about a country: the weight of its evidence (the country named, its
 * demonym, its places and divisions, its state's forces, a dateline in it). The heaviest is the
 * document's topic country.
 */
public record CountryWeight(String code, double weight) {
}
