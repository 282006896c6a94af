package org.factquery.extraction.attribution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.DataFiles;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.Span;
import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;

/**
 * Finds who each sentence attributes its content to:
 * <ul>
 *   <li>"according to X" (X up to the next comma, with an apposition after a name:
 *       "according to Jane Doe, the council's chairman, ...");</li>
 *   <li>"X said / told / claimed / confirmed / tweeted ..." before or after the content, the
 *       subject read leftwards from the verb ("a government official told Reuters");</li>
 *   <li>a quotation running over several sentences takes the speaker named where it closes
 *       ("..., a spokesperson tweeted") or opens ("X said: ...").</li>
 * </ul>
 * When both "according to" and a speaker appear, "according to" names the source and the verb
 * gives the modality. Reporting verbs and their modality are in {@code lexicon/reporting-verbs.tsv}.
 */
public final class AttributionAnnotator implements Annotator {

    public static final String VERBS_FILE = "/lexicon/reporting-verbs.tsv";
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");

    private final Map<String, Modality> reportingVerbs = new HashMap<>();

    public AttributionAnnotator() {
        for (String[] row : DataFiles.rows(VERBS_FILE, 2)) {
            reportingVerbs.put(row[0], Modality.valueOf(row[1]));
        }
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TAGGED_TOKENS, Layers.ACTORS, Layers.COUNTRIES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ATTRIBUTIONS);
    }

    /** A reporting verb found in a sentence: where it is, its subject, and its modality. */
    private record Speaker(int verb, Span subject, Modality cue) {
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<TokenizedSentence> sentences = text.get(Layers.TAGGED_TOKENS);
        Attribution[] found = new Attribution[sentences.size()];
        Speaker[] speakers = new Speaker[sentences.size()];
        for (TokenizedSentence sentence : sentences) {
            if (!sentence.tagged()) {
                continue;
            }
            Span according = accordingTo(sentence);
            Speaker speaker = speaker(sentence);
            speakers[sentence.index()] = speaker;
            Span source = according != null ? according : speaker == null ? null : speaker.subject();
            if (source == null) {
                continue;
            }
            Modality cue = speaker == null ? Modality.REPORTED : speaker.cue();
            String written = trim(source.coveredText(text.text()));
            if (PRONOUNS.contains(written.toLowerCase())) {
                Attribution previous = sentence.index() > 0 ? found[sentence.index() - 1] : null;
                if (previous != null) {
                    found[sentence.index()] = new Attribution(sentence.index(), previous.sourceSpan(),
                            previous.source(), previous.canonical(), cue, true);
                    continue;
                }
            }
            found[sentence.index()] = new Attribution(sentence.index(), trimSpan(text.text(), source), written,
                    canonical(text, sentence.index(), source), cue, false);
        }
        inheritInsideQuotations(text, sentences, found, speakers);
        List<Attribution> attributions = new ArrayList<>();
        for (Attribution a : found) {
            if (a != null) {
                attributions.add(a);
            }
        }
        text.put(Layers.ATTRIBUTIONS, attributions);
    }

    private static Span accordingTo(TokenizedSentence s) {
        for (int i = 0; i + 2 < s.size(); i++) {
            if (s.token(i).is("according") && s.token(i + 1).is("to")) {
                int from = i + 2;
                int end = boundary(s, from);
                if (end == from) {
                    return null;
                }
                // "according to Jane Doe, the chairman of the council, the city ..."
                if (end < s.size() && s.token(end).is(",") && allCapitalised(s, from, end)) {
                    int next = end + 1;
                    if (next < s.size() && s.token(next).isAnyOf("the", "a", "an")) {
                        int appositionEnd = boundary(s, next);
                        if (appositionEnd < s.size() && s.token(appositionEnd).is(",")
                                && noVerb(s, next, appositionEnd)) {
                            end = appositionEnd;
                        }
                    }
                }
                return s.span(from, end);
            }
        }
        return null;
    }

    private Speaker speaker(TokenizedSentence s) {
        for (int v = 0; v < s.size(); v++) {
            Token verb = s.token(v);
            Modality cue = reportingVerbs.get(verb.lemmaOrNorm());
            if (cue == null || !(verb.hasTag("VERB")) || v > 0 && s.token(v - 1).is("to")) {
                continue;
            }
            int end = v;
            while (end > 0 && (s.token(end - 1).hasTag("ADV") || s.token(end - 1).hasTag("AUX")
                    || s.token(end - 1).hasTag("PART"))) {
                end--;
            }
            int start = end;
            if (end > 0 && s.token(end - 1).is(",")) {
                // "Jane Doe, the council's chairman, said": the name and its apposition
                int appositionEnd = end - 1;
                int appositionStart = appositionEnd;
                while (appositionStart > 0 && !stopsSubject(s, appositionStart - 1)) {
                    appositionStart--;
                }
                if (appositionStart > 1 && s.token(appositionStart - 1).is(",")
                        && s.token(appositionStart).isAnyOf("the", "a", "an")) {
                    int nameEnd = appositionStart - 1;
                    int nameStart = nameEnd;
                    while (nameStart > 0 && !stopsSubject(s, nameStart - 1)) {
                        nameStart--;
                    }
                    if (allCapitalised(s, nameStart, nameEnd)) {
                        start = nameStart;
                        end = appositionEnd;
                    }
                }
            } else {
                while (start > 0 && !stopsSubject(s, start - 1)) {
                    start--;
                }
                // "officials speaking on condition of anonymity said": the speakers come before
                if (start > 1 && s.token(start - 1).isAnyOf(SPEAKING) && !stopsSubject(s, start - 2)) {
                    start--;
                    while (start > 0 && !stopsSubject(s, start - 1)) {
                        start--;
                    }
                }
            }
            if (start < end && hasNominal(s, start, end)) {
                return new Speaker(v, s.span(start, end), cue);
            }
            // '"...," said Jane Doe, a council member': the speaker follows the verb
            if (start == end && v > 0 && s.token(v - 1).isAnyOf(",", "\"") && v + 1 < s.size()
                    && (s.token(v + 1).isCapitalized() || s.token(v + 1).isAnyOf("a", "an", "the", "one")
                            || s.token(v + 1).hasTag("NOUN"))
                    && !s.token(v + 1).hasTag("PRON")) {
                int after = v + 1;
                while (after < s.size() && !s.token(after).isAnyOf(",", ".", ";", "\"", "!", "?")) {
                    after++;
                }
                return new Speaker(v, s.span(v + 1, after), cue);
            }
        }
        return null;
    }

    /**
     * A quotation's sentences without a source of their own take the speaker of the quotation; a
     * quotation without a speaker that follows right after one with a speaker continues it (news
     * runs one speaker's words over several quoted paragraphs).
     */
    private static void inheritInsideQuotations(AnnotatedText text, List<TokenizedSentence> sentences,
            Attribution[] found, Speaker[] speakers) {
        String match = text.matchText();
        int open = -1;
        boolean openedAtStart = false;
        Attribution lastSpeaker = null;
        int lastQuoteEnd = -2;
        for (int s = 0; s < sentences.size(); s++) {
            Span span = sentences.get(s).span();
            for (int c = span.start(); c < span.end(); c++) {
                if (match.charAt(c) != '"') {
                    continue;
                }
                boolean opening = open < 0;
                if (opening) {
                    open = s;
                    openedAtStart = c == span.start(); // a quoted paragraph, not a quoted phrase
                    continue;
                }
                int openedIn = open;
                open = -1;
                boolean continues = openedAtStart && lastSpeaker != null && lastQuoteEnd >= openedIn - 1;
                if (openedIn == s) {
                    if (found[s] == null && continues) {
                        found[s] = new Attribution(s, lastSpeaker.sourceSpan(), lastSpeaker.source(),
                                lastSpeaker.canonical(), lastSpeaker.cue(), true);
                    }
                    if (found[s] != null) {
                        lastSpeaker = found[s];
                    }
                    lastQuoteEnd = s;
                    continue;
                }
                // closes in sentence s a quotation opened in an earlier sentence: the speaker
                // named after it ("..., a spokesperson tweeted") said it, whoever relayed it
                Attribution speaker = found[openedIn];
                if (speakerAfter(sentences.get(s), speakers[s], c)) {
                    Span subject = speakers[s].subject();
                    speaker = new Attribution(s, trimSpan(text.text(), subject), trim(subject.coveredText(text.text())),
                            canonical(text, s, subject), speakers[s].cue(), true);
                }
                if (speaker == null && continues) {
                    speaker = lastSpeaker;
                }
                lastQuoteEnd = s;
                if (speaker == null) {
                    continue;
                }
                lastSpeaker = speaker;
                for (int k = openedIn; k <= s; k++) {
                    if (found[k] == null) {
                        found[k] = new Attribution(k, speaker.sourceSpan(), speaker.source(), speaker.canonical(),
                                speaker.cue(), true);
                    }
                }
            }
        }
    }

    private static boolean speakerAfter(TokenizedSentence sentence, Speaker speaker, int quoteAt) {
        return speaker != null && sentence.token(speaker.verb()).span().start() > quoteAt;
    }

    /** Participles that describe how sources spoke, between them and their verb. */
    private static final String[] SPEAKING = {"speaking", "talking", "briefing", "writing", "posting"};

    private static boolean stopsSubject(TokenizedSentence s, int i) {
        Token t = s.token(i);
        if (t.is("-") && i > 0 && i + 1 < s.size() && s.token(i - 1).span().end() == t.span().start()
                && t.span().end() == s.token(i + 1).span().start()) {
            return false; // a hyphen inside a name: "Al-Shabaab said"
        }
        return t.isAnyOf(",", ";", ":", "\"", "(", ")", "that", "-", "--") || t.hasTag("VERB") || t.hasTag("AUX")
                || t.hasTag("SCONJ") || t.norm().equals("'");
    }

    private static int boundary(TokenizedSentence s, int from) {
        int i = from;
        while (i < s.size() && !s.token(i).isAnyOf(",", ";", ":", "\"", ".", "!", "?", "(", ")")) {
            i++;
        }
        return i;
    }

    private static boolean allCapitalised(TokenizedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.token(i).isCapitalized()) {
                return false;
            }
        }
        return from < to;
    }

    private static boolean noVerb(TokenizedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).hasTag("VERB") || s.token(i).hasTag("AUX")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNominal(TokenizedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.token(i).hasTag("NOUN") || s.token(i).hasTag("PROPN") || s.token(i).hasTag("PRON")) {
                return true;
            }
        }
        return false;
    }

    /** The actor the source names, else the country (a ministry or capital stands for its country). */
    private static String canonical(AnnotatedText text, int sentence, Span source) {
        for (ActorMention actor : text.get(Layers.ACTORS)) {
            if (actor.sentence() == sentence && source.contains(actor.span())) {
                return actor.canonical();
            }
        }
        for (CountryMention country : text.get(Layers.COUNTRIES)) {
            if (country.sentence() == sentence && source.contains(country.span())) {
                return country.country().name();
            }
        }
        return null;
    }

    /** The source as written, without surrounding punctuation or a leading "the". */
    static String trim(String source) {
        String s = source.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4).strip();
        }
        return s;
    }

    private static Span trimSpan(String text, Span source) {
        String covered = source.coveredText(text);
        String trimmed = trim(covered);
        int offset = covered.indexOf(trimmed);
        return new Span(source.start() + offset, source.start() + offset + trimmed.length());
    }
}
