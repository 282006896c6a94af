package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;

import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * Who holds a place: "X (still) holds / controls / retains P", "X was (still) in control of P",
 * "P remained in government hands", "P is under X('s) control". Control of part of a place
 * ("in control of Kandahar's airport") is {@code PARTIAL_CONTROL}.
 */
final class ControlRule implements ClaimRule {

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            String lemma = c.t(i).lemmaOrNorm();
            if (c.tag(i, "VERB") && (lemma.equals("hold") || lemma.equals("control") || lemma.equals("retain")
                    || lemma.equals("keep")) && !c.t(i).norm().endsWith("ing") || isInControlOf(c, i)) {
                int from = isInControlOf(c, i) ? i + 3 : i + 1;
                if (c.t(i).is("control") && c.norm(i + 1).equals("of")) {
                    from = i + 2;
                }
                int clauseStart = Clauses.start(c, i);
                int end = Clauses.end(c, from);
                String actor = Clauses.actorBefore(c, i, clauseStart);
                if (actor == null) {
                    continue;
                }
                emit(c, PlacePhrases.places(c, from, end), actor, "control.holds", clauseStart, i, end, claims);
            } else if (isInHands(c, i)) {
                // "P remained in government hands", "P is in Taliban hands"
                int clauseStart = Clauses.start(c, i);
                int verb = i - 1;
                String actor = Clauses.actorAfter(c, i + 1, 2);
                if (actor == null) {
                    continue;
                }
                emit(c, PlacePhrases.places(c, clauseStart, verb), actor, "control.in-hands", clauseStart, i,
                        Clauses.end(c, i + 3), claims);
            }
        }
        return claims;
    }

    private static boolean isInControlOf(SentenceContext c, int i) {
        return c.t(i).is("in") && c.norm(i + 1).equals("control") && c.norm(i + 2).equals("of");
    }

    /** "remained in government hands": "in", one or two words naming the holder, "hands". */
    private static boolean isInHands(SentenceContext c, int i) {
        return c.t(i).is("in") && i > 0 && (c.t(i - 1).lemmaOrNorm().equals("remain") || c.t(i - 1).lemmaOrNorm().equals("be"))
                && (c.norm(i + 2).equals("hands") || c.norm(i + 3).equals("hands"));
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
