package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Tallies: "N of (the country's) M provincial capitals", "the twelfth of ... M provincial
 * capitals", "about a dozen provincial capitals", "half of the provincial capitals", with the
 * qualifier ("at least", "about") kept. "N more cities" is an increment, not a tally.
 */
final class CountRule implements ClaimRule {

    private static final Set<String> COUNTED = Set.of("capitals", "provinces", "cities", "districts", "towns",
            "centres", "centers");

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            Integer value = null;
            boolean ordinal = false;
            boolean half = false;
            int next;
            Numbers.Read n = Numbers.at(c, i);
            if (n != null && !c.norm(i - 1).equals("(")) {
                value = n.value();
                next = n.end();
            } else if (Numbers.ordinal(c.norm(i)) != null && c.norm(i + 1).equals("of") && c.norm(i - 1).equals("the")) {
                value = Numbers.ordinal(c.norm(i));
                ordinal = true;
                next = i + 1;
            } else if (c.t(i).is("half") && c.norm(i + 1).equals("of")) {
                half = true;
                next = i + 1;
            } else {
                continue;
            }
            if (c.norm(next).equals("more")) {
                continue;
            }
            boolean of = c.norm(next).equals("of");
            int from = of ? next + 1 : next;
            Integer total = null;
            int noun = -1;
            for (int k = from; k < Math.min(c.size(), from + 6); k++) {
                Numbers.Read t = Numbers.at(c, k);
                if (t != null && total == null && of) {
                    total = t.value();
                    k = t.end() - 1;
                    continue;
                }
                if (COUNTED.contains(c.norm(k))) {
                    noun = k;
                    break;
                }
                if (c.tag(k, "VERB") || c.t(k).isAnyOf(",", ".", ";")) {
                    break;
                }
            }
            if (noun < 0 || !of && (ordinal || half)) {
                continue;
            }
            if (!of && !c.t(noun).isAnyOf("capitals", "provinces")) {
                continue; // "three major cities on Friday" counts a day's events, not a tally
            }
            if (half) {
                value = total == null ? null : total / 2;
            }
            int nounStart = noun;
            while (nounStart > from && c.tag(nounStart - 1, "ADJ")) {
                nounStart--;
            }
            int clauseStart = Clauses.start(c, i);
            String actor = Clauses.actorBefore(c, i, clauseStart);
            String rule = ordinal ? "count.ordinal" : half ? "count.half" : of ? "count.n-of-m" : "count.n";
            if (actor == null) {
                actor = c.doc.topicActor;
                rule += ".topic-actor";
            }
            String qualifier = c.phraseEndingBefore(i, "number-qualifier") >= 0
                    ? c.text(c.phraseEndingBefore(i, "number-qualifier"), i).toLowerCase() : half ? "half" : null;
            if (qualifier == null && c.norm(i + 1).equals("dozen")) {
                qualifier = "about"; // "a dozen" is a round figure
            }
            Stance stance = Stance.of(c, clauseStart, i, noun + 1, actor, Stance.Use.TERRITORY);
            claims.add(new ClaimBuilder(ClaimKind.COUNT, c, rule).actor(actor).number(value).stance(stance)
                    .detail("value", value).detail("of", total).detail("qualifier", qualifier)
                    .detail("what", c.text(nounStart, noun + 1)).detail("ordinal", ordinal ? Boolean.TRUE : null)
                    .build());
            i = noun;
        }
        return claims;
    }
}
