package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.factquery.extraction.gazetteer.CountryEntry;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;
import org.factquery.extraction.gazetteer.PlaceMention;

/**
 * Troop deployments: "C sends / will send / has sent / is sending in N troops to P to do X",
 * "N C troops would be deployed to P within 48 hours", "battalions will enter P". The sending
 * country is read through names, demonyms and metonyms (Washington, the Pentagon, London); the
 * count through digits, number words, ranges ("3,500 to 4,000") and "hundreds"; the status is
 * {@code announced} (will, would, vowed to), {@code under way} (is sending) or {@code done}.
 */
final class DeploymentRule implements ClaimRule {

    private static final Pattern TIMEFRAME = Pattern.compile(
            "\\b(?:within (?:the )?(?:next |coming )?[\\w ,-]{0,20}?(?:hours|days|weeks|months)"
                    + "|over the (?:next|coming) [\\w ,-]{0,20}?(?:hours|days|weeks|months)"
                    + "|in the (?:next|coming) [\\w ,-]{0,20}?(?:hours|days|weeks|months)"
                    + "|by the end of (?:the |this |next )?\\w+|on a temporary basis|immediately)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> MOVEMENT_VERBS = Set.of("enter", "arrive", "head", "land");

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        int previousTrigger = -1;
        for (int v = 0; v < c.size(); v++) {
            if (c.tag(v, "VERB") && c.lemmaIn(v, "force-withdraw-verb")) {
                ExtractedClaim leaving = withdrawal(c, v);
                if (leaving != null) {
                    claims.add(leaving);
                }
                continue;
            }
            if (!(c.tag(v, "VERB") && c.lemmaIn(v, "deploy-verb"))) {
                continue;
            }
            ExtractedClaim claim = deployment(c, v, previousTrigger);
            if (claim != null) {
                claims.add(claim);
                if (claim.actor() != null && !claim.details().containsKey("reinforcement")) {
                    c.doc.deploymentSent(c.index, claim.actor());
                }
                totalAfter(c, claim).ifPresent(claims::add);
                previousTrigger = v;
            }
        }
        if (claims.isEmpty()) {
            ExtractedClaim there = presence(c);
            if (there != null) {
                claims.add(there);
            }
        }
        return claims;
    }

    /** Words that make a stated force history, not what is there now. */
    private static final Set<String> PAST = Set.of("had", "were", "was", "height", "peak", "until", "once", "then");
    /** Words between a force and where it is: "are", "on the ground", "now". */
    private static final Set<String> PRESENCE_GLUE = Set.of("are", "is", "on", "the", "ground", "now", "deployed",
            "there", "troops");

