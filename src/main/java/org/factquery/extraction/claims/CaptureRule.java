package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.List;

import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.PlaceEntry;
import org.factquery.extraction.gazetteer.PlaceKind;

/**
 * Captures, in the forms news uses:
 * <ul>
 *   <li>active: "X captured / seized / took control of / overran / stormed P, Q and R";</li>
 *   <li>passive: "P has been taken over by X", "P is completely conquered";</li>
 *   <li>place as subject: "P fell (to X)", "P surrendered to X", "P could come under X";</li>
 *   <li>nominal: "the fall / capture / seizure / takeover / conquest of P";</li>
 *   <li>handed over: "elders handed P over to X", "the garrison gave up P to X", "P was ceded to X";</li>
 *   <li>a victory: "the battle for P ended in an X victory", "ended with X wins in the fights for P".</li>
 * </ul>
 * A list of places goes on past appositions that hold a clause ("P, the gateway to the east, Q,
 * which had changed hands twice, and R"); a participle after the clause takes its subject
 * ("X attacked P, taking the town by nightfall").
 * A recapture ("retook", "regained control of", "liberated", "the recapture of P") is a capture
 * with the detail {@code recapture}: the place changed hands back. Entering a place's edge
 * ("entered the outskirts of P") is no capture: {@link AttackRule} reads it.
 * A district, a facility or part of a place ("government buildings in Kunduz") is a
 * {@code PARTIAL_CAPTURE}; "with the exception of the police compound" adds a
 * {@code PARTIAL_CONTROL} by the other side. Without a named agent, the actor is the subject, the
 * speaker when a party speaks of itself, else the document's insurgent topic.
 */
final class CaptureRule implements ClaimRule {

