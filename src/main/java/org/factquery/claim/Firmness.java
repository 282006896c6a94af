package org.factquery.claim;

import java.util.Comparator;
import java.util.List;

/**
 * How much a claim's modality counts: the order in which evidence is shown (strongest first) and
 * the weight a source adds to a status's confidence (see README, "How confidence is computed").
 */
public final class Firmness {

    /** Modalities from the firmest to the weakest; forecasts and denials never support a fact. */
    public static final List<String> ORDER = List.of(
            "CONFIRMED", "ASSERTED", "REPORTED", "CLAIMED", "UNCONFIRMED", "FORECAST", "DENIED");

    private Firmness() {
    }

    /** 0 for the firmest modality; unknown ones sort last. */
    public static int rank(String modality) {
        int rank = ORDER.indexOf(modality);
        return rank < 0 ? ORDER.size() : rank;
    }

    /**
     * The probability-like weight one source gives a fact it states with this modality:
     * an official confirmation counts most, a party's claim about its own success less, an
     * unconfirmed report little, a forecast or denial nothing.
     */
    public static double weight(String modality) {
        return switch (modality) {
            case "CONFIRMED" -> 0.9;
            case "ASSERTED" -> 0.7;
            case "REPORTED" -> 0.6;
            case "CLAIMED" -> 0.4;
            case "UNCONFIRMED" -> 0.2;
            default -> 0.0;
        };
    }

    /** Whether a claim with this modality states the fact as having happened (not forecast, not denied). */
    public static boolean stated(String modality, boolean negated) {
        return !negated && !"FORECAST".equals(modality) && !"DENIED".equals(modality);
    }

    /** Whether it states it firmly enough to decide a status on its own (also not unconfirmed). */
    public static boolean firm(String modality, boolean negated) {
        return stated(modality, negated) && !"UNCONFIRMED".equals(modality);
    }

    /** Orders items by the firmness of their modality, the firmest first. */
    public static <T> Comparator<T> strongestFirst(java.util.function.Function<T, String> modality) {
        return Comparator.comparingInt(t -> rank(modality.apply(t)));
    }
}
