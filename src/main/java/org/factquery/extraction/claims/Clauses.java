package org.factquery.extraction.claims;

import java.util.Set;

import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.time.TimeExpression;

/** Where a trigger's clause starts and ends, and who its subject or agent is. */
final class Clauses {

    /** Words that open another clause after the one a trigger is in. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "after", "while", "before", "following", "since",
            "because", "which", "who", "whom", "where", "when", "amid", "but", "despite", "if", "unless", "than",
            "thanks", "giving", "putting", "raising", "leaving", "marking", "making", "sending", "prompting",
            "forcing", "releasing", "with", "although", "though", "whereas", "until", "according", "saying", "so",
            "to", "for");
    private static final Set<String> SENTENCE_STOPS = Set.of(".", "!", "?", ";", ":", "\"");
    private static final Set<String> SUBJECT_STOPS = Set.of("that", ";", ":", "\"", "which", "who", "while", "as",
            "after", "because", "if", "when", "where", "though", "although", "whether");

    private Clauses() {
    }

    /**
     * The first of the auxiliaries, adverbs and particles right before a trigger ("has (now) been
     * taken"), not before {@code from}: where the subject ends.
     */
    static int skipAuxiliariesBack(SentenceContext c, int trigger, int from) {
        int i = trigger;
        while (i > from && isAuxiliaryLike(c, i - 1)) {
            i--;
        }
        return i;
    }

    /** An auxiliary, adverb or particle: what stands between a subject and its verb. */
    static boolean isAuxiliaryLike(SentenceContext c, int i) {
        return c.tag(i, "AUX") || c.tag(i, "ADV") || c.tag(i, "PART");
    }

    /** The first token after the trigger's auxiliaries that is still in its clause, leftwards. */
    static int start(SentenceContext c, int trigger) {
        int i = skipAuxiliariesBack(c, trigger, 0);
        int attributionEnd = -1;
        if (c.attribution != null && !c.attribution.inherited()
                && c.attribution.sourceSpan().end() <= c.t(trigger).span().start()) {
            attributionEnd = c.attribution.sourceSpan().end();
        }
        while (i > 0) {
            var before = c.t(i - 1);
            if (SUBJECT_STOPS.contains(before.norm()) || before.hasTag("SCONJ")) {
                break;
            }
            if (attributionEnd >= 0 && before.span().end() <= attributionEnd) {
                break;
            }
            if (before.hasTag("VERB") && !before.norm().endsWith("ed") && i - 1 < trigger - 1) {
                break; // another clause's verb ("told AFP", "believe")
            }
            i--;
        }
        // skip the comma that ends an attribution or an opening adverbial
        while (i < trigger && c.t(i).isAnyOf(",", "-")) {
            i++;
        }
        return i;
    }

    /** The end (exclusive) of the phrase that follows a trigger: before the next clause or sentence end. */
    static int end(SentenceContext c, int from) {
        for (int i = from; i < c.size(); i++) {
            String w = c.norm(i);
            if (w.equals("as") && c.norm(i + 1).equals("well") && c.norm(i + 2).equals("as")) {
                i += 2; // "as well as Kabul" continues the list
                continue;
            }
            if (SENTENCE_STOPS.contains(w) || i > from && CLAUSE_OPENERS.contains(w) && !partOfPlaceName(c, i)) {
                return i;
            }
            if (i > from && c.phraseAt(i, "exception") > 0) {
                return i; // "with the exception of ...", "except for ...": what follows is excluded
            }
            // ", and are moving", ", releasing": a verb after a coordinator starts another clause
            if (i > from && (w.equals(",") && c.norm(i + 1).equals("and") && startsClause(c, i + 2)
                    || w.equals(",") && startsClause(c, i + 1)
                    || w.equals("and") && (c.tag(i + 1, "VERB") || c.tag(i + 1, "AUX")))) {
                return i; // ", and Kunduz is ...", "and are moving": another clause
            }
            if (startsTime(c, i) && i > from) {
                return i;
            }
        }
        return c.size();
    }

