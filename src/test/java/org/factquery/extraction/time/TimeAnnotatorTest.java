package org.factquery.extraction.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.factquery.extraction.Extractor;
import org.factquery.extraction.Layers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day expressions resolved against a publication day, Friday 13 August 2021, leaning to the past. */
class TimeAnnotatorTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final LocalDate FRIDAY = LocalDate.of(2021, 8, 13);

    @Test
    void publicationDayIsAFriday() {
        assertThat(FRIDAY.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @ParameterizedTest(name = "\"{0}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The checkpoint was overrun Thursday night.      | Thursday night  | 2021-08-12
            The convoy left on Friday.                      | Friday          | 2021-08-13
            Shelling was heard late last night.             | late last night | 2021-08-12
            The district fell on Aug. 12 after a siege.     | Aug. 12         | 2021-08-12
            The governor surrendered on 13 August to elders. | 13 August      | 2021-08-13
            The talks began Monday.                         | Monday          | 2021-08-09
            The road was cut yesterday.                     | yesterday       | 2021-08-12
            Flights resumed on Saturday.                    | Saturday        | 2021-08-07
            """)
    void resolvesAgainstThePublicationDayLeaningToThePast(String sentence, String words, LocalDate expected) {
        List<TimeExpression> times = times(sentence, FRIDAY);
        assertThat(times).as(sentence).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo(words);
            assertThat(t.span().coveredText(sentence)).isEqualTo(words);
            assertThat(t.date()).isEqualTo(expected);
            assertThat(t.sentence()).isZero();
        });
    }

    @Test
    void withoutAPublicationDayTheWordsAreKeptButNotResolved() {
        String sentence = "The checkpoint was overrun Thursday night.";
        assertThat(times(sentence, null)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Thursday night");
            assertThat(t.date()).isNull();
        });
        assertThat(times("The governor surrendered on 13 August to elders.", null)).singleElement()
                .satisfies(t -> {
                    assertThat(t.text()).isEqualTo("13 August");
                    assertThat(t.date()).isNull();
                });
    }

    @Test
    void sentenceFinalFullStopIsNotPartOfADayMonthDate() {
        assertThat(times("The governor surrendered on 13 August.", FRIDAY)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("13 August");
            assertThat(t.date()).isEqualTo(FRIDAY);
        });
    }

    @Test
    void abbreviatedMonthKeepsItsFullStop() {
        assertThat(times("The governor surrendered on 13 Aug. to elders.", FRIDAY)).singleElement()
                .satisfies(t -> {
                    assertThat(t.text()).isEqualTo("13 Aug.");
                    assertThat(t.date()).isEqualTo(FRIDAY);
                });
    }

    @Test
    void modalMayIsNotADate() {
        assertThat(times("Officials warned that it may fall within 30 days.", FRIDAY)).isEmpty();
        assertThat(times("It may 12 times have changed hands.", FRIDAY)).isEmpty();
    }

    @Test
    void capitalisedMonthMayIsADate() {
        assertThat(times("The deal was signed on May 1.", FRIDAY)).singleElement()
                .extracting(TimeExpression::date).isEqualTo(LocalDate.of(2021, 5, 1));
    }

    @Test
    void dateWithAYearResolvesToThatDateWithOrWithoutAPublicationDay() {
        String sentence = "The report was released on November 29, 2023.";
        assertThat(times(sentence, FRIDAY)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("November 29, 2023");
            assertThat(t.date()).isEqualTo(LocalDate.of(2023, 11, 29));
        });
        assertThat(times(sentence, null)).singleElement()
                .extracting(TimeExpression::date).isEqualTo(LocalDate.of(2023, 11, 29));
    }

    @Test
    void dayMoreThanHalfAYearAheadOfThePublicationDayIsLastYears() {
        assertThat(times("The base was handed over on Dec. 20.", LocalDate.of(2022, 1, 10))).singleElement()
                .extracting(TimeExpression::date).isEqualTo(LocalDate.of(2021, 12, 20));
    }

    @Test
    void impossibleDayIsKeptWithoutADate() {
        assertThat(times("The memo was dated Feb. 30.", FRIDAY)).singleElement().satisfies(t -> {
            assertThat(t.text()).isEqualTo("Feb. 30");
            assertThat(t.date()).isNull();
        });
    }

    @Test
    void lowercaseWeekdayWordIsNotADate() {
        assertThat(times("He said friday prayers were cancelled.", FRIDAY)).isEmpty();
    }

    @Test
    void eachSentenceGetsItsOwnIndex() {
        List<TimeExpression> times = times("Kunduz fell on Sunday. Taloqan fell on Monday.", FRIDAY);
        assertThat(times).extracting(TimeExpression::sentence).containsExactly(0, 1);
        assertThat(times).extracting(TimeExpression::date)
                .containsExactly(LocalDate.of(2021, 8, 8), LocalDate.of(2021, 8, 9));
    }

    private static List<TimeExpression> times(String text, LocalDate published) {
        return EXTRACTOR.annotate(text, published).get(Layers.TIMES);
    }
}