    /**
     * "Kenya has about 900 troops in Somalia", "There are about 2,500 US troops in Iraq", "some
     * 900 French soldiers already in the country": forces a country keeps somewhere now, stated
     * without a movement ({@code role: presence}, {@code deployment.presence}). A past tense is
     * history ("at the height of the war, 100,000 troops were in"), not a presence; the sender is
     * named with the troops or is the source's country, never a country's own forces at home.
     */
    private static ExtractedClaim presence(SentenceContext c) {
        Troops troops = troops(c, 0, c.size());
        if (troops == null || troops.count() == null || troops.start() < 0) {
            return null;
        }
        int clauseStart = Clauses.start(c, troops.start());
        boolean cue = false;
        for (int i = Math.max(0, troops.start() - 4); i < troops.start(); i++) {
            int width = c.phraseAt(i, "deployment-presence");
            if (width > 0) {
                clauseStart = Math.min(clauseStart, Clauses.start(c, i)); // "Kenya has": the subject's clause
                cue = true; // "has", "there are", right before the troops: no verb between
                for (int k = i + width; k < troops.start(); k++) {
                    cue &= !c.tag(k, "VERB") && !c.tag(k, "AUX");
                }
            }
        }
        for (int i = clauseStart; i < c.size(); i++) {
            if (PAST.contains(c.norm(i))) {
                return null;
            }
        }
        Destination where = null;
        for (int i = troops.end(); i < Math.min(c.size(), troops.end() + 6) && where == null; i++) {
            int width = c.phraseAt(i, "deployment-presence");
            if (width > 0) {
                cue = true; // "already in the country", "stationed in"
                i += width - 1;
            } else if (c.t(i).isAnyOf("in", "inside")) {
                where = destination(c, i, i + 3);
                if (where == null) {
                    return null;
                }
            } else if (!PRESENCE_GLUE.contains(c.norm(i))) {
                return null;
            }
        }
        if (!cue || where == null) {
            return null;
        }
        String home = where.place().countryCode();
        String sender = null;
        for (CountryMention m : c.countries) {
            if (foreign(home, m) && m.firstToken() >= clauseStart && m.endToken() <= troops.end()) {
                sender = m.country().name();
            }
        }
        if (sender == null && c.attribution != null && c.attribution.canonical() != null) {
            sender = sourceCountry(c).filter(s -> !s.code().equals(home)).map(CountryEntry::name).orElse(null);
        }
        if (sender == null) {
            return null;
        }
        int end = purposeEnd(c, troops.end());
        Stance stance = Stance.of(c, clauseStart, troops.start(), end, sender, Stance.Use.DEPLOYMENT);
        ClaimBuilder b = counted(c, "deployment.presence", sender, troops, stance)
                .detail("status", "done")
                .detail("role", "presence")
                .place(where.place(), where.text()).detail("destination", where.place().name());
        List<String> units = units(c);
        if (!units.isEmpty()) {
            b.detail("units", units);
        }
        return b.build();
    }

    private ExtractedClaim deployment(SentenceContext c, int v, int previousTrigger) {
        boolean movement = MOVEMENT_VERBS.contains(c.t(v).lemmaOrNorm());
        boolean passive = CaptureRule.isPassive(c, v);
        int clauseStart = Clauses.start(c, v);
        int after = v + 1;
        if (c.norm(after).equals("in") || c.norm(after).equals("out")) {
            after++; // "sending in 3,000 troops"
        }
        int end = purposeEnd(c, after);
        Troops troops = troops(c, movement || passive ? clauseStart : after, movement || passive ? v : end);
        if (troops == null && c.norm(after).matches("to|into|in")) {
            // "A further 250 troops will deploy to Cyprus": the troops are the subject
            troops = troops(c, clauseStart, v);
            movement = troops != null;
        }
        if (troops == null) {
            return null;
        }
        if (movement && destination(c, v + 1, Math.min(end, v + 4)) == null) {
            return null; // "since US forces arrived in 2001": a movement only counts with where to
        }
        // "reinforce its garrison in Estonia with 800 troops": the place comes before the troops
        boolean reinforce = c.t(v).lemmaOrNorm().equals("reinforce");
        Destination destination = destination(c, movement ? v + 1 : reinforce ? after : Math.max(after, troops.end()), end);
        String purpose = purpose(c, Math.max(after, troops.end()), end);
        if (destination == null && purpose != null) {
            destination = destinationInPurpose(c, Math.max(after, troops.end()), end);
        }
        // troops go from one country into another: the sender is not the destination's country
        String home = destination != null && destination.place().countryCode() != null
                ? destination.place().countryCode() : c.doc.topicCountry;
        String sender = sender(c, v, previousTrigger, troops, home);
        // "Afghan troops were sent to Herat": a country's own forces moving at home reinforce, they
        // are no foreign deployment (kept apart, with reinforcement: true; /deployments leaves them out)
        CountryMention ownCountry = sender == null ? ownForces(c, clauseStart, Math.max(v, troops.end()), home) : null;
        String own = ownCountry == null ? null : c.doc.actorOf(ownCountry.country());
        if (sender == null && own == null) {
            sender = carriedOver(c, home);
        }
        Stance stance = Stance.of(c, clauseStart, v, end, own != null ? own : sender, Stance.Use.DEPLOYMENT);
        ClaimBuilder b = new ClaimBuilder(ClaimKind.DEPLOYMENT, c, own != null ? "deployment.reinforcement"
                : movement ? "deployment.movement" : passive ? "deployment.passive" : "deployment.active")
                .actor(own != null ? own : sender).number(troops.count()).stance(stance)
                .detail("country", own != null ? ownCountry.country().name() : sender)
                .detail("reinforcement", own != null ? Boolean.TRUE : null)
                .detail("troops", troops.count())
                .detail("troopsMax", troops.max())
                .detail("troopsText", troops.text())
                .detail("qualifier", troops.qualifier())
                .detail("status", status(c, clauseStart, v, end))
                .detail("role", role(c, troops))
                .detail("purpose", purpose)
                .detail("timeframe", timeframe(c, v));
        List<String> units = units(c);
        if (!units.isEmpty()) {
            b.detail("units", units);
        }
        if (destination != null) {
            b.place(destination.place(), destination.text()).detail("destination", destination.place().name());
        }
        if (sender == null) {
            b.confidence(0.6);
        }
        return b.build();
    }

