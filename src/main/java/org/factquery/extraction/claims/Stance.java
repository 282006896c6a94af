package org.factquery.extraction.claims;

import java.time.LocalDate;

import org.factquery.extraction.actor.Side;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.time.TimeExpression;

/**
 * How firmly a sentence states the claim a trigger makes, who it is attributed to, and when it
 * happened. Precedence: a forecast (negated or not), then a denial or negation, then a hedge ("yet to confirm",
 * "reportedly"), then the attribution's verb; a party reporting its own success claims it.
 */
record Stance(Modality modality, boolean negated, String attributedTo, String attributedActor, LocalDate eventDate,
        String eventTimeText) {

    /** What the claim is, for the rules of modality that depend on it. */
    enum Use {
        /** captures, control, tallies: a party speaking of itself claims; "would" forecasts */
        TERRITORY,
        /** deployments: "said it would send" is an announcement, not a forecast */
        DEPLOYMENT,
        /** place facts: no forecast reading */
        FACT
    }

    static Stance of(SentenceContext c, int clauseStart, int trigger, int phraseEnd, String actor, Use use) {
        int clauseEnd = Math.max(phraseEnd, Clauses.clauseEnd(c, Math.min(trigger + 1, c.size())));
        Attribution a = c.attribution;
        Modality modality = a == null ? Modality.ASSERTED : a.cue();
        if (use == Use.TERRITORY && modality == Modality.REPORTED && actor != null && a.canonical() != null
                && actor.equals(a.canonical()) && c.doc.side(actor).map(s -> s != Side.OTHER).orElse(false)) {
            modality = Modality.CLAIMED;
        }
        if (hedged(c, clauseStart, clauseEnd)) {
            modality = Modality.UNCONFIRMED;
        }
        if (use != Use.FACT && forecast(c, clauseStart, trigger, clauseEnd, use)) {
            modality = Modality.FORECAST;
        }
        boolean negated = negated(c, clauseStart, trigger);
        if (negated && modality != Modality.FORECAST) {
            modality = Modality.DENIED; // "may not hold" stays a forecast, of the negated event
        }
        TimeExpression time = use == Use.FACT ? null : time(c, clauseStart, trigger, clauseEnd);
        return new Stance(modality, negated, a == null ? null : a.source(), a == null ? null : a.canonical(),
                time == null ? null : time.date(), time == null ? null : time.text());
    }

    private static boolean hedged(SentenceContext c, int clauseStart, int clauseEnd) {
        boolean verifies = false;
        for (int i = 0; i < c.size() && !verifies; i++) {
            verifies = c.lemmaIn(i, "unconfirmed-verb");
        }
        for (int i = 0; i < c.size(); i++) {
            boolean inClause = i >= clauseStart && i < clauseEnd;
            // "Unconfirmed reports said ...": the source itself (or the word before it) is hedged
            boolean inSource = c.attribution != null && !c.attribution.inherited()
                    && (c.attribution.sourceSpan().start() <= c.t(i).span().start()
                            || i + 1 < c.size()
                                    && c.t(i + 1).span().start() >= c.attribution.sourceSpan().start()
                                    && c.t(i + 1).span().start() <= c.attribution.sourceSpan().start() + 1)
                    && c.t(i).span().end() <= c.attribution.sourceSpan().end();
            if ((inClause || inSource) && c.normIn(i, "unconfirmed")) {
                return true;
            }
            int before = verifies ? c.phraseAt(i, "unconfirmed-before") : 0;
            if (before > 0) {
                for (int k = i + before; k < Math.min(c.size(), i + before + 3); k++) {
                    if (c.lemmaIn(k, "unconfirmed-verb")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean forecast(SentenceContext c, int clauseStart, int trigger, int clauseEnd, Use use) {
        int from = Math.max(0, clauseStart - 1);
        for (int i = from; i < trigger; i++) {
            if (c.normIn(i, "conditional")) {
                // "if Maiduguri falls", "unless reinforcements arrive", "should Kidal fall", "should have
                // held": a possibility or a counterfactual, not an event
                return true;
            }
            if (c.normIn(i, "forecast-modal") && (c.tag(i, "AUX") || c.tag(i, "VERB"))) {
                boolean announcement = use == Use.DEPLOYMENT && c.t(i).isAnyOf("will", "would", "shall", "'ll");
                if (!announcement) {
                    return true;
                }
            }
        }
        for (int i = 0; i < Math.min(c.size(), clauseEnd); i++) {
            boolean own = use != Use.DEPLOYMENT || i >= clauseStart; // a deployment's own clause only
            if (own && c.phraseAt(i, "forecast-phrase") > 0 && (i < trigger || use == Use.TERRITORY)) {
                return true;
            }
            if (use == Use.TERRITORY && i < trigger && c.phraseAt(i, "intent-phrase") > 0) {
                return true; // "vowed to retake Zawiya"
            }
        }
        if (use == Use.TERRITORY) {
            for (int i = trigger + 1; i < Math.min(c.size(), clauseEnd); i++) {
                int horizon = c.phraseAt(i, "forecast-horizon");
                if (horizon > 0 && !c.t(i).is("by")) {
                    return true;
                }
                if (i > trigger + 1 && c.normIn(i, "forecast-modal") && c.tag(i, "AUX")) {
                    return true; // "the fall of Kunduz may come within days"
                }
            }
        }
        return false;
    }

    private static boolean negated(SentenceContext c, int clauseStart, int trigger) {
        for (int i = Math.max(clauseStart, trigger - 3); i < trigger; i++) {
            if (c.normIn(i, "negation")) {
                return true;
            }
        }
        // "there are no plans to send troops", "ruled out sending troops"
        for (int i = Math.max(0, trigger - 6); i < trigger; i++) {
            int phrase = c.phraseAt(i, "negation-phrase");
            if (phrase > 0 && i + phrase >= trigger - 1) {
                return true;
            }
        }
        return false;
    }

    /** The time expression of the clause, else the nearest in the sentence. */
    private static TimeExpression time(SentenceContext c, int clauseStart, int trigger, int clauseEnd) {
        TimeExpression best = null;
        int bestDistance = Integer.MAX_VALUE;
        int triggerAt = c.t(trigger).span().start();
        int clauseFrom = c.t(Math.min(clauseStart, c.size() - 1)).span().start();
        int clauseTo = clauseEnd >= c.size() ? Integer.MAX_VALUE : c.t(clauseEnd).span().start();
        for (TimeExpression t : c.times) {
            if (t.span().start() >= clauseTo) {
                continue; // a later clause's time is not this event's
            }
            int distance = Math.abs(t.span().start() - triggerAt);
            if (t.span().start() < clauseFrom) {
                distance += 1000; // outside the clause: only when the clause has none
            }
            if (distance < bestDistance) {
                best = t;
                bestDistance = distance;
            }
        }
        return best;
    }
}
