package org.factquery.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.factquery.extraction.actor.ActorMention;
import org.factquery.extraction.attribution.Attribution;
import org.factquery.extraction.claims.ExtractedClaim;
import org.factquery.extraction.gazetteer.CountryMention;
import org.factquery.extraction.gazetteer.PlaceMention;
import org.factquery.extraction.time.TimeExpression;
import org.factquery.extraction.token.Token;
import org.factquery.extraction.token.TokenizedSentence;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * On generated news-like and adversarial text the pipeline never throws, and everything it
 * returns points into the text: sentence spans, claim sentence indices, and the spans of every
 * mention, time and attribution, each inside its own sentence.
 */
class ExtractionPropertyTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final long SEED = 20210815L;

    /** Words and pieces that make generated text look like, and stress, war news. */
    private static final String[] VOCABULARY = {
        // places, in several spellings and casings
        "Kabul", "Kandahar", "Qandahar", "KANDAHAR", "kandahar", "Herat", "Mazar-i-Sharif", "Mazar-e-Sharif",
        "Mazar", "Qala-i-Naw", "Qala i Naw", "Lashkar Gah", "Lashkargah", "Pul-e-Khumri", "Pol-e Khomri",
        "Feroz Koh", "Chaghcharan", "Tarinkot", "Kunduz", "Kunduz province", "the city of Ghazni",
        "Helmand province", "Spin Boldak", "Bagram Airfield", "Hamid Karzai International Airport",
        "Kabul airport", "Panjshir Valley", "Islam Qala", "Torkham", "Sar-e Pol", "Sar-e", "Qala", "i", "e",
        // countries, metonyms, demonyms and the traps among them
        "US", "U.S.", "us", "UK", "Britain", "United States", "America", "Washington", "Pentagon", "London",
        "Pakistan", "Islamabad", "Iran", "turkey", "Turkey", "China", "china", "Afghan", "American",
        // actors
        "Taliban", "the Taliban", "Taliban's", "insurgents", "militants", "fighters", "Afghan forces",
        "government forces", "security forces", "the army", "the group", "NATO", "UN", "Islamic State",
        "al-Qaeda", "officials", "a spokesman", "Zabihullah Mujahid", "residents", "troops", "Marines",
        // verbs and function words
        "captured", "seized", "took", "took control of", "fell", "fell to", "overran", "sent", "deployed",
        "holds", "held", "controls", "attacked", "killed", "said", "told", "told us", "claimed", "confirmed",
        "denied", "according to", "may", "will", "could", "did not", "not", "has", "have", "been", "is",
        "the", "a", "of", "in", "on", "near", "after", "and", "but", "that", "city", "capital", "district",
        "provincial capital", "second-largest city", "headquarters", "airport", "soldiers", "people", "on",
        // numbers and days
        "3,000", "5,000", "1.000", "12", "34", "1", "0", "-7", "2021", "1,000,000", "9/11", "20th",
        "Thursday", "Thursday night", "on Friday", "Monday", "late last night", "yesterday", "today",
        "Aug. 12", "13 August", "May", "May 1", "November 29, 2023", "Feb. 30", "Sept. 11",
        // punctuation and typography
        ".", ",", ";", ":", "!", "?", "...", "\u2026", "\u201C", "\u201D", "\u2018", "\u2019", "\"", "'", "'s",
        "\u2019s", "\u2013", "\u2014", "-", "--", "(", ")", "[", "]", "/", "\u2022",
        // odd characters and layout
        "https://example.org/kabul-falls?x=1&y=2.", "www.example.com", "@user", "#Kabul",
        "\uD83D\uDE00", "\uD83C\uDDE6\uD83C\uDDEB", "\uD840\uDC00", "e\u0301", "Kabu\u0301l", "\u0301",
        "\u00A0", "\u200B", "\uFEFF", "\u2028", "\u2029", "\r\n", "\n", "\n\n", "\t", "\r", "\u000B", "\f",
        "\u0001", "\u001F", "\u007F", "\u0085", "\u0627\u0641\u063A\u0627\u0646", "\u041A\u0430\u0431\u0443\u043B",
        "Mr.", "Gov.", "e.g.", "U.N.", "Lt. Gen.",
    };

    private static final LocalDate[] DATES = {
        null, LocalDate.of(2021, 8, 13), LocalDate.of(2021, 8, 15), LocalDate.of(2021, 1, 1),
        LocalDate.of(2020, 2, 29), LocalDate.of(2021, 12, 31),
    };

    @RepeatedTest(300)
    void generatedTextGivesValidSpansAndClaims(RepetitionInfo repetition) {
        Random random = new Random(SEED + repetition.getCurrentRepetition());
        String text = generate(random);
        LocalDate published = DATES[random.nextInt(DATES.length)];
        assertValid(text, published);
    }

    @Test
    void adversarialTextGivesValidSpansAndClaims() {
        int claims = 0;
        int places = 0;
        int times = 0;
        int attributions = 0;
        for (String text : adversarialTexts()) {
            for (LocalDate published : new LocalDate[] {null, LocalDate.of(2021, 8, 13)}) {
                AnnotatedText annotated = assertValid(text, published);
                claims += annotated.get(Layers.CLAIMS).size();
                places += annotated.get(Layers.PLACES).size();
                times += annotated.get(Layers.TIMES).size();
                attributions += annotated.get(Layers.ATTRIBUTIONS).size();
            }
        }
        // the checks above are not vacuous: the texts do yield claims, places, times and sources
        assertThat(claims).isPositive();
        assertThat(places).isPositive();
        assertThat(times).isPositive();
        assertThat(attributions).isPositive();
    }

    private static List<String> adversarialTexts() {
        List<String> texts = new ArrayList<>(List.of(
                "", " ", "   \t  ", "\n", "\r\n\r\n", "\u2028", "\u2029\u2029", "\u00A0\u200B\uFEFF",
                ".", "...", "?!?!", "\u201C\u201D", "\u2014\u2013-", ".,;:!?()[]\"'\u2018\u2019\u201C\u201D\u2026",
                "'s", "\u2019s", "s'", "-", "--", "Kabul", "kabul", "US", "us", "U.S.", "May", "may",
                "\uD83D\uDE00", "\uD83D\uDE00\uD83D\uDE00.\uD83D\uDE00", "\u0301\u0301\u0301",
                "Taliban", "Taliban.", "The Taliban captured", "captured Kandahar", "fell.",
                "The Taliban captured Kandahar, Herat and Lashkar Gah on Thursday night, officials said.",
                "\u201CWe have taken Kabul,\u201D a spokesman said. \u201CThe war is over.\u201D",
                "\u201CThe city has fallen. The army fled. We hold the airport,",
                "He said. She said. They said. It said. We said.",
                "According to", "according to ,", "said said said said", "Kabul's Kabul's Kabul's",
                "The Taliban captured Kunduz\u2019 \u2019s \u2019 s.",
                "The US sent 3,000 troops to Kabul airport. The UK sent 600.",
                "The US sent -3,000 troops. The UK sent 99999999999999999999 troops. 0 troops.",
                "Taliban fighters seized Qala i Naw \u2014 the capital of Badghis \u2014 on 13 August.",
                "Taliban\u0000fighters".replace('\u0000', '\u0007') + " captured Herat.",
                "Kabul\r\nfell\r\nto\r\nthe\r\nTaliban\r\n",
                "Kabul\u2028fell\u2028to the Taliban\u2029on Sunday.",
                "Mazar-e-Sharif-Mazar-i-Sharif-Qala-i-Naw-Lashkar-Gah",
                "Qala i", "Qala i Naw i", "i i i i i e e e e", "Sar-e", "Sar-e Pol Sar-e",
                "https://example.org/The-Taliban-captured-Kandahar-on-Thursday. Kandahar fell.",
                "Feb. 30, Feb. 29, 2021, Dec. 32, 0 August, 99 May, Monday Tuesday Wednesday Thursday",
                "The Taliban captured " + "Kandahar, ".repeat(300) + "on Friday.",
                "The Taliban captured Kandahar " + "and Herat ".repeat(200)));
        // very long tokens and sentences without punctuation
        texts.add("x".repeat(10_000));
        texts.add("Kandahar".repeat(1_000));
        texts.add("\uD83D\uDE00".repeat(2_000));
        texts.add("e\u0301".repeat(2_000));
        texts.add("1,".repeat(2_000));
        texts.add("The Taliban captured Kandahar and ".repeat(60));
        texts.add("word ".repeat(400));
        texts.add("Taliban ".repeat(300));
        texts.add("said ".repeat(300) + "according to " + "the ".repeat(300));
        texts.add(".".repeat(2_000));
        texts.add("\u201C".repeat(500) + "\u201D".repeat(500));
        texts.add(" \n".repeat(1_000));
        texts.add("Kabul. ".repeat(1_000));
        StringBuilder controls = new StringBuilder("Kabul fell");
        for (char c = 1; c < 0x20; c++) {
            controls.append(c).append("Herat");
        }
        texts.add(controls.toString());
        return texts;
    }

    private static String generate(Random random) {
        StringBuilder text = new StringBuilder();
        int shape = random.nextInt(10);
        if (shape == 0) {
            // one long sentence without any punctuation
            while (text.length() < 2_000) {
                text.append(VOCABULARY[random.nextInt(VOCABULARY.length)].replaceAll("\\p{P}", "")).append(' ');
            }
            return text.toString();
        }
        int pieces = random.nextInt(shape == 1 ? 400 : 80);
        for (int i = 0; i < pieces; i++) {
            int choice = random.nextInt(20);
            if (choice == 0) {
                text.append((char) (1 + random.nextInt(0x2FFF))); // any BMP char but NUL, possibly a lone surrogate
            } else if (choice == 1) {
                text.appendCodePoint(0x10000 + random.nextInt(0x10000)); // a non-BMP char
            } else if (choice == 2 && random.nextInt(10) == 0) {
                text.append("Kandahar".repeat(1 + random.nextInt(200))); // a very long token
            } else {
                text.append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            }
            if (random.nextInt(4) != 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static AnnotatedText assertValid(String text, LocalDate published) {
        String shown = debug(text);
        Extraction[] extraction = new Extraction[1];
        AnnotatedText[] annotated = new AnnotatedText[1];
        assertThatCode(() -> {
            extraction[0] = EXTRACTOR.extract(text, published);
            annotated[0] = EXTRACTOR.annotate(text, published);
        }).as("extracting %s", shown).doesNotThrowAnyException();

        List<Span> sentences = extraction[0].sentences();
        assertThat(annotated[0].get(Layers.SENTENCES)).as(shown).isEqualTo(sentences);
        assertThat(extraction[0].version()).isNotBlank();
        for (Span sentence : sentences) {
            assertThat(sentence.end()).as("sentence %s in %s", sentence, shown).isLessThanOrEqualTo(text.length());
            assertThat(sentence.length()).as("sentence %s in %s", sentence, shown).isPositive();
        }

        for (ExtractedClaim claim : extraction[0].claims()) {
            assertThat(claim.sentence()).as("sentence of %s in %s", claim, shown)
                    .isBetween(0, sentences.size() - 1);
            assertThat(claim.kind()).as("kind of %s", claim).isNotNull();
            assertThat(claim.modality()).as("modality of %s in %s", claim, shown).isNotNull();
            assertThat(claim.ruleId()).as("ruleId of %s in %s", claim, shown).isNotBlank();
            assertThat(claim.confidence()).as("confidence of %s in %s", claim, shown).isBetween(0.0, 1.0);
            if (claim.place() != null) {
                assertThat(claim.place().name()).as("place of %s in %s", claim, shown).isNotBlank();
            }
        }

        AnnotatedText layers = annotated[0];
        for (String layer : List.of("tokens", "tagged-tokens")) {
            List<TokenizedSentence> tokenized = layer.equals("tokens") ? layers.get(Layers.TOKENS)
                    : layers.get(Layers.TAGGED_TOKENS);
            assertThat(tokenized).as("%s of %s", layer, shown).hasSameSizeAs(sentences);
            for (TokenizedSentence sentence : tokenized) {
                assertThat(sentence.span()).isEqualTo(sentences.get(sentence.index()));
                for (Token token : sentence.tokens()) {
                    assertInside(token.span(), sentence.index(), sentences, text, layer + " " + token);
                    assertThat(token.span().coveredText(text)).isEqualTo(token.text());
                }
            }
        }
        for (PlaceMention m : layers.get(Layers.PLACES)) {
            assertInside(m.span(), m.sentence(), sentences, text, "place " + m);
            assertThat(m.span().coveredText(text)).isEqualTo(m.surface());
            assertThat(m.place().name()).isNotBlank();
            assertThat(m.candidates()).contains(m.place());
        }
        for (CountryMention m : layers.get(Layers.COUNTRIES)) {
            assertInside(m.span(), m.sentence(), sentences, text, "country " + m);
            assertThat(m.span().coveredText(text)).isEqualTo(m.surface());
        }
        for (ActorMention m : layers.get(Layers.ACTORS)) {
            assertInside(m.span(), m.sentence(), sentences, text, "actor " + m);
            assertThat(m.span().coveredText(text)).isEqualTo(m.surface());
            assertThat(m.canonical()).isNotBlank();
        }
        for (TimeExpression t : layers.get(Layers.TIMES)) {
            assertInside(t.span(), t.sentence(), sentences, text, "time " + t);
            assertThat(t.span().coveredText(text)).isEqualTo(t.text());
        }
        for (Attribution a : layers.get(Layers.ATTRIBUTIONS)) {
            assertThat(a.sentence()).as("sentence of %s in %s", a, shown).isBetween(0, sentences.size() - 1);
            assertThat(a.cue()).as("cue of %s in %s", a, shown).isNotNull();
            if (a.sourceSpan() == null) {
                continue;
            }
            if (a.inherited()) {
                // the speaker is named in another sentence: the span lies inside one of them
                assertThat(sentences).as("a sentence holding the source of %s in %s", a, shown)
                        .anySatisfy(s -> assertThat(within(a.sourceSpan(), s)).isTrue());
            } else {
                assertInside(a.sourceSpan(), a.sentence(), sentences, text, "attribution " + a);
            }
        }
        return layers;
    }

    private static void assertInside(Span span, int sentence, List<Span> sentences, String text, String what) {
        assertThat(sentence).as("sentence index of %s in %s", what, debug(text)).isBetween(0, sentences.size() - 1);
        assertThat(span.end()).as("%s within the text %s", what, debug(text)).isLessThanOrEqualTo(text.length());
        assertThat(within(span, sentences.get(sentence)))
                .as("%s inside its sentence %s in %s", what, sentences.get(sentence), debug(text)).isTrue();
    }

    private static boolean within(Span inner, Span outer) {
        return inner.start() >= outer.start() && inner.end() <= outer.end();
    }

    /** The text with every non-printable-ASCII char escaped, cut short, for failure messages. */
    private static String debug(String text) {
        StringBuilder out = new StringBuilder("\"");
        String shown = text.length() > 600 ? text.substring(0, 600) : text;
        for (char c : shown.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        }
        out.append(text.length() > 600 ? "...\" (" + text.length() + " chars)" : "\"");
        return out.toString();
    }
}
