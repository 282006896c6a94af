package org.factquery.extraction.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.factquery.extraction.Extractor;

/** What the rule tests share: one extractor (the models load once) and articles published on a Friday. */
final class ClaimFixture {

    static final Extractor EXTRACTOR = new Extractor();
    /** Friday 13 August 2021: "Thursday" resolves to the 12th. */
    static final LocalDate FRIDAY = LocalDate.of(2021, 8, 13);

    private ClaimFixture() {
    }

    static List<ExtractedClaim> claims(String text) {
        return EXTRACTOR.extract(text, FRIDAY).claims();
    }

    static List<ExtractedClaim> claims(String text, ClaimKind kind) {
        return claims(text).stream().filter(c -> c.kind() == kind).toList();
    }

    /** The one claim of the kind the text states; fails when there are none or several. */
    static ExtractedClaim only(String text, ClaimKind kind) {
        List<ExtractedClaim> found = claims(text, kind);
        assertThat(found).as("%s claims in: %s", kind, text).hasSize(1);
        return found.get(0);
    }
}
