package org.factquery.extraction.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factquery.extraction.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private static List<String> sentences(String text) {
        return SPLITTER.split(text).stream().map(s -> s.coveredText(text)).toList();
    }

    @Test
    void splitsOrdinarySentences() {
        assertThat(sentences("The Taliban entered Kunduz. Officials fled to the airport. Fighting continued."))
                .containsExactly("The Taliban entered Kunduz.", "Officials fled to the airport.", "Fighting continued.");
    }

    @Test
    void aDoubledStopEndsTheSentenceAtItsFirstStop() {
        assertThat(sentences("Fighting reached Kunduz.. Read more about it here. Wait... then it ended."))
                .containsExactly("Fighting reached Kunduz.", "Read more about it here.", "Wait... then it ended.");
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        assertThat(sentences("The U.S. Embassy in Kabul closed. Gov. Abdul Rahman surrendered on Sept. 11, 2001, at noon."))
                .containsExactly("The U.S. Embassy in Kabul closed.",
                        "Gov. Abdul Rahman surrendered on Sept. 11, 2001, at noon.");
        assertThat(sentences("Mr. Karimi met Gen. Wardak on Aug. 14 in Kabul."))
                .containsExactly("Mr. Karimi met Gen. Wardak on Aug. 14 in Kabul.");
    }

    @Test
    void sentencesEndingInAShortWordAreStillSplit() {
        assertThat(sentences("He said no. The Taliban took Kunduz. The answer was no. Officials fled."))
                .containsExactly("He said no.", "The Taliban took Kunduz.", "The answer was no.", "Officials fled.");
    }

    @Test
    void anAcronymStartingALineStaysWithItsSentence() {
        assertThat(sentences("The troops left.\n\nU.S. President Joe Biden said the pullout is complete."))
                .containsExactly("The troops left.", "U.S. President Joe Biden said the pullout is complete.");
    }

    @Test
    void quotesAndCurlyApostrophesStayInsideTheirSentence() {
        assertThat(sentences("\u201cThe city is ours,\u201d a spokesman said. Kunduz\u2019s governor didn\u2019t comment."))
                .containsExactly("\u201cThe city is ours,\u201d a spokesman said.",
                        "Kunduz\u2019s governor didn\u2019t comment.");
    }

    @Test
    void headingsAndListLinesWithoutAFullStopAreSentences() {
        String text = "Taliban advance on Kabul\n\nThe group took Ghazni. It moved north.\n\nRelated\n  \u2022 kabul\n  \u2022 herat\nEnd of page";
        assertThat(sentences(text)).containsExactly("Taliban advance on Kabul", "The group took Ghazni.",
                "It moved north.", "Related", "\u2022 kabul", "\u2022 herat", "End of page");
    }

    @Test
    void aLineBrokenMidSentenceIsJoined() {
        String text = "Government forces withdrew from the\ncity of Ghazni on Thursday, officials said.";
        assertThat(sentences(text)).containsExactly(text);
        String heading = "Ghazni falls\nGovernment forces withdrew on Thursday.";
        assertThat(sentences(heading)).containsExactly("Ghazni falls", "Government forces withdrew on Thursday.");
    }

    @Test
    void offsetsPointIntoTheOriginalTextIncludingNonBmpCharacters() {
        String text = "  \uD83D\uDE00 Kabul is calm. \uD83C\uDDE6\uD83C\uDDEB Herat fell!\r\n\r\nNo final stop";
        List<Span> spans = SPLITTER.split(text);
        assertThat(spans).extracting(s -> s.coveredText(text))
                .containsExactly("\uD83D\uDE00 Kabul is calm.", "\uD83C\uDDE6\uD83C\uDDEB Herat fell!", "No final stop");
        assertThat(spans.get(0).start()).isEqualTo(2);
    }

    @Test
    void blankTextHasNoSentences() {
        assertThat(SPLITTER.split("")).isEmpty();
        assertThat(SPLITTER.split(" \n\t\r\n ")).isEmpty();
    }
}
