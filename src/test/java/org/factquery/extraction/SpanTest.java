package org.factquery.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void aSpanContainsTheSpansWithinItsBoundsOnly() {
        Span source = new Span(10, 20);
        assertThat(source.contains(new Span(10, 20))).isTrue();
        assertThat(source.contains(new Span(12, 15))).isTrue();
        assertThat(source.contains(new Span(9, 15))).isFalse();
        assertThat(source.contains(new Span(15, 21))).isFalse();
    }

    @Test
    void spansIntersectWhenTheyShareACharacterNotWhenTheyOnlyTouch() {
        Span span = new Span(10, 20);
        assertThat(span.intersects(new Span(19, 25))).isTrue();
        assertThat(span.intersects(new Span(0, 11))).isTrue();
        assertThat(span.intersects(new Span(12, 13))).isTrue();
        assertThat(span.intersects(new Span(20, 25))).isFalse();
        assertThat(span.intersects(new Span(0, 10))).isFalse();
    }

    @Test
    void aSpanCoversExactlyItsSubstringAndRefusesOneBeyondTheText() {
        assertThat(new Span(4, 9).coveredText("Fox captured Sirte")).isEqualTo("captu");
        assertThatThrownBy(() -> new Span(5, 30).coveredText("short")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Span(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }
}
