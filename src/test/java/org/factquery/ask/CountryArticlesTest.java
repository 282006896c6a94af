package org.factquery.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which country names take "the" in an answer, as the data file lists them. */
class CountryArticlesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            United States             | the United States
            United Kingdom            | the United Kingdom
            Central African Republic  | the Central African Republic
            Netherlands               | the Netherlands
            France                    | France
            Rwanda                    | Rwanda
            Türkiye                   | Türkiye
            """)
    void aCountryTakesTheArticleEnglishGivesIt(String country, String written) {
        assertThat(AskService.theCountry(country)).isEqualTo(written);
    }
}
