package org.factquery.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Path templates match the paths they describe, one segment per parameter unless it says otherwise. */
class AllowedMethodsTest {

    @Test
    void aParameterMatchesOneSegment() {
        assertThat(AllowedMethods.pattern("/cities/{name}/status").matcher("/cities/Lashkar Gah/status").matches())
                .isTrue();
        assertThat(AllowedMethods.pattern("/cities/{name}/status").matcher("/cities/a/b/status").matches())
                .isFalse();
        assertThat(AllowedMethods.pattern("/documents").matcher("/documents/").matches()).isTrue();
    }

    @Test
    void aParameterWithAnExpressionMatchesIt() {
        assertThat(AllowedMethods.pattern("/documents/{id: \\d+}").matcher("/documents/42").matches()).isTrue();
        assertThat(AllowedMethods.pattern("/documents/{id: \\d+}").matcher("/documents/x").matches()).isFalse();
    }
}
