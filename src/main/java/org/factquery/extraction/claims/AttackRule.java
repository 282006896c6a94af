package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;

import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * A place under attack or siege, which makes it contested, not captured: "P has been under
 * Taliban siege", "P may be under insurgent attack", "X could isolate / besieged / encircled P".
 */
final class AttackRule implements ClaimRule {

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (c.t(i).is("under")) {
                int noun = i + 1;
                while (noun < Math.min(c.size(), i + 4) && !c.lemmaIn(noun, "siege-noun")) {
                    noun++;
                }
                if (!c.lemmaIn(noun, "siege-noun")) {
                    continue;
                }
                int clauseStart = Clauses.start(c, i);
                int end = i;
                while (end > clauseStart && (c.tag(end - 1, "AUX") || c.tag(end - 1, "ADV") || c.tag(end - 1, "PART"))) {
                    end--;
                }
                String actor = Clauses.actorAfter(c, i + 1, 2);
                if (actor == null) {
                    actor = c.doc.topicActor;
                }
                emit(c, PlacePhrases.places(c, clauseStart, end), actor, "attack.under", clauseStart, i,
                        Clauses.end(c, noun + 1), claims);
            } else if (CaptureRule.isVerb(c, i) && c.lemmaIn(i, "siege-verb") && !CaptureRule.isPassive(c, i)) {
                int clauseStart = Clauses.start(c, i);
                int end = Clauses.end(c, i + 1);
                String actor = Clauses.actorBefore(c, i, clauseStart);
                if (actor == null) {
                    continue;
                }
                emit(c, PlacePhrases.places(c, i + 1, end), actor, "attack.verb", clauseStart, i, end, claims);
            }
        }
        return claims;
    }

    private static void emit(SentenceContext c, List<PlaceRef> places, String actor, String rule, int clauseStart,
            int trigger, int end, List<ExtractedClaim> claims) {
        Stance stance = Stance.of(c, clauseStart, trigger, end, actor, Stance.Use.TERRITORY);
        for (PlaceRef ref : places) {
            if (ref.place().kind() == PlaceKind.COUNTRY || ref.isPart()) {
                continue;
            }
            claims.add(new ClaimBuilder(ClaimKind.ATTACK, c, rule).actor(actor).place(ref).stance(stance).build());
        }
    }
}
