package org.factquery.extraction.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.gazetteer.PlaceMention;
import org.factquery.extraction.time.TimeExpression;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Reads dated lists of captures: a lead that says what the list is ("Towns taken by the rebels
 * so far:", "A timeline of the cities that have fallen to the army") and the lines under it, each
 * on a line of its own, naming a date and a place in one of three orders:
 * <ul>
 *   <li>"Feb 24 - Misrata: rebels hold the port after clashes." (date, place, what happened);</li>
 *   <li>"21 Aug - Zawiya. The refinery town west of the capital." (date, place, a description);</li>
 *   <li>"Zawiya (Aug 21): ..." or "Zawiya, Aug 21 - ..." (place, then date).</li>
 * </ul>
 * Each line is a capture of its place by the lead's actor, on the line's date, as firmly as the lead
 * states it, unless its own words tell otherwise: a capture, denial or doubt of its own, another
 * party ("federal troops retake the town"), or a place only reached ("reach the outskirts"). A
 * description on the line ("enter the regional capital") is of the line's place. The list ends at
 * the first line that is neither an item nor the rest of an item's line.
 */
final class TimelineReader {

    /** Tokens that open a list line before its date or place. */
    private static final Set<String> BULLETS = Set.of("-", "*", "•", "·", "+", ">");
    /** What separates a line's date from its place. */
    private static final Set<String> SEPARATORS = Set.of("-", ":", ",", ".", "(", ")", "|", "/", ";");

    private final DocumentContext doc;
    private final List<TokenizedSentence> sentences;

    TimelineReader(DocumentContext doc, List<TokenizedSentence> sentences) {
        this.doc = doc;
        this.sentences = sentences;
    }

    /** Places a rule resolved from a description rather than a name (see {@link PlacePhrases}). */
    private static final Set<String> DESCRIBED = Set.of("rank", "capital-of", "provincial-capital",
            "national-capital", "anaphor");

    /**
     * The claims found by the sentence rules, those of list lines about a described place set to
     * the line's place, and the captures the document's dated lists report.
     */
    List<ExtractedClaim> read(List<ExtractedClaim> found) {
        List<ExtractedClaim> claims = new ArrayList<>(found);
        for (int s = 0; s < sentences.size(); s++) {
            Optional<Lead> lead = lead(sentences.get(s));
            if (lead.isEmpty()) {
                continue;
            }
            int next = s + 1;
            while (next < sentences.size() && startsALine(next)) {
                Optional<Item> item = item(sentences.get(next));
                if (item.isEmpty()) {
                    break;
                }
                if (item.get().place() != null) {
                    describedAsTheLinesPlace(item.get(), claims);
                    claim(lead.get(), item.get(), claims).ifPresent(claims::add);
                }
                next++;
                while (next < sentences.size() && !startsALine(next)) {
                    next++; // the rest of the item's line: "The refinery town west of the capital."
                }
            }
            s = next - 1;
        }
        claims.sort(java.util.Comparator.comparingInt(ExtractedClaim::sentence)); // stable: the rules' order stays
        return claims;
    }

    /** What a list's lead says of its items: who took them, how firmly, whether back. */
    private record Lead(int sentence, String actor, Modality modality, String attributedTo, String attributedActor,
            boolean recapture) {
    }

    /** A list line: its sentence, the place it names (null when no known place) and its date. */
    private record Item(int sentence, PlaceMention place, TimeExpression date) {
    }

    /**
     * A sentence that introduces a list of captures: it names places in the plural ("towns",
     * "cities") and ends with a colon, or names a timeline; it holds a word of capture ("taken",
     * "fallen", "captures"), no modal or intention ("could fall", "vowed to take") and no negation.
     */
    private Optional<Lead> lead(TokenizedSentence s) {
        if (s.size() < 2) {
            return Optional.empty();
        }
        boolean colon = s.token(s.size() - 1).norm().equals(":");
        boolean named = false;
        boolean places = false;
        boolean capture = false;
        boolean recapture = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).norm();
            named |= doc.cues.set("timeline-noun").contains(w);
            places |= doc.cues.set("timeline-places").contains(w);
            capture |= doc.cues.set("timeline-capture").contains(w);
            recapture |= doc.cues.set("timeline-recapture").contains(w);
            if (doc.cues.set("forecast-modal").contains(w) || doc.cues.set("negation").contains(w)
                    || doc.cues.set("attempt-word").contains(w) || w.startsWith("threat")) {
                return Optional.empty();
            }
        }
        if (!capture || !(colon && places || named)) {
            return Optional.empty();
        }
        String actor = doc.actorMentions.getOrDefault(s.index(), List.of()).stream()
                .filter(m -> !inAttributionSource(s.index(), m)).map(ActorMention::canonical).findFirst().orElse(null);
        Attribution a = doc.attributions.get(s.index());
        Modality modality = a == null ? Modality.ASSERTED : a.cue();
        if (modality == Modality.REPORTED && actor != null && actor.equals(a.canonical())) {
            modality = Modality.CLAIMED; // "Towns we have taken, the group said:"
        }
        for (int i = 0; i < s.size(); i++) {
            if (doc.cues.set("unconfirmed").contains(s.token(i).norm())) {
                modality = Modality.UNCONFIRMED;
            }
        }
        return Optional.of(new Lead(s.index(), actor, modality, a == null ? null : a.source(),
                a == null ? null : a.canonical(), recapture));
    }

    private boolean inAttributionSource(int sentence, ActorMention m) {
        Attribution a = doc.attributions.get(sentence);
        return a != null && !a.inherited() && a.sourceSpan().contains(m.span());
    }

    /** Whether the sentence is the first of its line: a line break lies between it and the one before. */
    private boolean startsALine(int index) {
        String text = doc.text.text();
        int from = sentences.get(index - 1).span().end();
        int to = sentences.get(index).span().start();
        return text.substring(from, to).indexOf('\n') >= 0;
    }

    /**
     * A list line: date then place, or place then date, within its first tokens. A line that opens
     * with a date is an item even when the gazetteer knows no place after it (its place is null).
     */
    private Optional<Item> item(TokenizedSentence s) {
        int first = 0;
        while (first < s.size() && BULLETS.contains(s.token(first).norm())) {
            first++;
        }
        if (first >= s.size()) {
            return Optional.empty();
        }
        List<TimeExpression> times = doc.times.getOrDefault(s.index(), List.of());
        List<PlaceMention> places = doc.places.getOrDefault(s.index(), List.of());
        int at = s.token(first).span().start();
        for (TimeExpression time : times) {
            if (time.date() != null && time.span().start() == at) {
                int after = firstTokenFrom(s, time.span().end());
                while (after < s.size() && SEPARATORS.contains(s.token(after).norm())) {
                    after++;
                }
                return Optional.of(new Item(s.index(), placeAt(places, after), time));
            }
        }
        PlaceMention place = placeAt(places, first);
        if (place == null) {
            return Optional.empty();
        }
        int after = place.endToken();
        int skipped = 0;
        while (after < s.size() && SEPARATORS.contains(s.token(after).norm()) && skipped++ < 2) {
            after++;
        }
        if (after >= s.size()) {
            return Optional.empty();
        }
        int dateStart = s.token(after).span().start();
        return times.stream().filter(t -> t.date() != null && t.span().start() == dateStart).findFirst()
                .map(t -> new Item(s.index(), place, t));
    }

    private static int firstTokenFrom(TokenizedSentence s, int offset) {
        int i = 0;
        while (i < s.size() && s.token(i).span().start() < offset) {
            i++;
        }
        return i;
    }

    private static PlaceMention placeAt(List<PlaceMention> places, int token) {
        for (PlaceMention m : places) {
            if (m.firstToken() == token && m.place().isCapturable()) {
                return m;
            }
        }
        return null;
    }

    /** "Mekelle: fighters enter the regional capital": the line's description is of its place. */
    private static void describedAsTheLinesPlace(Item item, List<ExtractedClaim> claims) {
        for (int k = 0; k < claims.size(); k++) {
            ExtractedClaim c = claims.get(k);
            if (c.sentence() == item.sentence() && c.place() != null
                    && DESCRIBED.contains(String.valueOf(c.details().get("placeResolvedBy")))) {
                Map<String, Object> details = new LinkedHashMap<>(c.details());
                details.put("placeResolvedBy", "list-item");
                claims.set(k, new ExtractedClaim(c.kind(), c.sentence(), c.actor(), item.place().place(), c.placeText(),
                        c.number(), details, c.attributedTo(), c.attributedActor(), c.modality(), c.negated(),
                        c.eventDate(), c.eventTimeText(), c.ruleId(), c.confidence()));
            }
        }
    }

    /** Whether the line's words say something other than its place's capture by the lead's actor. */
    private boolean tellsOtherwise(Lead lead, Item item) {
        TokenizedSentence s = sentences.get(item.sentence());
        boolean takes = false;
        for (int i = 0; i < s.size(); i++) {
            String w = s.token(i).norm();
            if (doc.cues.set("timeline-not-taken").contains(w) || doc.cues.set("negation").contains(w)) {
                return true;
            }
            takes |= doc.cues.set("capture-verb").contains(s.token(i).lemmaOrNorm());
        }
        // "federal troops retake the town": another party takes it
        return takes && doc.actorMentions.getOrDefault(item.sentence(), List.of()).stream()
                .anyMatch(m -> !m.canonical().equals(lead.actor()) && !inAttributionSource(item.sentence(), m));
    }

    /**
     * The item's capture, unless its own sentence already states one of its place or denies,
     * doubts or forecasts anything of it.
     */
    private Optional<ExtractedClaim> claim(Lead lead, Item item, List<ExtractedClaim> found) {
        if (tellsOtherwise(lead, item)) {
            return Optional.empty();
        }
        for (ExtractedClaim c : found) {
            boolean samePlace = c.sentence() == item.sentence() && c.place() != null
                    && c.place().id().equals(item.place().place().id());
            if (samePlace && (c.kind() == ClaimKind.CAPTURE || c.kind() == ClaimKind.ATTACK || c.modality() == Modality.DENIED
                    || c.modality() == Modality.UNCONFIRMED || c.modality() == Modality.FORECAST)) {
                return Optional.empty();
            }
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("placeResolvedBy", item.place().resolvedBy());
        if (lead.recapture()) {
            details.put("recapture", true);
        }
        return Optional.of(new ExtractedClaim(ClaimKind.CAPTURE, item.sentence(), lead.actor(), item.place().place(),
                item.place().surface(), null, details, lead.attributedTo(), lead.attributedActor(), lead.modality(),
                false, item.date().date(), item.date().text(), "capture.timeline", 0.8));
    }
}
