package org.factquery.extraction.token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Annotator;
import org.factquery.extraction.DataFiles;
import org.factquery.extraction.Layer;
import org.factquery.extraction.Layers;
import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.PlaceMention;

/**
 * Adds UD part-of-speech tags (OpenNLP UD EWT model) and lemmas to the sentences that may hold a
 * claim: those naming a place or a country, describing one ("the capital", "the town"), or holding
 * a digit, and holding a word that can begin a trigger ({@code tagging-cue} in
 * {@code lexicon/claim-cues.tsv}) or a quotation mark (whose speaker other sentences inherit),
 * or naming the capture of a place named before ("its fall"),
 * unless they are to be skipped ({@link Layers#SKIPPED}). An actor alone makes no claim: every
 * rule needs a place, a country or a number.
 * Other sentences stay untagged; no rule reads them, and tagging is most of the pipeline's cost.
 *
 * <p>A sentence in headline case ("Rebels Seize Two More Towns") is tagged with its words in lower
 * case, but for the names the gazetteer and the actor lexicon found in it: the model, trained on
 * running text, takes every capitalised word there for a proper noun.
 *
 * <p>Lemmas come from OpenNLP's lemmatizer model applied to each (form, tag) pair on its own and
 * remembered: news vocabulary repeats, and the contextual model is a hundred times slower than
 * everything else while giving the same lemma for the verbs and nouns the rules look at.
 */
public final class TaggingAnnotator implements Annotator {

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String LEMMA_MODEL = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";
    private static final int MAX_REMEMBERED_LEMMAS = 200_000;
    private static final String POS_MODEL_ENTRY = "pos.model";

    private final POSModel posModel;
    private final LemmatizerModel lemmaModel;
    private final Map<String, String> lemmas = new ConcurrentHashMap<>();
    private final ThreadLocal<LemmatizerME> lemmatizer;

