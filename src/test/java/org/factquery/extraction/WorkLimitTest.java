package org.factquery.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Extraction stops within a sentence of its budget running out or its work being cancelled. */
class WorkLimitTest {

    private static final Extractor EXTRACTOR = new Extractor();

    private static String article(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append("Rebel fighters captured Zaranj on day ").append(i).append(", officials said. ");
        }
        return text.toString();
    }

    @Test
    void aDocumentOverItsBudgetStops() {
        assertThatThrownBy(() -> EXTRACTOR.extract(article(20), null, WorkLimit.of(Duration.ZERO, () -> null)))
                .isInstanceOfSatisfying(ExtractionStopped.class,
                        e -> assertThat(e.why()).isEqualTo(ExtractionStopped.Why.OVER_BUDGET));
    }

    @Test
    void cancelledWorkStopsMidStageNotAtItsEnd() {
        AtomicInteger checks = new AtomicInteger();
        // cancelled at the 40th check: past the first stages, inside a per-sentence loop
        WorkLimit limit = WorkLimit.of(Duration.ofMinutes(1),
                () -> checks.incrementAndGet() >= 40 ? "its client went away" : null);
        assertThatThrownBy(() -> EXTRACTOR.extract(article(200), null, limit))
                .isInstanceOfSatisfying(ExtractionStopped.class, e -> {
                    assertThat(e.why()).isEqualTo(ExtractionStopped.Why.CANCELLED);
                    assertThat(e.getMessage()).isEqualTo("its client went away");
                });
        assertThat(checks.get()).isEqualTo(40);
    }

    @Test
    void workWithinItsLimitEndsNormally() {
        Extraction extraction = EXTRACTOR.extract(article(3), null, WorkLimit.of(Duration.ofMinutes(1), () -> null));
        assertThat(extraction.sentences()).hasSize(3);
    }
}
