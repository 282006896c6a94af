package org.factquery.support;

import java.util.UUID;

/**
 * A long article of distinct, long sentences, each naming a place with a capture verb (so every
 * one is tagged and read by the claim rules) and stating one claim: seconds of extraction on one
 * core, well under the claim cap.
 */
public final class HeavyText {

    private static final String FILLER = "and the convoy moved slowly along the river road past the old market "
            + "while shops stayed shut and families waited for news ";

    private HeavyText() {
    }

    /** {@code sentences} sentences of about 1,800 characters, unique to this call. */
    public static String of(int sentences) {
        StringBuilder text = new StringBuilder("Heavy article " + UUID.randomUUID() + ".");
        for (int i = 0; i < sentences; i++) {
            int start = text.length();
            text.append(" In report ").append(i).append(", fighters captured Kunduz ");
            while (text.length() - start < 1750) {
                text.append(FILLER);
            }
            text.append("on day ").append(i).append('.');
        }
        return text.toString();
    }
}
