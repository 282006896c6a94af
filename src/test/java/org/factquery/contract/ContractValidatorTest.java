package org.factquery.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.factquery.support.Contract;
import org.junit.jupiter.api.Test;

/**
 * The response validator the contract tests rely on fails where a response and the committed
 * contract disagree: each known-bad answer below breaks one rule, next to a good one it accepts.
 */
class ContractValidatorTest {

    private static final Contract CONTRACT = Contract.committed();
    private static final String JSON = "application/json";

    /** A city status as the service answers it for a city with no claims: every member, nulls where absent. */
    private static final String UNKNOWN_CITY = """
            {"city": {"id": "geonames:1", "name": "Sample", "province": null, "country": "Sampleland",
                      "countryCode": "SL", "matchedAlias": "sample", "matchedBy": "alias", "resolvedBy": "only",
                      "latitude": 1.5, "longitude": 2.5},
             "asOf": null, "status": "UNKNOWN", "controlledBy": null, "since": null, "confidence": null,
             "inferredFrom": null, "documents": 0, "publishers": 0, "evidence": [], "evidenceTotal": 0,
             "exceptions": [], "forecasts": [], "forecastsTotal": 0, "disputes": []}""";

    private static List<String> status(String body) {
        return CONTRACT.violations("GET", "/cities/Sample/status", 200, JSON, Map.of(), body);
    }

    @Test
    void aConformingAnswerHasNoViolations() {
        assertThat(status(UNKNOWN_CITY)).isEmpty();
    }

    @Test
    void aNullWhereTheSchemaAllowsNoneIsAViolation() {
        assertThat(status(UNKNOWN_CITY.replace("\"status\": \"UNKNOWN\"", "\"status\": null")))
                .isNotEmpty().allSatisfy(v -> assertThat(v).contains("/status"));
        assertThat(status(UNKNOWN_CITY.replace("\"name\": \"Sample\"", "\"name\": null")))
                .singleElement().asString().contains("/city/name");
    }

    @Test
    void aMissingRequiredMemberIsAViolation() {
        assertThat(status(UNKNOWN_CITY.replace("\"evidenceTotal\": 0,", "")))
                .singleElement().asString().contains("evidenceTotal");
    }

    @Test
    void aValueOutsideAnEnumOrAFormatIsAViolation() {
        assertThat(status(UNKNOWN_CITY.replace("\"UNKNOWN\"", "\"TAKEN\""))).hasSize(1);
        assertThat(status(UNKNOWN_CITY.replace("\"since\": null", "\"since\": \"last Thursday\""))).hasSize(1);
        assertThat(status(UNKNOWN_CITY.replace("\"documents\": 0", "\"documents\": \"none\""))).hasSize(1);
    }

    @Test
    void anUndocumentedStatusMediaTypeOrHeaderIsAViolation() {
        assertThat(CONTRACT.violations("GET", "/cities/Sample/status", 418, JSON, Map.of(), UNKNOWN_CITY))
                .singleElement().asString().contains("status not documented");
        assertThat(CONTRACT.violations("GET", "/cities/Sample/status", 200, "text/html", Map.of(), "<p>"))
                .singleElement().asString().contains("media type 'text/html' not documented");
        assertThat(CONTRACT.violations("GET", "/cities/Sample/status", 200, JSON,
                Map.of("Location", List.of("/documents/1")), UNKNOWN_CITY))
                .singleElement().asString().contains("header Location not documented");
        assertThat(CONTRACT.violations("GET", "/cities/Sample/status", 200, JSON, Map.of(), ""))
                .singleElement().asString().contains("an empty application/json body");
        assertThat(CONTRACT.violations("POST", "/documents", 201, JSON, Map.of(),
                "{\"id\": 1, \"sha256\": \"00\", \"sentences\": 1, \"claims\": 0, \"skippedSentences\": 0, "
                        + "\"duplicate\": false, \"copyOf\": null}"))
                .singleElement().asString().contains("required header Location missing");
        assertThat(CONTRACT.violations("DELETE", "/documents/7", 204, null, Map.of(), "{}"))
                .singleElement().asString().contains("a body where the contract documents none");
        assertThat(CONTRACT.violations("PUT", "/documents/7", 200, JSON, Map.of(), "{}"))
                .singleElement().asString().contains("not an operation of the contract");
    }

    @Test
    void everyLineOfAnNdjsonAnswerIsValidated() {
        String good = "{\"line\": 1, \"status\": 400, \"document\": null, \"problem\": "
                + "{\"type\": \"about:blank\", \"title\": \"Bad Request\", \"status\": 400}}";
        String bad = "{\"line\": 2, \"status\": 201, \"document\": {\"id\": 3}, \"problem\": null}";
        assertThat(CONTRACT.violations("POST", "/documents/batch", 200, "application/x-ndjson", Map.of(),
                good + "\n")).isEmpty();
        assertThat(CONTRACT.violations("POST", "/documents/batch", 200, "application/x-ndjson", Map.of(),
                good + "\n" + bad + "\n")).isNotEmpty().allSatisfy(v -> assertThat(v).contains("line 2"));
    }
}
