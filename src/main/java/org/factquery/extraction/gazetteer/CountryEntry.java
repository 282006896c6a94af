package org.factquery.extraction.gazetteer;

import java.util.List;

/**
 * A country with the other names news uses for it: short and long names, demonyms ("Libyan"),
 * metonyms (the Kremlin, Downing Street) and its capital. {@code code} is its ISO 3166-1 alpha-2
 * code.
 */
public record CountryEntry(String code, String code3, String name, List<String> aliases, List<String> demonyms,
        List<String> metonyms, String capital, Integer capitalGeonameId) implements java.io.Serializable {

    public CountryEntry {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        metonyms = List.copyOf(metonyms);
    }

    /** The adjective news uses for the country's state ("Libyan forces"), else its name. */
    public String adjective() {
        return demonyms.isEmpty() ? name : demonyms.get(0);
    }

    /** How a mention refers to the country. */
    public enum Via { NAME, DEMONYM, METONYM }
}