    /**
     * The end of the trigger's clause for its stance and time: before "; ", ", and <clause>",
     * "while", "but", "although"; commas inside the clause do not end it.
     */
    static int clauseEnd(SentenceContext c, int from) {
        for (int i = from; i < c.size(); i++) {
            String w = c.norm(i);
            if (w.equals(";") || w.equals("while") || w.equals("but") || w.equals("although")
                    || w.equals("whereas") || w.equals(",") && c.norm(i + 1).equals("and") && startsClause(c, i + 2)
                    || w.equals("and") && i > from && startsClause(c, i + 1) && !c.tag(i + 1, "VERB")
                    || w.equals(",") && (c.norm(i + 1).equals("which") || c.norm(i + 1).equals("who"))) {
                return i;
            }
        }
        return c.size();
    }

    /** A verb within a few words, before any punctuation: "and are moving", "and Kunduz is their largest win". */
    private static boolean startsClause(SentenceContext c, int i) {
        for (int k = i; k < Math.min(c.size(), i + 4); k++) {
            if ((c.tag(k, "VERB") || c.tag(k, "AUX")) && !c.norm(k - 1).equals("to") && !c.t(k).norm().endsWith("ing")
                    || c.t(k).isPunctuation()) {
                return !c.t(k).isPunctuation();
            }
        }
        return false;
    }

    private static boolean partOfPlaceName(SentenceContext c, int i) {
        return c.places.stream().anyMatch(m -> m.firstToken() < i && i < m.endToken());
    }

    /** "on Friday", "early on Thursday", "Friday" itself: the time of the event ends the place list. */
    private static boolean startsTime(SentenceContext c, int i) {
        for (TimeExpression t : c.times) {
            int start = t.span().start();
            if (c.t(i).span().start() == start) {
                return true;
            }
            if (c.t(i).isAnyOf("on", "in", "late", "early", "by") && i + 1 < c.size()
                    && c.t(i + 1).span().start() == start) {
                return true;
            }
        }
        return false;
    }

    /**
     * The actor nearest before the trigger, preferring its own clause; null when none. A country
     * named as the subject ("Azerbaijan retook Shusha") acts as its government; a country that only
     * locates or possesses ("in Libya", "Libya's army") does not.
     */
    static String actorBefore(SentenceContext c, int trigger, int clauseStart) {
        return actorBefore(c, trigger, clauseStart, 0);
    }

    /** The actor named in the trigger's own clause (from {@code clauseStart}), else null. */
    static String actorInClause(SentenceContext c, int trigger, int clauseStart) {
        return actorBefore(c, trigger, clauseStart, clauseStart);
    }

    private static String actorBefore(SentenceContext c, int trigger, int clauseStart, int from) {
        ActorMention best = null;
        for (ActorMention m : c.actors) {
            if (m.endToken() <= trigger && m.firstToken() >= from && !inSource(c, m.span())
                    && (best == null || m.firstToken() > best.firstToken())) {
                best = m;
            }
        }
        CountryMention country = null;
        for (CountryMention m : c.countries) {
            if (m.endToken() <= trigger && m.firstToken() >= clauseStart && !inSource(c, m.span())
                    && actsAsCountry(c, m) && (country == null || m.firstToken() > country.firstToken())) {
                country = m;
            }
        }
        if (country != null && (best == null || country.firstToken() > best.firstToken())) {
            return c.doc.actorOf(country.country());
        }
        int own = ownForcesBefore(c, trigger, clauseStart);
        if (own >= 0 && (best == null || own > best.firstToken())) {
            return c.attribution.canonical(); // "the ministry said its troops had taken P": the speaker's side
        }
        if (best == null && speakerIsSubject(c, trigger)) {
            return c.attribution.canonical(); // "the army denied it had pulled out of P"
        }
        return best == null ? null : best.canonical();
    }

