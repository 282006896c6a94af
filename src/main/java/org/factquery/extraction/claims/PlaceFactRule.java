package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.extraction.gazetteer.PlaceMention;

/**
 * Facts about places as the text states them, true or not (they are compared across documents):
 * <ul>
 *   <li>{@code LOCATED_IN}: "Sheberghan in the northern province of Jowzjan", "Zaranj, the
 *       capital of Nimruz province", "the town of Farah in the same-named province";</li>
 *   <li>{@code DISTANCE}: "Maidan Shar, 35 km (22 miles) west of Kabul";</li>
 *   <li>{@code RANK}: "Jalalabad, Afghanistan's fifth-largest city", "the fifth-largest city of Jalalabad".</li>
 * </ul>
 */
final class PlaceFactRule implements ClaimRule {

    private static final Set<String> KM = Set.of("km", "kilometres", "kilometers", "kilometre", "kilometer", "kms");
    private static final Set<String> MILES = Set.of("miles", "mile", "mi");
    /** Verbs of position between a place and "in": "Zaranj lies in Nimruz province". */
    private static final Set<String> POSITION_WORDS = Set.of("located", "situated", "lies", "lie", "lay", "sits",
            "sit", "based", "which", "lying", "sitting");
    private static final Set<String> FILLER = Set.of("the", "a", ",", "its", "also", "is", "was", "-");

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (PlaceMention m : c.places) {
            if (m.place().kind() == PlaceKind.CITY || m.place().kind() == PlaceKind.DISTRICT) {
                locatedIn(c, m, claims);
            }
        }
        for (int i = 0; i < c.size(); i++) {
            Integer rank = PlacePhrases.rankAt(c, i, c.size());
            if (rank != null) {
                rank(c, i, rank, claims);
            }
            Integer km = Numbers.digits(c.norm(i));
            if (km != null && !c.norm(i - 1).equals("(")) {
                distance(c, i, km, claims);
            }
        }
        return claims;
    }

    private static void locatedIn(SentenceContext c, PlaceMention m, List<ExtractedClaim> claims) {
        int i = m.endToken();
        if (c.t(Math.min(i, c.size() - 1)).isAnyOf("city", "town") && i < c.size()) {
            i++;
        }
        String relation = null;
        int limit = Math.min(c.size(), i + 12);
        for (int k = i; k < limit; k++) {
            String w = c.norm(k);
            if (relation == null && (w.equals("capital") || w.equals("seat")) && c.norm(k + 1).equals("of")) {
                relation = "capital of";
                continue;
            }
            if (relation == null && w.equals("in")) {
                relation = "in";
                continue;
            }
            if (relation == null && !FILLER.contains(w) && !POSITION_WORDS.contains(w) && !c.tag(k, "ADJ")) {
                return;
            }
            if (relation != null && (w.equals("same-named") || w.equals("same") && c.norm(k + 1).equals("name"))) {
                c.doc.gazetteer.place(PlaceKind.PROVINCE, m.place().name())
                        .ifPresent(p -> claims.add(fact(c, m, p, "in", "located-in.same-name")));
                return;
            }
            PlaceMention p = c.placeStartingAt(k);
            if (relation != null && p != null) {
                PlaceEntry province = p.place().kind() == PlaceKind.PROVINCE ? p.place()
                        : p.candidates().stream().filter(e -> e.kind() == PlaceKind.PROVINCE).findFirst().orElse(null);
                boolean saysProvince = c.norm(p.endToken()).equals("province") || c.norm(k - 1).equals("of")
                        && c.norm(k - 2).equals("province") || p.place().kind() == PlaceKind.PROVINCE;
                if (province != null && saysProvince && !province.equals(m.place())) {
                    claims.add(fact(c, m, province, relation, "located-in." + relation.replace(' ', '-')));
                }
                return;
            }
            if (relation != null && (c.t(k).isPunctuation() && !c.t(k).is("-") || c.tag(k, "VERB"))) {
                return;
            }
        }
    }

    private static ExtractedClaim fact(SentenceContext c, PlaceMention m, PlaceEntry province, String relation,
            String rule) {
        Stance stance = Stance.of(c, 0, m.firstToken(), c.size(), null, Stance.Use.FACT);
        return new ClaimBuilder(ClaimKind.LOCATED_IN, c, rule).place(m.place(), m.surface()).stance(stance)
                .detail("province", province.name()).detail("relation", relation).build();
    }

    /** "Jalalabad, Afghanistan's fifth-largest city" or "the fifth-largest city of Jalalabad". */
    private static void rank(SentenceContext c, int at, int rank, List<ExtractedClaim> claims) {
        int left = at - 1;
        while (left >= 0 && (FILLER.contains(c.norm(left)) || isHomePossessive(c, left))) {
            left--;
        }
        PlaceMention named = null;
        for (PlaceMention m : c.places) {
            if (m.endToken() == left + 1 && m.place().kind() == PlaceKind.CITY && left + 1 < at) {
                named = m;
            }
        }
        if (named == null) {
            int right = at;
            while (right < c.size() && !c.t(right).base().equals("city")) {
                right++;
            }
            right++;
            if (c.norm(right).equals("of") || c.norm(right).equals(",")) {
                PlaceMention m = c.placeStartingAt(right + 1);
                if (m != null && m.place().kind() == PlaceKind.CITY) {
                    named = m;
                }
            }
        }
        if (named == null) {
            return;
        }
        Stance stance = Stance.of(c, 0, at, c.size(), null, Stance.Use.FACT);
        claims.add(new ClaimBuilder(ClaimKind.RANK, c, "rank.apposition").place(named.place(), named.surface())
                .number(rank).stance(stance).detail("rank", rank).detail("measure", "population").build());
    }

    private static boolean isHomePossessive(SentenceContext c, int i) {
        return c.t(i).isPossessive() && (c.t(i).base().equals("country") || c.t(i).base().equals("nation")
                || c.countries.stream().anyMatch(m -> m.firstToken() <= i && i < m.endToken()
                        && m.country().code().equals(c.doc.topicCountry)));
    }

    /** "Charikar is about 60 kilometers (37 miles) north of Kabul". */
    private static void distance(SentenceContext c, int at, int value, List<ExtractedClaim> claims) {
        String unit = c.norm(at + 1);
        boolean km = KM.contains(unit);
        if (!km && !MILES.contains(unit)) {
            return;
        }
        int k = at + 2;
        if (c.norm(k).equals("(")) {
            while (k < c.size() && !c.norm(k).equals(")")) {
                k++;
            }
            k++;
        }
        String direction = null;
        if (c.t(Math.min(k, c.size() - 1)).isAnyOf("north", "south") && c.norm(k + 1).equals("-")
                && c.t(Math.min(k + 2, c.size() - 1)).isAnyOf("east", "west")) {
            direction = c.norm(k) + c.norm(k + 2); // "south-west" split by the tokenizer
            k += 3;
        } else if (PlacePhrases.DIRECTIONS.contains(c.norm(k))) {
            direction = c.norm(k).replace("-", "");
            k++;
        }
        if (!(c.norm(k).equals("of") || c.norm(k).equals("from"))) {
            return;
        }
        PlaceMention to = c.placeStartingAt(k + 1);
        PlaceMention from = null;
        for (PlaceMention m : c.places) {
            if (m.endToken() <= at && (from == null || m.firstToken() > from.firstToken())) {
                from = m;
            }
        }
        if (to == null || from == null || from.place().equals(to.place())) {
            return;
        }
        int kilometres = km ? value : (int) Math.round(value * 1.609344);
        String qualifier = c.phraseEndingBefore(at, "number-qualifier") >= 0
                ? c.text(c.phraseEndingBefore(at, "number-qualifier"), at).toLowerCase() : null;
        Stance stance = Stance.of(c, 0, at, c.size(), null, Stance.Use.FACT);
        claims.add(new ClaimBuilder(ClaimKind.DISTANCE, c, "distance").place(from.place(), from.surface())
                .number(kilometres).stance(stance).detail("km", kilometres).detail("to", to.place().name())
                .detail("direction", direction).detail("qualifier", qualifier).build());
    }
}