    /**
     * "France is pulling 2,400 troops out of Mali", "the United States will withdraw 1,000 troops
     * from Iraq", "the last British troops pulled out of Kabul": a sending country's forces
     * leaving, kept apart from deployments ({@code status: withdrawing}, {@code deployment.withdrawal});
     * the place they leave is the claim's place. Staff, diplomats and civilians are no forces.
     */
    private static ExtractedClaim withdrawal(SentenceContext c, int v) {
        int clauseStart = Clauses.start(c, v);
        int after = v + 1;
        if (c.norm(after).matches("out|back|home")) {
            after++;
        }
        int end = purposeEnd(c, after);
        Troops troops = troops(c, after, end);
        boolean subject = false;
        if (troops == null || troops.start() < 0 && troops.count() == null) {
            troops = troops(c, clauseStart, v); // "the last British troops pulled out of Kabul"
            subject = true;
        }
        if (troops == null) {
            return null;
        }
        for (int i = clauseStart; i < end; i++) {
            if (c.normIn(i, "not-forces")) {
                return null; // "withdrawing personnel from its embassy"
            }
        }
        int from = subject ? after : troops.end();
        Destination left = null;
        for (int i = from; i < Math.min(end, from + 4) && left == null; i++) {
            if (c.t(i).isAnyOf("from", "of")) {
                left = placeAt(c, i + 1);
            }
        }
        if (left == null) {
            return null; // a withdrawal names where from
        }
        // a contingent leaving: counted, or "the last / all / remaining" troops, or a whole country;
        // "Armenian troops pulled out of Shusha" is a side leaving a town (WithdrawalRule's)
        boolean contingent = troops.count() != null || left.place().kind() == PlaceKind.COUNTRY;
        for (int i = Math.max(clauseStart, (subject ? clauseStart : after)); i < troops.end() && !contingent; i++) {
            contingent = c.t(i).isAnyOf("last", "all", "remaining", "entire");
        }
        if (!contingent) {
            return null;
        }
        // the sender is named with the troops ("British troops", "France is pulling"), not elsewhere
        String home = left.place().countryCode();
        String sender = null;
        for (CountryMention m : c.countries) {
            if (foreign(home, m) && m.firstToken() >= clauseStart && m.endToken() <= Math.max(v, troops.end())) {
                sender = m.country().name();
            }
        }
        if (sender == null) {
            return null;
        }
        Stance stance = Stance.of(c, clauseStart, v, end, sender, Stance.Use.DEPLOYMENT);
        return counted(c, "deployment.withdrawal", sender, troops, stance)
                .detail("status", "withdrawing")
                .detail("timeframe", timeframe(c, v))
                .place(left.place(), left.text()).detail("destination", left.place().name())
                .build();
    }

    /** A deployment report of a sender's counted troops, with the count's details. */
    private static ClaimBuilder counted(SentenceContext c, String ruleId, String sender, Troops troops, Stance stance) {
        return new ClaimBuilder(ClaimKind.DEPLOYMENT, c, ruleId).actor(sender)
                .number(troops.count()).stance(stance)
                .detail("country", sender)
                .detail("troops", troops.count())
                .detail("troopsMax", troops.max())
                .detail("troopsText", troops.text())
                .detail("qualifier", troops.qualifier());
    }

