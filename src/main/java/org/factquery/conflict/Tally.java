package org.factquery.conflict;

import java.time.LocalDate;

/**
 * A stated count ("at least 14 of 34 provincial capitals"), as the conflict finder reads it.
 *
 * @param of the whole the count is part of, null when not given
 * @param when the event date, else the publication date; null when neither is known
 */
public record Tally(long claimId, long documentId, String modality, String what, Integer of, int value,
        String qualifier, LocalDate when) {

    /** How the count reads: "12", "at least 14", "about 12". */
    public String label() {
        return qualifier == null ? Integer.toString(value) : qualifier + " " + value;
    }
}
