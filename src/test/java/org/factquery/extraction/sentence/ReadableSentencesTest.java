package org.factquery.extraction.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.factquery.extraction.AnnotatedText;
import org.factquery.extraction.Extraction;
import org.factquery.extraction.Extractor;
import org.factquery.extraction.Layers;
import org.factquery.extraction.SkippedSentence;
import org.factquery.extraction.actor.ActorLexicon;
import org.factquery.extraction.gazetteer.Gazetteer;
import org.junit.jupiter.api.Test;

/** Over-long sentences and word-for-word repeats are kept but not read for claims. */
class ReadableSentencesTest {

    private static final Extractor EXTRACTOR = new Extractor(new SentenceSplitter(), Gazetteer.load(),
            ActorLexicon.load(), 200);

    @Test
    void aSentenceOverTheLimitIsNeitherTokenizedNorRead() {
        String runOn = "Taliban fighters captured Zaranj and " + "the fighting went on in the streets and ".repeat(6);
        String text = "Taliban fighters captured Kunduz on Sunday. " + runOn;
        AnnotatedText annotated = EXTRACTOR.annotate(text, null);

        assertThat(annotated.get(Layers.SKIPPED)).containsExactly(
                new SkippedSentence(1, SkippedSentence.Why.TOO_LONG, "longer than 200 characters"));
        assertThat(annotated.get(Layers.TOKENS).get(1).tokens()).isEmpty();
        assertThat(annotated.get(Layers.CLAIMS)).extracting(c -> c.placeText()).containsExactly("Kunduz");
    }

    @Test
    void aRepeatedSentenceCountsOnce() {
        String once = "Taliban fighters captured Kunduz on Sunday, officials said.";
        Extraction extraction = EXTRACTOR.extract(String.join(" ", List.of(once, "Nothing else.", once, once)), null);

        assertThat(extraction.sentences()).hasSize(4);
        assertThat(extraction.claims()).hasSize(1);
        assertThat(extraction.claims().get(0).sentence()).isZero();
        assertThat(extraction.skipped()).extracting(SkippedSentence::sentence, SkippedSentence::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "repeats sentence 0"),
                        org.assertj.core.groups.Tuple.tuple(3, "repeats sentence 0"));
    }
}