    /** A troop count: the number, its upper bound for a range, the words, the qualifier. */
    record Troops(Integer count, Integer max, String text, String qualifier, int start, int end) {
    }

    /** The troop phrase in {@code [from, to)}: "3,000 US troops", "around 600 troops", "hundreds", "troops". */
    private static Troops troops(SentenceContext c, int from, int to) {
        for (int i = from; i < to; i++) {
            Numbers.Read n = Numbers.at(c, i);
            if (n != null) {
                Integer max = null;
                int next = n.end();
                boolean between = c.norm(i - 1).equals("between") && c.norm(next).equals("and");
                if (c.norm(next).equals("to") || c.norm(next).equals("-") || between) {
                    Numbers.Read upper = Numbers.at(c, next + 1);
                    if (upper != null && upper.value() > n.value()) {
                        max = upper.value();
                        next = upper.end();
                    }
                }
                int noun = troopNounWithin(c, next, Math.min(to, next + 5));
                if (noun >= 0 && c.normIn(noun, "troop-noun") && !isFormation(c, noun)) {
                    String qualifier = qualifierBefore(c, i);
                    return new Troops(n.value(), max, c.text(i, next), qualifier, i, noun + 1);
                }
                if (noun >= 0) {
                    // "two Marine infantry battalions": formations, not a head count
                    int end = noun + 1;
                    while (end < to && (c.normIn(end, "troop-noun") || c.normIn(end, "unit"))) {
                        end++;
                    }
                    return new Troops(null, null, c.text(i, end), null, i, end);
                }
            }
            if (c.t(i).isAnyOf("hundreds", "thousands", "dozens")) {
                int noun = troopNounWithin(c, i + 1, Math.min(to, i + 4));
                return new Troops(null, null, c.text(i, i + 1), null, i, noun >= 0 ? noun + 1 : i + 1);
            }
            if (c.t(i).isAnyOf("several", "a few", "some") && c.t(i + 1).isAnyOf("thousand", "hundred")) {
                // "several thousand troops": the words, whose range the merger knows as "thousands"
                int noun = troopNounWithin(c, i + 2, Math.min(to, i + 5));
                return new Troops(null, null, c.text(i, i + 2), null, i, noun >= 0 ? noun + 1 : i + 2);
            }
            if (c.normIn(i, "troop-noun") || c.phraseAt(i, "unit") > 0 && c.t(i).isCapitalized()
                    || c.phraseAt(i, "unit") > 0 && c.norm(i + 1).matches("battalions?|brigades?")) {
                int end = i + 1;
                while (end < to && (c.normIn(end, "troop-noun") || c.phraseAt(end, "unit") > 0)) {
                    end++;
                }
                Troops inside = countInsideUnit(c, i, end, to);
                return inside != null ? inside : new Troops(null, null, null, null, -1, end);
            }
        }
        return null;
    }

    /** "an infantry battalion of about 800 soldiers", "a UN battalion of 850 peacekeepers": the count the unit is given. */
    private static Troops countInsideUnit(SentenceContext c, int unitStart, int unitEnd, int to) {
        if (!c.norm(unitEnd).equals("of")) {
            return null;
        }
        int at = unitEnd + 1;
        int qualifier = c.phraseAt(at, "number-qualifier");
        Numbers.Read n = Numbers.at(c, at + qualifier);
        if (n == null) {
            return null;
        }
        int end = n.end();
        while (end < to && end < n.end() + 3 && !c.t(end).isPunctuation() && !c.t(end).isAnyOf("to", "in", "into")) {
            end++; // "soldiers", "peacekeepers", "men"
        }
        int start = at + qualifier;
        return new Troops(n.value(), null, c.text(start, n.end()),
                qualifier > 0 ? c.text(at, start).toLowerCase(Locale.ROOT) : null, start, end);
    }

    private static boolean isFormation(SentenceContext c, int noun) {
        return c.t(noun).isAnyOf("battalions", "battalion", "brigades", "brigade", "units");
    }

