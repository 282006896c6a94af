package org.factquery.extraction.claims;

import java.util.List;

/** A rule that reads claims of one family from one tagged sentence. */
interface ClaimRule {

    List<ExtractedClaim> apply(SentenceContext sentence);
}