    /** "X said / denied it had ...": a pronoun subject right after the source, when the source is an actor. */
    private static boolean speakerIsSubject(SentenceContext c, int trigger) {
        if (c.attribution == null || c.attribution.inherited() || c.attribution.canonical() == null) {
            return false;
        }
        int subject = skipAuxiliariesBack(c, trigger, 0) - 1;
        return subject >= 0 && c.t(subject).isAnyOf("it", "they", "we")
                && c.attribution.sourceSpan().end() <= c.t(subject).span().start();
    }

    /**
     * Where "its / their / his / our troops" (or forces, soldiers ...) stands before the trigger in
     * its clause, when the sentence's source is an actor; else -1.
     */
    private static int ownForcesBefore(SentenceContext c, int trigger, int clauseStart) {
        if (c.attribution == null || c.attribution.inherited() || c.attribution.canonical() == null) {
            return -1;
        }
        for (int i = trigger - 1; i > clauseStart - 1 && i >= 0; i--) {
            if (c.t(i).isAnyOf("its", "their", "his", "our", "her")
                    && (c.lemmaIn(i + 1, "troop-noun") || c.normIn(i + 1, "troop-noun")
                            || c.t(i + 1).isAnyOf("army", "military", "fighters", "men", "units"))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The subject of the main clause when the trigger opens the sentence in a participle clause:
     * "Having captured Sirte, the rebels moved on", "Taking the town, fighters ...". Null otherwise.
     */
    static String participleSubject(SentenceContext c, int trigger) {
        int first = 0;
        while (first < trigger && (c.t(first).isPunctuation() || c.tag(first, "ADV"))) {
            first++;
        }
        boolean opens = first == trigger && c.t(trigger).norm().endsWith("ing")
                || c.t(first).is("having") && skipAuxiliariesBack(c, trigger, first) <= first + 1;
        if (!opens) {
            return null;
        }
        for (int k = trigger + 1; k < c.size(); k++) {
            if (SENTENCE_STOPS.contains(c.norm(k))) {
                return null;
            }
            if (c.norm(k).equals(",")) {
                for (ActorMention m : c.actors) {
                    if (m.firstToken() > k && m.firstToken() <= k + 2) {
                        return m.canonical();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The actor named right before a noun, its possessive aside: "the Taliban's capture", "a rebel takeover". */
    static String actorRightBefore(SentenceContext c, int noun) {
        int end = noun > 0 && c.t(noun - 1).isPossessive() && c.t(noun - 1).norm().startsWith("'") ? noun - 1 : noun;
        for (ActorMention m : c.actors) {
            if (m.endToken() == end || m.endToken() == noun) {
                return m.canonical();
            }
        }
        return null;
    }

    /** A country mention that can be an agent: its name (or metonym) not possessive, not after a preposition. */
    private static boolean actsAsCountry(SentenceContext c, CountryMention m) {
        if (m.via() == org.factquery.extraction.gazetteer.CountryEntry.Via.DEMONYM) {
            return false; // "Libyan" alone qualifies a noun; the state's forces are actor phrases
        }
        int last = m.endToken() - 1;
        if (last >= 0 && c.t(last).isPossessive()) {
            return false;
        }
        int before = m.firstToken() - 1;
        while (before >= 0 && (c.tag(before, "ADJ") || c.tag(before, "DET"))) {
            before--; // "in southern Afghanistan", "across the whole of Libya"
        }
        return !(before >= 0 && c.tag(before, "ADP"));
    }

    /** Whether a mention is (part of) who the sentence quotes, not who acts: it overlaps the source. */
    private static boolean inSource(SentenceContext c, org.factquery.extraction.Span span) {
        return c.attribution != null && !c.attribution.inherited()
                && c.attribution.sourceSpan().intersects(span);
    }

    /** The actor named within a few tokens after {@code at} ("by the Taliban", "to the militant group"). */
    static String actorAfter(SentenceContext c, int at, int reach) {
        for (ActorMention m : c.actors) {
            if (m.firstToken() >= at && m.firstToken() <= at + reach) {
                return m.canonical();
            }
        }
        for (CountryMention m : c.countries) {
            if (m.firstToken() >= at && m.firstToken() <= at + reach) {
                return c.doc.actorOf(m.country());
            }
        }
        return null;
    }
}