    /** The troop noun after a count, allowing "US", "additional", "of its" between: -1 when none. */
    private static int troopNounWithin(SentenceContext c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c.normIn(i, "troop-noun") || c.normIn(i, "unit")) {
                return i;
            }
            if (c.tag(i, "VERB") || c.t(i).isPunctuation()) {
                return -1;
            }
        }
        return -1;
    }

    private static String qualifierBefore(SentenceContext c, int i) {
        int start = c.phraseEndingBefore(i, "number-qualifier");
        return start < 0 ? null : c.text(start, i).toLowerCase();
    }

    /** The sending country: the nearest named before the verb, else in the troop phrase, else the source's. */
    private static String sender(SentenceContext c, int v, int previousTrigger, Troops troops, String home) {
        CountryMention best = null;
        for (CountryMention m : c.countries) {
            if (foreign(home, m) && m.endToken() <= v && m.firstToken() > previousTrigger
                    && (best == null || m.firstToken() > best.firstToken())) {
                best = m;
            }
        }
        if (best != null) {
            return best.country().name();
        }
        for (CountryMention m : c.countries) {
            if (foreign(home, m) && m.firstToken() > v && m.endToken() <= troops.end()) {
                return m.country().name();
            }
        }
        if (c.attribution != null && c.attribution.canonical() != null) {
            // "the Pentagon said ...": the source's country, when it is not the one the troops go to
            Optional<CountryEntry> source = sourceCountry(c);
            if (source.isPresent() && !source.get().code().equals(home)) {
                return source.get().name();
            }
        }
        for (CountryMention m : c.countries) {
            if (foreign(home, m)) {
                return m.country().name();
            }
        }
        return null;
    }

    /**
     * "British forces flew ... A further 250 troops will deploy to Cyprus": the sender of the
     * deployment a sentence or two before, when this one names no sender nor the destination's own forces.
     */
    private static String carriedOver(SentenceContext c, String home) {
        return c.doc.recentDeploymentSender(c.index)
                .filter(sender -> home == null || c.doc.gazetteer.country(sender)
                        .map(entry -> !entry.code().equals(home)).orElse(true))
                .orElse(null);
    }

    /**
     * A country that can send troops there: any but the one they go to (else the one the document
     * is about), whose own troops moving are no foreign deployment.
     */
    /** The destination's own country when the troops are its ("Afghan troops"), else null. */
    private static CountryMention ownForces(SentenceContext c, int from, int to, String home) {
        for (CountryMention m : c.countries) {
            if (home != null && m.country().code().equals(home) && m.firstToken() >= from && m.endToken() <= to) {
                return m;
            }
        }
        return null;
    }

    private static boolean foreign(String home, CountryMention m) {
        return !m.country().code().equals(home);
    }

    /** The country of the sentence's source: named by it, or the state it speaks for ("Pentagon", "US officials"). */
    private static Optional<CountryEntry> sourceCountry(SentenceContext c) {
        for (CountryMention m : c.countries) {
            if (c.attribution.sourceSpan().contains(m.span())) {
                return Optional.of(m.country());
            }
        }
        return c.doc.gazetteer.country(c.attribution.canonical());
    }

    record Destination(PlaceEntry place, String text) {
    }

    /** "to Kabul", "into Afghanistan", "to the nation", or the object of "enter". */
    private static Destination destination(SentenceContext c, int from, int to) {
        for (int i = from; i < to; i++) {
            // a name the tagger took for a verb ("to Kuwait/VERB") is still a place
            boolean named = c.placeStartingAt(i + 1) != null || c.countryStartingAt(i + 1) != null;
            boolean preposition = c.t(i).isAnyOf("to", "into", "in") && (!c.tag(i + 1, "VERB") || named);
            boolean enterObject = i == from && i > 0 && c.t(i - 1).lemmaOrNorm().equals("enter");
            if (!preposition && !enterObject) {
                if (c.t(i).is("to") && c.tag(i + 1, "VERB")) {
                    return null; // the purpose starts; no destination before it
                }
                continue;
            }
            int at = enterObject ? i : i + 1;
            if (c.norm(at).equals("the") && (c.norm(at + 1).equals("nation") || c.norm(at + 1).equals("country"))) {
                // "to the nation": the country the document is about
                return c.doc.topicCountry().flatMap(c.doc.gazetteer::countryOfCode)
                        .map(h -> new Destination(c.doc.gazetteer.asPlace(h), c.text(at, at + 2))).orElse(null);
            }
            Destination d = placeAt(c, at);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static Destination placeAt(SentenceContext c, int at) {
        CountryMention possessor = c.countryStartingAt(at);
        if (possessor != null && possessor.surface().matches("(?s).*['\u2019]s?$")) {
            // "to Mozambique's Cabo Delgado", "to Mozambique's northern province of Cabo Delgado"
            for (int k = possessor.endToken(); k < Math.min(c.size(), possessor.endToken() + 5); k++) {
                PlaceMention inside = c.placeStartingAt(k);
                if (inside != null && inside.place().countryCode() != null
                        && inside.place().countryCode().equals(possessor.country().code())) {
                    return new Destination(inside.place(), inside.surface());
                }
                if (c.t(k).isPunctuation() || c.tag(k, "VERB")) {
                    break;
                }
            }
        }
        if (PlacePhrases.DIRECTIONS.contains(c.norm(at)) && (c.placeStartingAt(at + 1) != null
                || c.countryStartingAt(at + 1) != null)) {
            at++; // "to northern Mozambique", "in eastern Congo": the place, not a part of it we do not know
        }
        PlaceMention p = c.placeStartingAt(at);
        if (p == null && c.norm(at).equals("the")) {
            p = c.placeStartingAt(at + 1);
        }
        if (p != null) {
            return new Destination(p.place(), p.surface());
        }
        CountryMention country = c.countryStartingAt(at);
        if (country == null && c.norm(at).equals("the")) {
            country = c.countryStartingAt(at + 1); // "to the Central African Republic"
        }
        if (country != null && country.via() == org.factquery.extraction.gazetteer.CountryEntry.Via.NAME) {
            return new Destination(c.doc.gazetteer.asPlace(country.country()), country.surface());
        }
        return null;
    }

    /** No stated destination: the city the purpose names ("the evacuation of the US Embassy in Kabul"). */
    private static Destination destinationInPurpose(SentenceContext c, int from, int to) {
        for (PlaceMention m : c.places) {
            if (m.firstToken() >= from && m.endToken() <= to && m.place().isCapturable()) {
                return new Destination(m.place(), m.surface());
            }
        }
        return null;
    }

    /** "to assist with ...", "to help evacuate ...", else "for the evacuation of ...". */
    private static String purpose(SentenceContext c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c.t(i).is("to") && c.tag(i + 1, "VERB") && c.placeStartingAt(i + 1) == null
                    && c.countryStartingAt(i + 1) == null) {
                return trimmed(c, i, to); // not "to Cabo Delgado", a place the tagger took for a verb
            }
        }
        for (int i = from; i < to; i++) {
            if (c.t(i).is("for") && !c.t(i + 1).isPunctuation()) {
                return trimmed(c, i, to);
            }
        }
        return null;
    }

    private static String trimmed(SentenceContext c, int from, int to) {
        int end = to;
        while (end > from && c.t(end - 1).isPunctuation() && !c.t(end - 1).norm().equals("\"")) {
            end--;
        }
        return end > from ? c.text(from, end) : null;
    }

    /** Where a deployment's phrase ends: the sentence's end, or a clause that is not its own. */
    private static int purposeEnd(SentenceContext c, int from) {
        for (int i = from; i < c.size(); i++) {
            String w = c.norm(i);
            if (w.equals(".") || w.equals(";") || w.equals("!") || w.equals("?")) {
                return i;
            }
            if (w.equals(",") && c.norm(i + 1).matches("while|according|but|which|as|although|though|and|bringing")) {
                return i;
            }
            if (w.equals(",") && c.attribution != null && !c.attribution.inherited()
                    && c.attribution.sourceSpan().start() > c.t(i).span().start()
                    && c.attribution.sourceSpan().start() <= c.t(Math.min(i + 2, c.size() - 1)).span().start()) {
                return i; // "..., a U.S. official said": the source, not the purpose
            }
            if (w.equals("while") || w.equals("according") || w.equals("but")) {
                return i;
            }
            if (w.equals("and") && (c.tag(i + 1, "VERB") || subjectThenVerbAt(c, i + 1))) {
                return i; // "and stressed that", "and the British government sent"
            }
        }
        return c.size();
    }

    /** A subject word and its verb within four words, before punctuation: "the British government sent". */
    private static boolean subjectThenVerbAt(SentenceContext c, int i) {
        if (!(c.tag(i, "DET") || c.tag(i, "PROPN") || c.tag(i, "PRON"))) {
            return false;
        }
        for (int k = i + 1; k < Math.min(c.size(), i + 5); k++) {
            if (c.tag(k, "VERB") && !c.t(k - 1).is("to")) {
                return true;
            }
            if (c.t(k).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    private static String timeframe(SentenceContext c, int v) {
        String sentence = c.span(0, c.size()).coveredText(c.doc.text.matchText());
        int offset = c.t(v).span().start() - c.span(0, c.size()).start();
        Matcher m = TIMEFRAME.matcher(sentence);
        while (m.find()) {
            if (m.start() > offset) {
                int start = c.span(0, c.size()).start() + m.start();
                return c.doc.text.text().substring(start, start + m.group().length());
            }
        }
        return null;
    }

    /**
     * Whether the count is an increment ("an additional 1,000", "1,000 more", "another 500", "500
     * troops in addition to the 1,000 already there"), a total ("a total of 6,000") or neither
     * (null). A total stated after the count ("..., bringing the total to 6,000") is a report of
     * its own ({@link #totalAfter}).
     */
    private static String role(SentenceContext c, Troops troops) {
        if (troops.start() < 0) {
            return null;
        }
        for (int i = Math.max(0, troops.start() - 4); i < troops.start(); i++) {
            int total = c.phraseAt(i, "deployment-total");
            if (total > 0 && i + total >= troops.start() - 2) {
                return "total";
            }
        }
        int after = c.phraseAt(troops.end(), "deployment-total");
        if (after > 0 && !c.norm(troops.end() + after - 1).equals("to")) {
            return "total"; // "4,800 troops in all"
        }
        if (troops.qualifier() != null && c.doc.cues.set("deployment-increment").contains(troops.qualifier())) {
            return "increment";
        }
        for (int i = troops.start(); i < Math.min(c.size(), troops.end() + 6); i++) {
            if (c.phraseAt(i, "deployment-increment") > 0) {
                return "increment"; // "1,000 more troops", "500 troops in addition to the 1,000 there"
            }
        }
        return null;
    }

    /**
     * "..., bringing the total to about 6,000": the total a deployment's count adds up to, as a
     * report of the same sender and destination with {@code role: total}.
     */
    private static Optional<ExtractedClaim> totalAfter(SentenceContext c, ExtractedClaim increment) {
        int from = -1;
        for (int i = 0; i < c.size() && from < 0; i++) {
            int total = c.phraseAt(i, "deployment-total");
            if (total <= 0 || !c.t(i).norm().startsWith("bring")) {
                continue;
            }
            // "bringing the total to 6,000", "bringing the total committed to the operation to about 1,400"
            for (int k = i + total - 1; k < Math.min(c.size(), i + total + 8); k++) {
                int at = k + 1 + c.phraseAt(k + 1, "number-qualifier");
                if (c.t(k).is("to") && Numbers.at(c, at) != null) {
                    from = k + 1;
                    break;
                }
            }
        }
        if (from < 0) {
            return Optional.empty();
        }
        int at = from;
        int qualifier = c.phraseAt(at, "number-qualifier");
        at += qualifier;
        Numbers.Read n = Numbers.at(c, at);
        if (n == null || increment.number() != null && n.value() <= increment.number()) {
            return Optional.empty();
        }
        Map<String, Object> details = new LinkedHashMap<>(increment.details());
        details.put("troops", n.value());
        details.put("troopsText", c.text(at, n.end()));
        details.remove("troopsMax");
        details.put("qualifier", qualifier > 0 ? c.text(from, at).toLowerCase(Locale.ROOT) : null);
        details.values().removeIf(Objects::isNull);
        details.put("role", "total");
        details.remove("purpose");
        return Optional.of(new ExtractedClaim(ClaimKind.DEPLOYMENT, increment.sentence(), increment.actor(),
                increment.place(), increment.placeText(), n.value(), details, increment.attributedTo(),
                increment.attributedActor(), increment.modality(), increment.negated(), increment.eventDate(),
                increment.eventTimeText(), "deployment.total", increment.confidence()));
    }

    /**
     * announced (will, would, to send, vowed), under way (is sending), done (sent, has deployed);
     * standby ("to stand by", "on standby", "to stand ready") and staged ("pre-positioned",
     * "staged in") whatever the tense: troops held near a war, not sent into it.
     */
    private static String status(SentenceContext c, int clauseStart, int v, int end) {
        for (int i = Math.max(0, clauseStart - 1); i < end; i++) {
            int standby = c.phraseAt(i, "deployment-standby");
            for (int k = i; k < i + standby; k++) {
                if (c.normIn(k, "deployment-staged")) {
                    return "staged";
                }
            }
            if (standby > 0) {
                return "standby";
            }
        }
        for (int i = Math.max(0, clauseStart - 1); i < v; i++) {
            if (c.t(i).isAnyOf("will", "would", "shall", "'ll", "to", "plans", "planned", "plan", "set")) {
                return "announced";
            }
        }
        if (v > 0 && c.t(v - 1).isAnyOf("to", "of", "about")) {
            return "announced"; // "plans to send", "no intention of deploying"
        }
        if (c.t(v).norm().endsWith("ing") || v > 0 && c.t(v - 1).isAnyOf("being")) {
            return "under way";
        }
        return "done";
    }

    /** A formation's name as armies write it: "16 Air Assault Brigade", "82nd Airborne Division", "1st Battalion". */
    private static final Pattern NAMED_FORMATION = Pattern.compile(
            "\\b\\d{1,3}(?:st|nd|rd|th)?(?: (?:[A-Z][A-Za-z]+|\\d{1,3}(?:st|nd|rd|th)?)){0,4}?"
                    + " (?:Brigade Combat Team|Brigade|Battalion|Division|Regiment|Expeditionary Unit|Commando)\\b");

    private static List<String> units(SentenceContext c) {
        Set<String> units = new LinkedHashSet<>();
        String sentence = c.span(0, c.size()).coveredText(c.doc.text.text());
        int sentenceStart = c.span(0, c.size()).start();
        List<int[]> formations = new ArrayList<>();
        Matcher formation = NAMED_FORMATION.matcher(sentence);
        while (formation.find()) {
            units.add(formation.group()); // kept as written: its name says what it is
            formations.add(new int[] {sentenceStart + formation.start(), sentenceStart + formation.end()});
        }
        for (int i = 0; i < c.size(); i++) {
            int width = c.phraseAt(i, "unit");
            int at = c.t(i).span().start();
            if (width > 0 && formations.stream().anyMatch(n -> at >= n[0] && at < n[1])) {
                continue; // "Brigade" of "16 Air Assault Brigade"
            }
            if (width == 0) {
                continue;
            }
            String words = c.text(i, i + width);
            String lower = words.toLowerCase();
            boolean named = c.t(i).isCapitalized() || lower.startsWith("battalion") || lower.startsWith("brigade")
                    || lower.equals("infantry") || lower.equals("paratroopers") || lower.equals("special forces");
            if (named) {
                units.add(canonicalUnit(lower, words));
            }
            i += width - 1;
        }
        return List.copyOf(units);
    }

    private static String canonicalUnit(String lower, String asWritten) {
        return switch (lower) {
            case "marine", "marines" -> "Marines";
            case "army" -> "Army";
            case "air force" -> "Air Force";
            case "navy" -> "Navy";
            case "battalion", "battalions" -> "battalions";
            case "brigade", "brigades" -> "brigades";
            default -> asWritten;
        };
    }
}
