package org.factquery.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void foldingIsOneForOneSoLengthAndOffsetsAreKept() {
        String text = "\u201CKabul\u201D \u2014 it\u2019s \u2018over\u2019\u00A0now \u2013 \u00ABsaid\u00BB \uD83D\uDE00 e\u0301";
        String normalized = TextNormalizer.normalize(text);
        assertThat(normalized).hasSameSizeAs(text);
        assertThat(normalized.indexOf("Kabul")).isEqualTo(text.indexOf("Kabul"));
        assertThat(normalized.indexOf("now")).isEqualTo(text.indexOf("now"));
    }

    @Test
    void curlyAndAngleQuotesFoldToStraightQuotes() {
        assertThat(TextNormalizer.normalize("\u201Cquoted\u201D \u201Elow\u201F \u00ABguillemets\u00BB"))
                .isEqualTo("\"quoted\" \"low\" \"guillemets\"");
        assertThat(TextNormalizer.normalize("\u2018single\u2019 it\u2019s \u201Alow\u201B \u02BCokina"))
                .isEqualTo("'single' it's 'low' 'okina");
    }

    @Test
    void dashesAndMinusFoldToHyphen() {
        assertThat(TextNormalizer.normalize("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g\u2212h"))
                .isEqualTo("a-b-c-d-e-f-g-h");
    }

    @Test
    void nonBreakingAndThinSpacesFoldToSpace() {
        assertThat(TextNormalizer.normalize("1\u00A02\u20073\u202F4\u20095\u200A6")).isEqualTo("1 2 3 4 5 6");
    }

    @Test
    void otherCharactersAreUnchanged() {
        String other = "Plain ASCII 0-9 \"'.,;:!?() \t\r\n\u2028\u2029 e\u0301 \u00E9 \u0627\u0641\u063A\u0627\u0646 "
                + "\uD83D\uDE00 \u200B \uFEFF \u2026 \u2022 \u0000\u0007 \uD800";
        assertThat(TextNormalizer.normalize(other)).isEqualTo(other);
        for (char c = 0; c < 0x2000; c++) {
            if (c == '\u00A0' || c == '\u00B4' || c == '`' || c == '\u02BC' || c == '\u00AB' || c == '\u00BB') {
                continue;
            }
            assertThat(TextNormalizer.fold(c)).as("U+%04X", (int) c).isEqualTo(c);
        }
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(TextNormalizer.normalize("")).isEmpty();
    }
}
