package org.factquery.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.factquery.extraction.claims.ExtractedClaim;
import org.junit.jupiter.api.Test;

class PipelineTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static final Layer<String> WORDS = new Layer<>("test-words", String.class);
    private static final Layer<String> LETTERS = new Layer<>("test-letters", String.class);

    /** A stage that declares its layers and, when {@code honest}, puts one value in each. */
    private record Stage(String name, Set<Layer<?>> requires, Set<Layer<?>> produces, boolean honest)
            implements Annotator {

        static Stage of(String name, Set<Layer<?>> requires, Set<Layer<?>> produces) {
            return new Stage(name, requires, produces, true);
        }

        @Override
        @SuppressWarnings("unchecked")
        public void annotate(AnnotatedText text) {
            if (!honest) {
                return;
            }
            for (Layer<?> layer : produces) {
                text.put((Layer<String>) layer, List.of(name));
            }
        }
    }

    @Test
    void stageRequiringALayerNoEarlierStageProducesFailsAtConstructionNamingTheLayer() {
        List<Annotator> stages = List.of(
                Stage.of("letters", Set.of(WORDS), Set.of(LETTERS)),
                Stage.of("words", Set.of(), Set.of(WORDS)));

        assertThatThrownBy(() -> new Pipeline(stages))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-words")
                .hasMessageContaining("letters");
    }

    @Test
    void stageRequiringALayerNobodyProducesFailsAtConstruction() {
        assertThatThrownBy(() -> new Pipeline(List.of(Stage.of("orphan", Set.of(LETTERS), Set.of(WORDS)))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-letters");
    }

    @Test
    void layerProducedTwiceFailsAtConstruction() {
        List<Annotator> stages = List.of(
                Stage.of("first", Set.of(), Set.of(WORDS)),
                Stage.of("second", Set.of(WORDS), Set.of(WORDS, LETTERS)));

        assertThatThrownBy(() -> new Pipeline(stages))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-words")
                .hasMessageContaining("first")
                .hasMessageContaining("second");
    }

    @Test
    void correctlyOrderedStagesRunAndEveryDeclaredLayerIsPresent() {
        Pipeline pipeline = new Pipeline(List.of(
                Stage.of("words", Set.of(), Set.of(WORDS)),
                Stage.of("letters", Set.of(WORDS), Set.of(LETTERS))));

        AnnotatedText annotated = pipeline.run("any text", null);

        assertThat(annotated.get(WORDS)).containsExactly("words");
        assertThat(annotated.get(LETTERS)).containsExactly("letters");
        assertThat(pipeline.stages()).hasSize(2);
    }

    @Test
    void stageThatDoesNotProduceWhatItDeclaresFailsAtRun() {
        Pipeline pipeline = new Pipeline(List.of(
                Stage.of("words", Set.of(), Set.of(WORDS)),
                new Stage("lazy", Set.of(WORDS), Set.of(LETTERS), false)));

        assertThatThrownBy(() -> pipeline.run("any text", null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lazy")
                .hasMessageContaining("test-letters");
    }

    @Test
    void readingALayerThatWasNotProducedFails() {
        AnnotatedText annotated = new AnnotatedText("text", null);
        assertThatThrownBy(() -> annotated.get(WORDS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test-words");
    }

    @Test
    void standardExtractorBuildsWithEveryStandardLayer() {
        AnnotatedText annotated = EXTRACTOR.annotate("The Taliban captured Kunduz on Sunday.", LocalDate.of(2021, 8, 9));

        for (Layer<?> layer : List.of(Layers.SENTENCES, Layers.TOKENS, Layers.PLACES, Layers.COUNTRIES,
                Layers.ACTORS, Layers.TAGGED_TOKENS, Layers.TIMES, Layers.ATTRIBUTIONS, Layers.CLAIMS)) {
            assertThat(annotated.has(layer)).as("layer %s", layer).isTrue();
        }
    }

    @Test
    void claimsCarryARuleIdAndTheExtractionVersionIsNonBlank() {
        Extraction extraction = EXTRACTOR.extract(
                "Taliban fighters captured the city of Kunduz on Sunday, officials said.", LocalDate.of(2021, 8, 9));

        assertThat(extraction.version()).isNotBlank().isEqualTo(Extractor.VERSION);
        assertThat(extraction.sentences()).hasSize(1);
        assertThat(extraction.claims()).isNotEmpty();
        for (ExtractedClaim claim : extraction.claims()) {
            assertThat(claim.ruleId()).as("ruleId of %s", claim).isNotBlank();
        }
    }

    @Test
    void emptyTextGivesNoSentencesAndNoClaims() {
        Extraction extraction = EXTRACTOR.extract("", null);
        assertThat(extraction.sentences()).isEmpty();
        assertThat(extraction.claims()).isEmpty();
        assertThat(extraction.version()).isNotBlank();
    }
}
