package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;

import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * A place attacked, besieged or fought over, which makes it contested, not captured:
 * <ul>
 *   <li>siege: "P has been under X siege", "P came under attack", "X besieged / encircled / shelled P";</li>
 *   <li>an edge reached: "X entered / reached the outskirts of P";</li>
 *   <li>an advance: "X advanced towards P", "X closed in on P", "X came within 10 km of P";</li>
 *   <li>an offensive: "X launched an offensive on / against / to retake P", "the assault on P";</li>
 *   <li>fighting: "fighting in P", "clashes erupted around P", "the battle for P" (no one side named).</li>
 * </ul>
 * An advance on a place that does not reach it ("advanced towards P", "came within 10 km of P", "a
 * push toward P") has the detail {@code approach}: a threat to the place, not yet a fight for it.
 */
final class AttackRule implements ClaimRule {

    /** Verbs that bring a side within a distance of a place: "came within 10 km of P". */
    private static final List<String> APPROACH_LEMMAS = List.of("come", "get", "advance", "move", "push", "reach",
            "arrive", "march", "close", "be");

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.t(i).is("under")) {
                underSiege(c, i, claims);
            } else if (CaptureRule.isVerb(c, i) && c.lemmaIn(i, "siege-verb") && !CaptureRule.isPassive(c, i)) {
                int clauseStart = Clauses.start(c, i);
                int end = Clauses.end(c, i + 1);
                String actor = Clauses.actorBefore(c, i, clauseStart);
                if (actor != null) {
                    emit(c, PlacePhrases.places(c, i + 1, end), actor, "attack.verb", clauseStart, i, end, false,
                            claims);
                }
            } else if (CaptureRule.isVerb(c, i) && (c.t(i).lemmaOrNorm().equals("enter")
                    || c.t(i).lemmaOrNorm().equals("reach")) && CaptureRule.edgeAt(c, i + 1)) {
                actorMoves(c, i, i + 1, "attack.outskirts", false, claims);
            } else if (CaptureRule.isVerb(c, i) && c.lemmaIn(i, "advance-verb")) {
                int from = afterAdvanceParticle(c, i + 1);
                if (from > 0) {
                    actorMoves(c, i, from, "attack.advance", !CaptureRule.edgeAt(c, from), claims);
                }
            } else if (c.t(i).is("within")) {
                int from = withinDistanceOf(c, i);
                if (from > 0) {
                    actorMoves(c, i, from, "attack.within", true, claims);
                }
            } else if (c.lemmaIn(i, "launch-verb") && (c.tag(i, "VERB") || CaptureRule.isVerb(c, i))) {
                int from = offensiveObject(c, i + 1, 5);
                if (from > 0) {
                    actorMoves(c, i, from, "attack.offensive", towards(c, from), claims);
                }
            } else if (c.normIn(i, "offensive-noun") && !c.t(i).isAnyOf("attack", "attacks", "operation", "bombardment")
                    && (c.tag(i, "NOUN") || c.tag(i, "PROPN")) && !launchedBefore(c, i)) {
                int from = offensiveObject(c, i, 1);
                if (from > 0) {
                    actorMoves(c, i, from, "attack.offensive", towards(c, from), claims);
                }
            } else if (c.normIn(i, "fighting-noun")) {
                int from = foughtOver(c, i + 1);
                if (from > 0) {
                    int clauseStart = Clauses.start(c, i);
                    int end = Clauses.end(c, from);
                    emit(c, PlacePhrases.places(c, from, end), null, "attack.fighting", clauseStart, i, end, false,
                            claims);
                }
            }
        }
        return claims;
    }

    /** "P has been under (Taliban) siege", "P came under heavy attack". */
    private static void underSiege(SentenceContext c, int i, List<ExtractedClaim> claims) {
        int noun = i + 1;
        while (noun < Math.min(c.size(), i + 4) && !c.lemmaIn(noun, "siege-noun")) {
            noun++;
        }
        if (!c.lemmaIn(noun, "siege-noun")) {
            return;
        }
        int clauseStart = Clauses.start(c, i);
        int end = Clauses.skipAuxiliariesBack(c, i, clauseStart);
        // "came under air attack": the attacker is who the sentence names, else no one
        String actor = Clauses.actorAfter(c, i + 1, 2);
        emit(c, PlacePhrases.places(c, clauseStart, end), actor, "attack.under", clauseStart, i,
                Clauses.end(c, noun + 1), false, claims);
    }

    /** A side moving on the places from token {@code from}: the actor before the trigger, if any. */
    private static void actorMoves(SentenceContext c, int trigger, int from, String rule, boolean approach,
            List<ExtractedClaim> claims) {
        int clauseStart = Clauses.start(c, trigger);
        int end = Clauses.end(c, from);
        String actor = Clauses.actorBefore(c, trigger, clauseStart);
        emit(c, PlacePhrases.places(c, from, end), actor, rule, clauseStart, trigger, end, approach, claims);
    }

    /** An offensive "towards" its object: an approach. */
    private static boolean towards(SentenceContext c, int from) {
        return from > 0 && c.t(from - 1).isAnyOf("towards", "toward");
    }

    /** After "advanced": "towards P", "on P", "in on P", "to the outskirts of P"; the place's token, or -1. */
    private static int afterAdvanceParticle(SentenceContext c, int i) {
        int k = i;
        while (k < c.size() && c.tag(k, "ADV") && !c.t(k).isAnyOf("in", "on")) {
            k++; // "advanced rapidly towards"
        }
        if (c.t(k).is("in") && c.norm(k + 1).equals("on")) {
            return k + 2;
        }
        if (c.t(k).isAnyOf("towards", "toward", "on", "upon")) {
            return k + 1;
        }
        if (c.t(k).is("to") && CaptureRule.edgeAt(c, k + 1)) {
            return k + 1;
        }
        return -1;
    }

    /** "within 10 km of P", "to within a few miles of P", after a verb of approach; the place's token, or -1. */
    private int withinDistanceOf(SentenceContext c, int i) {
        boolean approached = false;
        for (int k = Math.max(0, i - 3); k < i && !approached; k++) {
            approached = c.tag(k, "VERB") || c.tag(k, "AUX")
                    ? APPROACH_LEMMAS.contains(c.t(k).lemmaOrNorm()) && !c.t(k).isAnyOf("is", "are", "was", "were")
                    : false;
        }
        if (!approached) {
            return -1;
        }
        for (int k = i + 1; k < Math.min(c.size(), i + 5); k++) {
            if (c.normIn(k, "distance-unit")) {
                return c.norm(k + 1).equals("of") ? k + 2 : -1;
            }
        }
        return -1;
    }

    /**
     * The object of an offensive within {@code reach} words of token i: "(an) offensive on /
     * against / to retake / to capture P"; the place's token, or -1.
     */
    private static int offensiveObject(SentenceContext c, int i, int reach) {
        for (int k = i; k < Math.min(c.size(), i + reach); k++) {
            if (!c.normIn(k, "offensive-noun")) {
                continue;
            }
            int at = k + 1;
            if (c.t(at).isAnyOf("on", "upon", "against", "targeting", "for", "towards", "toward")) {
                return at + 1;
            }
            if (c.t(at).is("to") && c.lemmaIn(at + 1, "capture-verb")) {
                return at + 2; // "an offensive to retake Sirte": its aim, not its result
            }
            return -1;
        }
        return -1;
    }

    /** Whether a launch verb stands a few words before the noun: "launched a major offensive" (read from the verb). */
    private static boolean launchedBefore(SentenceContext c, int noun) {
        for (int k = Math.max(0, noun - 4); k < noun; k++) {
            if (c.lemmaIn(k, "launch-verb")) {
                return true;
            }
        }
        return false;
    }

    /** After "fighting": "in / for / around P", also "raged in P", "for control of P"; the place's token, or -1. */
    private static int foughtOver(SentenceContext c, int i) {
        for (int k = i; k < Math.min(c.size(), i + 3); k++) {
            if (c.t(k).isAnyOf("in", "for", "around", "inside", "across", "over")) { // "near P" is not a fight for P
                int at = k + 1;
                if (c.t(at).is("control") && c.norm(at + 1).equals("of")) {
                    at += 2;
                }
                return at;
            }
            if (c.t(k).isPunctuation() || c.t(k).isAnyOf("between", "with", "against")) {
                return -1;
            }
        }
        return -1;
    }

    private static void emit(SentenceContext c, List<PlaceRef> places, String actor, String rule, int clauseStart,
            int trigger, int end, boolean approach, List<ExtractedClaim> claims) {
        Stance stance = Stance.of(c, clauseStart, trigger, end, actor, Stance.Use.TERRITORY);
        for (PlaceRef ref : places) {
            boolean edge = ref.isPart() && CaptureRule.edgeAt(c, ref.from());
            if (ref.place().kind() == PlaceKind.COUNTRY || ref.place().kind() == PlaceKind.REGION
                    || ref.isPart() && !edge) {
                continue;
            }
            ClaimBuilder b = new ClaimBuilder(ClaimKind.ATTACK, c, rule).actor(actor).place(ref).stance(stance);
            if (edge) {
                b.detail("part", ref.part());
            }
            if (approach) {
                b.detail("approach", true);
            }
            claims.add(b.build());
        }
    }
}
