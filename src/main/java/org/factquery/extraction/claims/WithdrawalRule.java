package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * A side leaving a place, which it then no longer holds:
 * <ul>
 *   <li>"X withdrew (its forces) from P", "X retreated from P", "X pulled (its troops) out of P",
 *   "X pulled back from P", "X fell back from P";</li>
 *   <li>"X abandoned P", "X left P", "X fled P", "X lost (control of) P";</li>
 *   <li>"the withdrawal of X from P", "X's withdrawal from P", "P was abandoned by X".</li>
 * </ul>
 * The side must be named (an actor of the document): "residents fled Sirte" is no withdrawal.
 */
final class WithdrawalRule implements ClaimRule {

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.lemmaIn(i, "withdraw-verb") && (c.tag(i, "VERB") || CaptureRule.isVerb(c, i))) {
                verbal(c, i, claims);
            } else if (c.t(i).lemmaOrNorm().equals("fall") && c.norm(i + 1).equals("back")
                    && c.norm(i + 2).equals("from")) {
                leaving(c, i, i + 3, claims); // "fell back from P"
            } else if (c.normIn(i, "withdraw-noun") && (c.tag(i, "NOUN") || c.tag(i, "PROPN") || c.tag(i, "ADJ"))) {
                nominal(c, i, claims);
            }
        }
        return claims;
    }

    private static void verbal(SentenceContext c, int v, List<ExtractedClaim> claims) {
        String lemma = c.t(v).lemmaOrNorm();
        if (CaptureRule.isPassive(c, v)) {
            // "P was abandoned by X"
            if (c.norm(v + 1).equals("by")) {
                int clauseStart = Clauses.start(c, v);
                String actor = Clauses.actorAfter(c, v + 2, 3);
                if (actor != null) {
                    int end = Clauses.end(c, v + 2);
                    emit(c, PlacePhrases.places(c, clauseStart, Clauses.skipAuxiliariesBack(c, v, clauseStart)),
                            actor, "withdrawal.passive", clauseStart, v, end, claims);
                }
            }
            return;
        }
        int from = placeAfter(c, v + 1, lemma);
        if (from > 0) {
            leaving(c, v, from, claims);
        }
    }

    /**
     * Where the left place starts after the verb: "from P" (after an object such as "its forces"),
     * "out of P", "back from P"; for "abandon", "leave", "flee", "evacuate" the object itself.
     */
    private static int placeAfter(SentenceContext c, int i, String lemma) {
        if (lemma.equals("lose") || lemma.equals("lost")) {
            // "the army lost Gwoza", "lost control of Baga"
            return c.norm(i).equals("control") && c.norm(i + 1).equals("of") ? i + 2 : i;
        }
        boolean direct = lemma.equals("abandon") || lemma.equals("leave") || lemma.equals("left")
                || lemma.equals("flee") || lemma.equals("fled") || lemma.equals("evacuate");
        if (direct && !c.t(i).isAnyOf("from", "out", "for", "behind", "its", "their")) {
            return i; // "abandoned Sirte", "fled the town": whatever place the object names
        }
        for (int k = i; k < Math.min(c.size(), i + 5); k++) {
            if (c.t(k).is("from")) {
                return k + 1;
            }
            if (c.t(k).is("out") && c.norm(k + 1).equals("of")) {
                return k + 2;
            }
            if (c.t(k).isPunctuation() || c.tag(k, "VERB")) {
                return -1;
            }
        }
        return -1;
    }

    /** "the withdrawal of X from P", "X's withdrawal from P", "the army's retreat from P". */
    private static void nominal(SentenceContext c, int n, List<ExtractedClaim> claims) {
        int from = -1;
        String actor = null;
        if (c.norm(n + 1).equals("of")) {
            actor = Clauses.actorAfter(c, n + 2, 2);
            for (int k = n + 2; k < Math.min(c.size(), n + 8); k++) {
                if (c.t(k).is("from")) {
                    from = k + 1;
                    break;
                }
            }
        } else if (c.norm(n + 1).equals("from")) {
            from = n + 2;
        }
        if (from < 0) {
            return;
        }
        int clauseStart = Clauses.start(c, n);
        if (actor == null) {
            actor = Clauses.actorBefore(c, n, Math.max(clauseStart, n - 4));
        }
        int end = Clauses.end(c, from);
        emit(c, PlacePhrases.places(c, from, end), actor, "withdrawal.nominal", clauseStart, n, end, claims);
    }

    private static void leaving(SentenceContext c, int v, int from, List<ExtractedClaim> claims) {
        int clauseStart = Clauses.start(c, v);
        String actor = Clauses.actorBefore(c, v, clauseStart);
        int end = Clauses.end(c, from);
        emit(c, PlacePhrases.places(c, from, end), actor, "withdrawal.active", clauseStart, v, end, claims);
    }

    private static void emit(SentenceContext c, List<PlaceRef> places, String actor, String rule, int clauseStart,
            int trigger, int end, List<ExtractedClaim> claims) {
        if (actor == null) {
            return; // who left is the claim
        }
        Stance stance = Stance.of(c, clauseStart, trigger, end, actor, Stance.Use.TERRITORY);
        for (PlaceRef ref : places) {
            if (ref.place().isCapturable() && !ref.isPart()) {
                claims.add(new ClaimBuilder(ClaimKind.WITHDRAWAL, c, rule).actor(actor).place(ref).stance(stance)
                        .build());
            }
        }
    }
}
