package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;

import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * Who holds a place: "X (still) holds / controls / retains P", "X was (still) in control of P",
 * "P remained in government hands", "P is under X('s) control". Control of part of a place
 * ("in control of Taloqan's airport") is {@code PARTIAL_CONTROL}. "P is back under X control" is a
 * recapture by X.
 */
final class ControlRule implements ClaimRule {

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (isHoldingVerb(c, i) || isInControlOf(c, i)) {
                int from = isInControlOf(c, i) ? i + 3 : i + 1;
                if (c.t(i).is("control") && c.norm(from).equals("of")) {
                    from++;
                } else if (c.norm(from).equals("control") && c.norm(from + 1).equals("of")) {
                    from += 2; // "retained control of Kabul"
                }
                int clauseStart = Clauses.start(c, i);
                int end = Clauses.end(c, from);
                String actor = Clauses.actorBefore(c, i, clauseStart);
                if (actor == null) {
                    continue;
                }
                List<PlaceRef> places = PlacePhrases.places(c, from, end);
                emit(c, places, actor, "control.holds", clauseStart, i, end, claims);
                CaptureRule.exceptions(c, places, actor, end, clauseStart, i, claims);
            } else if (isInHands(c, i) || isUnderControl(c, i)) {
                // "P remained in government hands", "P is in the hands of X", "P is under X control"
                int clauseStart = Clauses.start(c, i);
                int verb = remainOrBeBefore(c, i);
                int holder = c.norm(i + 1).equals("the") && c.normIn(i + 2, "holding-noun") && c.norm(i + 3).equals("of")
                        ? i + 4 : i + 1;
                String actor = Clauses.actorAfter(c, holder, holder == i + 1 ? 2 : 3);
                if (actor == null) {
                    continue;
                }
                List<PlaceRef> places = PlacePhrases.places(c, clauseStart, verb);
                int end = Clauses.end(c, holder + 1);
                if (c.t(i).is("under") && i > 0 && c.t(i - 1).is("back")) {
                    backUnder(c, places, actor, clauseStart, i, end, claims);
                    continue;
                }
                String rule = c.t(i).is("in") ? "control.in-hands" : "control.under";
                emit(c, places, actor, rule, clauseStart, i, end, claims);
            }
        }
        return claims;
    }

    /** "hold", "controls", "retained", or "control" read as a noun right after an actor ("the Taliban control P"). */
    private static boolean isHoldingVerb(SentenceContext c, int i) {
        String lemma = c.t(i).lemmaOrNorm();
        boolean holding = lemma.equals("hold") || lemma.equals("control") || lemma.equals("retain") || lemma.equals("keep");
        return holding && !c.t(i).norm().endsWith("ing")
                && (c.tag(i, "VERB") || !c.t(i).isAnyOf("held") && CaptureRule.isVerb(c, i));
    }

    private static boolean isInControlOf(SentenceContext c, int i) {
        return c.t(i).is("in") && c.norm(i + 1).equals("control") && c.norm(i + 2).equals("of");
    }

    /** "remained in government hands", "is in the hands of X": after "remain" or "be". */
    private static boolean isInHands(SentenceContext c, int i) {
        return c.t(i).is("in") && afterRemainOrBe(c, i)
                && (c.norm(i + 2).equals("hands") || c.norm(i + 3).equals("hands"));
    }

    /** "is under government control", "remains under the control of X", after "remain" or "be". */
    private static boolean isUnderControl(SentenceContext c, int i) {
        return c.t(i).is("under") && afterRemainOrBe(c, i)
                && (c.norm(i + 2).equals("control") || c.norm(i + 3).equals("control")
                        || c.norm(i + 1).equals("the") && c.norm(i + 2).equals("control") && c.norm(i + 3).equals("of"));
    }

    private static boolean afterRemainOrBe(SentenceContext c, int i) {
        return remainOrBeBefore(c, i) > 0;
    }

    /** The "remain" or "be" before token i, adverbs aside ("remained firmly in ..."), or -1. */
    private static int remainOrBeBefore(SentenceContext c, int i) {
        int k = i - 1;
        while (k > 0 && c.tag(k, "ADV")) {
            k--;
        }
        return k > 0 && (c.t(k).lemmaOrNorm().equals("remain") || c.t(k).lemmaOrNorm().equals("be")) ? k : -1;
    }

    /** "P is back under government control": the place changed hands back, a recapture. */
    private static void backUnder(SentenceContext c, List<PlaceRef> places, String actor, int clauseStart, int trigger,
            int end, List<ExtractedClaim> claims) {
        Stance stance = Stance.of(c, clauseStart, trigger, end, actor, Stance.Use.TERRITORY);
        for (PlaceRef ref : places) {
            if (ref.place().isCapturable() && !ref.isPart()) {
                claims.add(new ClaimBuilder(ClaimKind.CAPTURE, c, "capture.back-under").actor(actor).place(ref)
                        .detail("recapture", true).stance(stance).build());
            }
        }
    }

    private static void emit(SentenceContext c, List<PlaceRef> places, String actor, String rule, int clauseStart,
            int trigger, int end, List<ExtractedClaim> claims) {
        Stance stance = Stance.of(c, clauseStart, trigger, end, actor, Stance.Use.TERRITORY);
        for (PlaceRef ref : places) {
            if (ref.place().kind() == PlaceKind.COUNTRY) {
                continue;
            }
            boolean partial = ref.isPart() || ref.place().kind() == PlaceKind.FACILITY
                    || ref.place().kind() == PlaceKind.DISTRICT;
            claims.add(new ClaimBuilder(partial ? ClaimKind.PARTIAL_CONTROL : ClaimKind.CONTROL, c, rule)
                    .actor(actor).place(ref).detail("within", ref.place().parent()).stance(stance).build());
        }
    }
}
