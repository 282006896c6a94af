package org.factquery.extraction.gazetteer;

import java.util.List;

/** A country with the other names news use for it: short names, demonyms and metonyms (its capital, its ministries). */
public record CountryEntry(String name, List<String> aliases, List<String> demonyms, List<String> metonyms) {

    public CountryEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
    }

    /** How a mention refers to the country. */
    public enum Via { NAME, DEMONYM, METONYM }
}