    /** Trigger word beginnings by their first letter, so a token is checked against a few. */
    private final Map<Character, List<String>> cueStems = new HashMap<>();
    /** Nouns of a capture that "its" can tie to a place named before: "Its fall was announced". */
    private final Set<String> captureNouns;
    private final Set<String> headlineVerbs;
    /** What may stand before the subject of a clause. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", ";", ":", "-", "and", "as", "while", "after", "\"");

    public TaggingAnnotator(Collection<String> cueStems) {
        this(cueStems, Set.of());
    }

    public TaggingAnnotator(Collection<String> cueStems, Collection<String> captureNouns) {
        this(cueStems, captureNouns, Set.of());
    }

    /**
     * @param headlineVerbs verbs (lemmas) that, right after a name and tagged as a noun, are verbs
     *     of a headline's clause: "Rebels seize Goma" is not a noun phrase "rebels' seize"
     */
    public TaggingAnnotator(Collection<String> cueStems, Collection<String> captureNouns,
            Collection<String> headlineVerbs) {
        this.captureNouns = Set.copyOf(captureNouns);
        this.headlineVerbs = Set.copyOf(headlineVerbs);
        for (String stem : cueStems) {
            this.cueStems.computeIfAbsent(stem.charAt(0), k -> new ArrayList<>()).add(stem);
        }
        try (InputStream pos = DataFiles.open(POS_MODEL); InputStream lemma = DataFiles.open(LEMMA_MODEL)) {
            POSModel published = new POSModel(pos);
            // The same model read greedily (beam of one): a third of the cost; the rules only
            // look at the tags of verbs, nouns, auxiliaries and numbers, where the beam rarely differs.
            MaxentModel maxent = published.getArtifact(POS_MODEL_ENTRY);
            this.posModel = new POSModel(published.getLanguage(), maxent, 1, Map.of(), published.getFactory());
            this.lemmaModel = new LemmatizerModel(lemma);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the part-of-speech or lemma model", e);
        }
        this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.SKIPPED, Layers.PLACES, Layers.COUNTRIES, Layers.ACTORS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.TAGGED_TOKENS);
    }

    @Override
    public void annotate(AnnotatedText text) {
        List<TokenizedSentence> sentences = text.get(Layers.TOKENS);
        BitSet candidates = new BitSet(sentences.size());
        text.get(Layers.PLACES).forEach(m -> candidates.set(m.sentence()));
        text.get(Layers.COUNTRIES).forEach(m -> candidates.set(m.sentence()));
        Map<Integer, BitSet> named = new HashMap<>();
        text.get(Layers.PLACES).forEach(m -> named(named, m.sentence()).set(m.firstToken(), m.endToken()));
        text.get(Layers.COUNTRIES).forEach(m -> named(named, m.sentence()).set(m.firstToken(), m.endToken()));
        text.get(Layers.ACTORS).forEach(m -> named(named, m.sentence()).set(m.firstToken(), m.endToken()));
        BitSet skipped = new BitSet(sentences.size());
        text.get(Layers.SKIPPED).forEach(s -> skipped.set(s.sentence()));
        POSTaggerME tagger = new POSTaggerME(posModel); // not thread-safe; cheap to make
        List<TokenizedSentence> tagged = new ArrayList<>(sentences.size());
        for (TokenizedSentence sentence : sentences) {
            text.checkWork();
            boolean candidate = !skipped.get(sentence.index())
                    && (candidates.get(sentence.index()) || hasDigit(sentence) || describesAPlace(sentence)
                            || namesACaptureOfAPlaceBefore(sentence))
                    && hasCue(sentence);
            tagged.add(candidate && sentence.size() > 0
                    ? tag(tagger, sentence, named.getOrDefault(sentence.index(), new BitSet()))
                    : sentence);
        }
        text.put(Layers.TAGGED_TOKENS, tagged);
    }

    private static BitSet named(Map<Integer, BitSet> named, int sentence) {
        return named.computeIfAbsent(sentence, k -> new BitSet());
    }

    private TokenizedSentence tag(POSTaggerME tagger, TokenizedSentence sentence, BitSet named) {
        String[] forms = new String[sentence.size()];
        boolean headline = sentence.inHeadlineCase(named);
        for (int i = 0; i < forms.length; i++) {
            String form = sentence.token(i).text();
            forms[i] = headline && !named.get(i) && TokenizedSentence.isCapitalisedWord(form) ? form.toLowerCase(Locale.ROOT) : form;
        }
        String[] tags = tagger.tag(forms);
        List<Token> tokens = new ArrayList<>(forms.length);
        for (int i = 0; i < forms.length; i++) {
            Token token = sentence.token(i);
            // the model sometimes tags "3,000" as a conjunction; a run of digits is a number
            String tag = isNumeral(token.norm()) ? "NUM" : tags[i];
            if (tag.equals("NOUN") && isHeadlineVerb(sentence, named, i) || isVerbAfterMarker(sentence, named, i, tag)) {
                tag = "VERB";
            }
            tokens.add(token.tagged(tag, lemma(token.norm(), tag)));
        }
        return new TokenizedSentence(sentence.index(), sentence.span(), tokens, true);
    }

    /**
     * A rule's verb tagged as a noun right after a name that opens the sentence or a clause
     * ("Rebels seize Goma", "..., Kabul falls to"), not followed by "of" ("the Taliban capture of
     * Kandahar" is a noun) and not after a preposition ("ended with rebel wins").
     */
    private boolean isHeadlineVerb(TokenizedSentence sentence, BitSet named, int i) {
        if (i > 0 && i + 1 < sentence.size() && sentence.token(i - 1).norm().equals(",") && named.get(i + 1)
                && isHeadlineVerb(sentence.token(i).norm())) {
            return true; // a second verb of the same subject: "Rebels take Sibut, hold Bambari"
        }
        if (i == 0 || !named.get(i - 1) || named.get(i) || i + 1 >= sentence.size()
                || sentence.token(i + 1).norm().equals("of")) {
            return false;
        }
        int nameStart = named.previousClearBit(i - 1) + 1;
        if (nameStart > 0 && !CLAUSE_OPENERS.contains(sentence.token(nameStart - 1).norm())) {
            return false;
        }
        return isHeadlineVerb(sentence.token(i).norm());
    }

    /**
     * A rule's verb the model took for a name, noun or adjective after an infinitive's "to" or as
     * a gerund after "of" ("no plans to deploy troops", "no intention of deploying troops"); a
     * name is never one ("to Kabul"), nor is a word before punctuation ("returned to order.").
     */
    private boolean isVerbAfterMarker(TokenizedSentence sentence, BitSet named, int i, String tag) {
        if (i == 0 || i + 1 >= sentence.size() || named.get(i) || tag.equals("VERB")
                || !(tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ"))) {
            return false;
        }
        String form = sentence.token(i).norm();
        String before = sentence.token(i - 1).norm();
        if (!Character.isLowerCase(sentence.token(i).text().charAt(0)) || !Character.isLetter(sentence.token(i + 1).text().charAt(0))) {
            return false;
        }
        if (before.equals("to")) {
            return headlineVerbs.contains(form);
        }
        return (before.equals("of") || before.equals("about")) && form.endsWith("ing")
                && isHeadlineVerb(form);
    }

    private boolean isHeadlineVerb(String form) {
        return headlineVerbs.contains(form) || headlineVerbs.contains(lemma(form, "VERB"));
    }

    private String lemma(String form, String tag) {
        String key = tag + ' ' + form;
        String known = lemmas.get(key);
        if (known != null) {
            return known;
        }
        String[] result = lemmatizer.get().lemmatize(new String[] {form}, new String[] {tag});
        String lemma = result.length == 0 || result[0] == null || "O".equals(result[0]) ? form : result[0];
        if (lemmas.size() < MAX_REMEMBERED_LEMMAS) {
            lemmas.put(key, lemma);
        }
        return lemma;
    }

    private boolean hasCue(TokenizedSentence sentence) {
        for (Token token : sentence.tokens()) {
            if (token.norm().equals("\"")) {
                return true;
            }
            if (token.norm().isEmpty()) {
                continue;
            }
            for (String stem : cueStems.getOrDefault(token.norm().charAt(0), List.of())) {
                if (token.norm().startsWith(stem)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isNumeral(String form) {
        return !form.isEmpty() && Character.isDigit(form.charAt(0))
                && form.chars().allMatch(ch -> Character.isDigit(ch) || ch == ',' || ch == '.');
    }

    /**
     * Words that describe a place a rule may resolve without its name ("the capital", "the town"),
     * or a tally of them ("a dozen provincial capitals").
     */
    private static final Set<String> PLACE_DESCRIPTIONS = Set.of("capital", "city", "town", "port", "province",
            "provincial", "district", "region", "airport", "base", "cities", "towns", "villages");

    private static boolean describesAPlace(TokenizedSentence sentence) {
        for (Token token : sentence.tokens()) {
            if (PLACE_DESCRIPTIONS.contains(token.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "its fall", "that seizure": a capture of the place the text named before; "took it",
     * "captured it": a verb of the rules with "it" for its object.
     */
    private boolean namesACaptureOfAPlaceBefore(TokenizedSentence sentence) {
        for (int i = 0; i + 1 < sentence.size(); i++) {
            String w = sentence.token(i).norm();
            if ((w.equals("its") || w.equals("that") || w.equals("this"))
                    && captureNouns.contains(sentence.token(i + 1).norm())) {
                return true;
            }
            if (sentence.token(i + 1).norm().equals("it") && startsWithCue(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithCue(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (String stem : cueStems.getOrDefault(word.charAt(0), List.of())) {
            if (word.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(TokenizedSentence sentence) {
        for (Token token : sentence.tokens()) {
            if (!token.norm().isEmpty() && Character.isDigit(token.norm().charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