    @Override
    public List<ExtractedClaim> apply(SentenceContext c) {
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            if (isVerb(c, i) && c.lemmaIn(i, "capture-verb")) {
                verbal(c, i, claims);
            } else if (isVerb(c, i) && c.lemmaIn(i, "entry-verb") && c.norm(i + 1).equals("into")
                    && !edgeAt(c, i + 2) && Clauses.actorInClause(c, i, Clauses.start(c, i)) != null) {
                verbal(c, i, claims); // "Russian armour moved into Gori", "rebels swept into the town"
            } else if ((c.tag(i, "NOUN") || c.tag(i, "PROPN")) && c.lemmaIn(i, "capture-noun")
                    && c.norm(i + 1).equals("of")) {
                nominal(c, i, claims);
            } else if (c.tag(i, "NOUN") && c.lemmaIn(i, "capture-noun") && i == 1
                    && c.t(0).isAnyOf("its", "that", "this") && !c.norm(i + 1).equals("of")) {
                anaphoricNominal(c, i, claims);
            } else if (isVerb(c, i) && c.lemmaIn(i, "handover-verb")) {
                handover(c, i, claims);
            } else if (c.lemmaIn(i, "victory-noun") && (c.tag(i, "NOUN") || c.tag(i, "PROPN"))) {
                victory(c, i, claims);
            }
        }
        return claims;
    }

    private void verbal(SentenceContext c, int v, List<ExtractedClaim> claims) {
        String lemma = c.t(v).lemmaOrNorm();
        if (v >= 2 && c.t(v - 1).is("to") && c.normIn(v - 2, "attempt-word")) {
            return; // "an offensive to retake Sirte", "tried to capture Kismayo": an attempt, not a capture
        }
        boolean passive = isPassive(c, v);
        int clauseStart = Clauses.start(c, v);
        if (c.lemmaIn(v, "capture-intransitive")) {
            placeAsSubject(c, v, lemma, clauseStart, claims);
            return;
        }
        int after = v + 1;
        boolean needsObjectNoun = lemma.equals("take") || lemma.equals("gain") || lemma.equals("claim")
                || lemma.equals("assume") || lemma.equals("win") || lemma.equals("regain") || lemma.equals("recover")
                || lemma.equals("reclaim");
        if (!passive && c.norm(after).equals("it") && !PRONOUN_IDIOMS.contains(c.norm(after + 1))) {
            pronounObject(c, v, after, clauseStart, claims); // "They took it without a fight."
            return;
        }
        if (c.normIn(after, "capture-object-noun")) {
            after++;
            if (c.norm(after).equals("of") || c.norm(after).equals("over")) {
                after++;
            }
        } else if (needsObjectNoun && !(passive && lemma.equals("take")) && !placeFollows(c, after, lemma)) {
            return; // "took part", "claimed responsibility"
        }
        if (c.norm(after).equals("into")) {
            after++; // "stormed into the Kunduz jail", "moved into Gori"
        }
        if (lemma.equals("enter") && edgeAt(c, after)) {
            return; // "entered the outskirts of P": an attack
        }
        if (passive) {
            int end = Clauses.skipAuxiliariesBack(c, v, clauseStart);
            List<PlaceRef> places = PlacePhrases.places(c, clauseStart, end);
            String actor = c.norm(after).equals("by") ? Clauses.actorAfter(c, after + 1, 3) : null;
            String rule = "capture.passive";
            if (actor == null) {
                actor = speakerOrTopic(c);
                rule = "capture.passive.implied-agent";
            }
            int passiveEnd = Clauses.end(c, after);
            emit(c, places, actor, rule, clauseStart, v, passiveEnd, claims);
            exceptions(c, places, actor, passiveEnd, clauseStart, v, claims);
            return;
        }
        int end = Clauses.end(c, after);
        List<PlaceRef> places = new ArrayList<>(PlacePhrases.places(c, after, end));
        for (int more = PlacePhrases.listGoesOnAfter(c, after, end); more >= 0;
                more = PlacePhrases.listGoesOnAfter(c, more, end)) {
            end = Clauses.end(c, more);
            PlacePhrases.places(c, more, end).stream().filter(p -> !places.contains(p)).forEach(places::add);
        }
        int including = including(c, end);
        if (including > 0) {
            // "seized three cities on Friday, including Taloqan"
            PlacePhrases.places(c, including, Clauses.end(c, including)).stream()
                    .filter(p -> !places.contains(p)).forEach(places::add);
        }
        String actor = Clauses.actorBefore(c, v, clauseStart);
        String rule = "capture.active";
        if (speaksOfItself(c, v, lemma)) {
            // "The Taliban said they had captured ...", "The Taliban claimed possession of ..."
            actor = c.attribution.canonical();
            rule = "capture.active.speaker";
        }
        if (actor == null) {
            actor = Clauses.participleSubject(c, v); // "Having captured Sirte, the rebels ..."
            rule = "capture.active.participle";
        }
        if (actor == null) {
            actor = c.doc.topicActor;
            rule = "capture.active.topic-actor";
        }
        emit(c, places, actor, rule, clauseStart, v, end, claims);
        exceptions(c, places, actor, end, clauseStart, v, claims);
    }

    /** "P fell (to X)", "P surrendered to X", "P could come under X". */
    private void placeAsSubject(SentenceContext c, int v, String lemma, int clauseStart, List<ExtractedClaim> claims) {
        int next = v + 1;
        String actor = null;
        switch (lemma) {
            case "fall" -> {
                if (c.normIn(next, "fall-not-capture") || c.tag(next, "ADJ")) {
                    return; // "the city fell silent"
                }
                if (c.norm(next).equals("to") || c.norm(next).equals("under")) {
                    actor = Clauses.actorAfter(c, next + 1, 3);
                }
            }
            case "surrender" -> {
                if (!c.norm(next).equals("to")) {
                    return;
                }
                actor = Clauses.actorAfter(c, next + 1, 3);
            }
            case "come" -> {
                if (!c.norm(next).equals("under") || siegeNounWithin(c, next + 1, 4)) {
                    return; // "came under attack", "came under fire": not a change of hands
                }
                actor = Clauses.actorAfter(c, next + 1, 4);
            }
            default -> {
                return;
            }
        }
        int end = Clauses.skipAuxiliariesBack(c, v, clauseStart);
        List<PlaceRef> places = PlacePhrases.places(c, clauseStart, end);
        String rule = "capture." + lemma;
        if (actor == null) {
            actor = speakerOrTopic(c);
            rule += ".implied-agent";
        }
        int clauseEnd = Clauses.end(c, next);
        emit(c, places, actor, rule, clauseStart, v, clauseEnd, claims);
        exceptions(c, places, actor, clauseEnd, clauseStart, v, claims);
    }

    /**
     * "Elders handed P over to X", "the garrison gave up P to X", "ceded P to X", and the passive
     * "P was handed over to X": X takes P. Who gives it up is not said to leave it: a handover by
     * elders or a mediator is no withdrawal of theirs.
     */
    private void handover(SentenceContext c, int v, List<ExtractedClaim> claims) {
        boolean needsParticle = c.t(v).lemmaOrNorm().equals("hand") || c.t(v).lemmaOrNorm().equals("turn")
                || c.t(v).lemmaOrNorm().equals("give");
        int after = v + 1;
        if (c.t(after).isAnyOf("over", "up")) {
            after++;
            needsParticle = false;
        }
        int clauseStart = Clauses.start(c, v);
        int to = c.t(Math.min(after, c.size() - 1)).is("to") ? after : Clauses.end(c, after); // "to" ends the object
        if (c.t(Math.min(to, c.size() - 1)).is("to") && c.t(to - 1).isAnyOf("over", "up")) {
            needsParticle = false; // "handed Jowhar over to"
        } else if (!c.t(Math.min(to, c.size() - 1)).is("to")) {
            // "handed P over to X": the particle after the object
            int particle = -1;
            for (int k = after; k < Math.min(c.size() - 1, after + 8); k++) {
                if (c.t(k).isAnyOf("over", "up") && c.t(k + 1).is("to")) {
                    particle = k;
                    break;
                }
            }
            if (particle < 0) {
                return;
            }
            to = particle + 1;
            needsParticle = false;
        }
        String actor = Clauses.actorAfter(c, to + 1, 3);
        if (needsParticle || actor == null) {
            return; // "handed a letter to", "gave the town to": no change of hands said
        }
        boolean passive = isPassive(c, v);
        List<PlaceRef> places = passive
                ? PlacePhrases.places(c, clauseStart, Clauses.skipAuxiliariesBack(c, v, clauseStart))
                : PlacePhrases.places(c, after, to).stream()
                        .filter(p -> !c.t(p.from()).isAnyOf("over", "up")).toList();
        emit(c, places, actor, "capture.handover", clauseStart, v, Clauses.end(c, to + 1), claims);
    }

    /**
     * "The battle for P ended in an X victory", "the offensive ended with X wins in the fights for
     * P and Q": the victor takes the places fought for.
     */
    private void victory(SentenceContext c, int n, List<ExtractedClaim> claims) {
        String actor = Clauses.actorRightBefore(c, n);
        for (CountryMention m : c.countries) {
            if (actor == null && m.endToken() == n) {
                actor = c.doc.actorOf(m.country()); // "an Azerbaijani victory"
            }
        }
        int verb = -1;
        for (int k = n - 1; k >= Math.max(0, n - 6); k--) {
            if (c.t(k).lemmaOrNorm().equals("end") || c.t(k).lemmaOrNorm().equals("result")
                    || c.t(k).lemmaOrNorm().equals("conclude")) {
                verb = k;
                break;
            }
        }
        if (actor == null || verb < 0) {
            return;
        }
        int clauseStart = Clauses.start(c, verb);
        List<PlaceRef> places = new ArrayList<>();
        int subjectEnd = Clauses.skipAuxiliariesBack(c, verb, clauseStart);
        for (int k = clauseStart; k < subjectEnd - 1; k++) {
            if (foughtFor(c, k)) {
                places.addAll(PlacePhrases.places(c, k + 2, subjectEnd));
                break;
            }
        }
        for (int k = n + 1; k < Math.min(c.size() - 1, n + 6); k++) {
            if (foughtFor(c, k)) {
                PlacePhrases.places(c, k + 2, Clauses.end(c, k + 2)).stream().filter(p -> !places.contains(p))
                        .forEach(places::add);
                break;
            }
        }
        emit(c, places, actor, "capture.victory", clauseStart, n, Clauses.end(c, n + 1), claims);
    }

    /** "battle for", "fight over", "offensive on": a fight and the word that names what it is for. */
    private static boolean foughtFor(SentenceContext c, int k) {
        return (c.normIn(k, "fighting-noun") || c.normIn(k, "offensive-noun"))
                && c.t(k + 1).isAnyOf("for", "over", "of", "on");
    }

    /** What after "took it" makes no place of "it": "took it as a sign", "seized it for himself". */
    private static final java.util.Set<String> PRONOUN_IDIOMS = java.util.Set.of("as", "for", "that", "to",
            "seriously", "personally", "upon", "easy", "hard", "well", "badly", "in");

    /**
     * "They took it without a fight", "the rebels captured it on Sunday": "it" is the city the
     * sentence or the few before named last; "they" the actor named last before the sentence.
     */
    private void pronounObject(SentenceContext c, int v, int it, int clauseStart, List<ExtractedClaim> claims) {
        var city = c.doc.lastCityBefore(c.index, v);
        if (city.isEmpty()) {
            return;
        }
        String actor = Clauses.actorBefore(c, v, clauseStart);
        String rule = "capture.active.anaphor";
        if (actor == null && c.norm(v - 1).equals("they") || actor == null && c.norm(v - 2).equals("they")) {
            actor = c.doc.lastActorBefore(c.index).orElse(null);
        }
        if (actor == null) {
            actor = speakerOrTopic(c);
            rule += ".implied-agent";
        }
        PlaceRef ref = new PlaceRef(city.get(), c.text(it, it + 1), it, it + 1, null, "anaphor");
        emit(c, List.of(ref), actor, rule, clauseStart, v, Clauses.end(c, it + 1), claims);
    }

    /**
     * A sentence that opens with "Its fall ...", "That seizure ...", "Its capture by the rebels ...": the capture of
     * the first city the sentence before names (its subject or topic, more often than the city
     * it names last: "Bria, a diamond town near Bambari, was besieged. Its fall ...").
     */
    private void anaphoricNominal(SentenceContext c, int n, List<ExtractedClaim> claims) {
        var city = c.index == 0 ? java.util.Optional.<PlaceEntry>empty() : c.doc.firstCityIn(c.index - 1);
        if (city.isEmpty()) {
            return;
        }
        String actor = c.t(Math.min(n + 1, c.size() - 1)).isAnyOf("to", "by") ? Clauses.actorAfter(c, n + 2, 3) : null;
        String rule = "capture.nominal.anaphor";
        if (actor == null) {
            actor = speakerOrTopic(c);
            rule += ".implied-agent";
        }
        PlaceRef ref = new PlaceRef(city.get(), c.text(n - 1, n + 1), n - 1, n + 1, null, "anaphor");
        emit(c, List.of(ref), actor, rule, Clauses.start(c, n), n, Clauses.end(c, n + 1), claims);
    }

    /** "the fall of Farah", "the seizure of Taloqan and Kunduz". */
    private void nominal(SentenceContext c, int n, List<ExtractedClaim> claims) {
        int end = Clauses.end(c, n + 2);
        List<PlaceRef> places = PlacePhrases.places(c, n + 2, end);
        if (places.isEmpty()) {
            return;
        }
        int clauseStart = Clauses.start(c, n);
        // the taker stands right before the noun ("the Taliban's capture of", "a rebel takeover of");
        // a subject further off ("officials fear the fall of P") is who speaks of it
        String actor = Clauses.actorRightBefore(c, n);
        if (actor == null && c.norm(end).equals("by")) {
            actor = Clauses.actorAfter(c, end + 1, 3);
        }
        String rule = "capture.nominal";
        if (actor == null) {
            actor = c.doc.topicActor;
            rule += ".topic-actor";
        }
        emit(c, places, actor, rule, clauseStart, n, end, claims);
    }

    private static void emit(SentenceContext c, List<PlaceRef> places, String actor, String rule, int clauseStart,
            int trigger, int clauseEnd, List<ExtractedClaim> claims) {
        Stance stance = Stance.of(c, clauseStart, trigger, clauseEnd, actor, Stance.Use.TERRITORY);
        for (PlaceRef ref : places) {
            PlaceEntry place = ref.place();
            if (place.kind() == PlaceKind.COUNTRY || place.kind() == PlaceKind.REGION && !ref.isPart()) {
                continue;
            }
            boolean partial = ref.isPart() || place.kind() == PlaceKind.DISTRICT || place.kind() == PlaceKind.FACILITY;
            ClaimBuilder b = new ClaimBuilder(partial ? ClaimKind.PARTIAL_CAPTURE : ClaimKind.CAPTURE, c, rule)
                    .actor(actor).place(ref).stance(stance);
            if (c.lemmaIn(trigger, "recapture-verb") || c.normIn(trigger, "recapture-noun")) {
                b.detail("recapture", true);
            }
            if (place.parent() != null) {
                b.detail("within", place.parent());
            }
            if (rule.endsWith("topic-actor") || rule.endsWith("implied-agent")) {
                b.confidence(0.7);
            }
            claims.add(b.build());
        }
    }

    /** "..., with the exception of the police compound": held by the other side. */
    static void exceptions(SentenceContext c, List<PlaceRef> places, String actor, int from, int clauseStart,
            int trigger, List<ExtractedClaim> claims) {
        for (int i = from; i < c.size(); i++) {
            int width = c.phraseAt(i, "exception");
            if (width == 0) {
                continue;
            }
            int partFrom = i + width;
            while (partFrom < c.size() && c.t(partFrom).isAnyOf("the", "its", "a")) {
                partFrom++;
            }
            int partTo = partFrom;
            while (partTo < c.size() && !c.t(partTo).isPunctuation() && !c.t(partTo).isAnyOf("and", "which", "where")) {
                partTo++;
            }
            if (partTo == partFrom) {
                return;
            }
            String holder = c.doc.opponentOf(actor);
            Stance stance = Stance.of(c, clauseStart, trigger, partTo, holder, Stance.Use.TERRITORY);
            for (PlaceRef ref : places) {
                if (ref.isPart() || ref.place().kind() != PlaceKind.CITY) {
                    continue;
                }
                claims.add(new ClaimBuilder(ClaimKind.PARTIAL_CONTROL, c, "partial-control.exception")
                        .actor(holder).place(ref).detail("part", c.text(partFrom, partTo)).stance(stance).build());
            }
            return;
        }
    }

    /**
     * Whether the speaker is the subject: the trigger is itself the reporting verb ("claimed
     * possession"), or its subject is a pronoun after the speaker ("said they had captured").
     */
    private static boolean speaksOfItself(SentenceContext c, int v, String lemma) {
        if (c.attribution == null || c.attribution.canonical() == null || c.attribution.inherited()
                || c.doc.side(c.attribution.canonical()).isEmpty()) {
            return false;
        }
        if (lemma.equals("claim")) {
            return true;
        }
        int i = v - 1;
        while (i >= 0 && Clauses.isAuxiliaryLike(c, i)) {
            i--;
        }
        boolean afterSource = i >= 0 && c.attribution.sourceSpan().end() <= c.t(i).span().start();
        // "said they had captured", or "claimed to have captured" right after the reporting verb
        return afterSource && (c.t(i).isAnyOf("they", "it", "we")
                || c.tag(i, "VERB") && c.attribution.sourceSpan().end() <= c.t(i).span().start()
                        && isReportingVerbOf(c, i));
    }

    private static boolean isReportingVerbOf(SentenceContext c, int i) {
        int k = i - 1;
        while (k >= 0 && (c.tag(k, "AUX") || c.tag(k, "ADV"))) {
            k--;
        }
        return k >= 0 && c.t(k).span().end() == c.attribution.sourceSpan().end();
    }

    /** A passive without "by": the speaker when a party speaks of its own success, else the topic. */
    private static String speakerOrTopic(SentenceContext c) {
        if (c.attribution != null && c.attribution.canonical() != null
                && c.doc.side(c.attribution.canonical()).isPresent()
                && c.attribution.canonical().equals(c.doc.topicActor)) {
            return c.attribution.canonical();
        }
        return c.doc.topicActor;
    }

    /**
     * A verb, or a word the tagger read as a noun or adjective where only a verb fits: right after
     * an actor and before a place or article ("the Taliban seize Taloqan" in a headline, "the
     * Taliban besieged Kunduz"), or a participle after perfect "have" ("have overrun").
     */
    static boolean isVerb(SentenceContext c, int i) {
        if (c.tag(i, "VERB")) {
            return true;
        }
        if (c.tag(i, "ADJ") && perfectAuxiliaryBefore(c, i)) {
            return true; // "have overrun": a participle the tagger read as an adjective
        }
        // a word the tagger does not know ("overran" read as a preposition) in the verb's slot
        boolean unknownForm = c.tag(i, "ADP") && c.t(i).lemmaOrNorm().equals(c.t(i).norm())
                && c.t(i).norm().length() > 4;
        if (!(c.tag(i, "NOUN") || c.tag(i, "PROPN") || c.tag(i, "ADJ") || unknownForm)) {
            return false;
        }
        boolean afterActor = c.actors.stream().anyMatch(m -> m.endToken() == i);
        boolean beforeObject = c.placeStartingAt(i + 1) != null || c.t(Math.min(i + 1, c.size() - 1)).isAnyOf("the", "control");
        return afterActor && beforeObject;
    }

    /** "attack", "fire", "siege" within {@code reach} words: "came under (heavy) attack" is no capture. */
    private static boolean siegeNounWithin(SentenceContext c, int from, int reach) {
        for (int i = from; i < Math.min(c.size(), from + reach); i++) {
            if (c.lemmaIn(i, "siege-noun")) {
                return true;
            }
            if (c.t(i).isPunctuation()) {
                return false;
            }
        }
        return false;
    }

    /** A form of perfect "have" right before token i, adverbs aside: "have (now) overrun". */
    private static boolean perfectAuxiliaryBefore(SentenceContext c, int i) {
        int k = i - 1;
        while (k >= 0 && c.tag(k, "ADV")) {
            k--;
        }
        return k >= 0 && c.tag(k, "AUX") && c.t(k).isAnyOf("have", "has", "had", "having");
    }

    /** "(the) outskirts / suburbs / edge of": a place's edge, at token i. */
    static boolean edgeAt(SentenceContext c, int i) {
        int k = i;
        while (k < c.size() && c.t(k).isAnyOf("the", "its", "their", "northern", "southern", "eastern", "western")) {
            k++;
        }
        return c.normIn(k, "edge-noun");
    }

    /** "took the city of Taloqan", "have regained Kunduz": a place right after "take", "win", "regain" .... */
    private static boolean placeFollows(SentenceContext c, int after, String lemma) {
        if (!(lemma.equals("take") || lemma.equals("win") || lemma.equals("regain") || lemma.equals("recover")
                || lemma.equals("reclaim"))) {
            return false;
        }
        List<PlacePhrases.Chunk> chunks = PlacePhrases.chunks(c, after, Clauses.end(c, after));
        if (chunks.isEmpty() || chunks.get(0).from() != after) {
            return false;
        }
        var head = PlacePhrases.head(c, chunks.get(0));
        if (head != null) {
            return head.firstToken() - after <= 4;
        }
        // "taking the town by nightfall": a place the phrase describes, not a part of one
        return c.t(after).is("the") && c.normIn(after + 1, "city-noun")
                && PlacePhrases.places(c, after, chunks.get(0).to()).stream()
                        .anyMatch(p -> p.part() == null && !p.via().equals("name"));
    }

    /** The token after "including" when it follows the phrase within a few words, else -1. */
    private static int including(SentenceContext c, int from) {
        for (int i = from; i < Math.min(c.size(), from + 6); i++) {
            if (c.t(i).is("including")) {
                return i + 1;
            }
            if (c.tag(i, "VERB") || c.t(i).isAnyOf(".", ";")) {
                return -1;
            }
        }
        return -1;
    }

    /** "was / has been / is (completely) conquered": a form of "be" before the participle. */
    static boolean isPassive(SentenceContext c, int v) {
        for (int i = v - 1; i >= Math.max(0, v - 3); i--) {
            String lemma = c.t(i).lemmaOrNorm();
            if (c.tag(i, "AUX") && (lemma.equals("be") || c.t(i).isAnyOf("been", "being", "is", "was", "were", "are"))) {
                return !c.t(v).norm().endsWith("ing");
            }
            if (!c.tag(i, "ADV")) {
                return false;
            }
        }
        return false;
    }
}
