package org.factquery.deployment;

import java.util.List;

/**
 * One sentence's report of a deployment, as the merger reads it.
 *
 * @param troops the count, the lower bound of a range; null when the report gives no number
 * @param troopsText the words of the count ("3,000", "hundreds", "two battalions")
 * @param destination the canonical place troops go to, null when not said
 * @param destinationKind CITY, COUNTRY, ... of the destination
 * @param destinationCountry the country the destination lies in (itself for a country)
 * @param role {@code increment} or {@code total} when the report says its count is one, {@code presence}
 *     for forces already there ("Kenya has about 900 troops in Somalia"), else null
 * @param status announced, under way, done, standby or staged
 * @param day the event date, else the publication day; null when neither is known
 */
public record DeploymentReport(long claimId, long documentId, String modality, String country, Integer troops,
        Integer troopsMax, String troopsText, List<String> units, String destination, String destinationKind,
        String destinationCountry, String purpose, String timeframe, String role, String status,
        java.time.LocalDate day) {

    public DeploymentReport(long claimId, long documentId, String modality, String country, Integer troops,
            Integer troopsMax, String troopsText, List<String> units, String destination, String destinationKind,
            String destinationCountry, String purpose, String timeframe) {
        this(claimId, documentId, modality, country, troops, troopsMax, troopsText, units, destination,
                destinationKind, destinationCountry, purpose, timeframe, null, null, null);
    }

    /**
     * Whether the two may report one deployment: a total and an increment never do, and forces
     * already there are one only with another report of them, never with forces being sent.
     */
    boolean roleAgrees(String otherRole) {
        if (PRESENCE.equals(role) || PRESENCE.equals(otherRole)) {
            return java.util.Objects.equals(role, otherRole);
        }
        return role == null || otherRole == null || role.equals(otherRole);
    }

    /** The role of forces a country keeps somewhere, stated without a movement. */
    static final String PRESENCE = "presence";

    /** Forces leaving ("pulling 2,400 troops out of Mali"), never one report with forces going. */
    boolean withdrawing() {
        return DeploymentService.WITHDRAWING.equals(status);
    }

    /** The troop range the report allows: its count or range, or the span a vague word covers. */
    Range range() {
        if (troops != null) {
            return new Range(troops, troopsMax != null && troopsMax > troops ? troopsMax : troops);
        }
        return Range.ofWords(troopsText);
    }

    /** Inclusive bounds of a troop count. */
    record Range(int min, int max) {

        boolean overlaps(Range other) {
            return min <= other.max && other.min <= max;
        }

        /** "dozens", "hundreds", "thousands": the counts such words are used for; null for other words. */
        static Range ofWords(String words) {
            if (words == null) {
                return null;
            }
            String w = words.toLowerCase(java.util.Locale.ROOT);
            if (w.contains("thousands") || w.matches("(several|a few|some) thousand")) {
                return new Range(2_000, 99_999);
            }
            if (w.contains("hundreds") || w.matches("(several|a few|some) hundred")) {
                return new Range(200, 999);
            }
            if (w.contains("dozens")) {
                return new Range(24, 199);
            }
            return null;
        }
    }
}
