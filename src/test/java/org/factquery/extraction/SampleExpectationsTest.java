package org.factquery.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.claims.ClaimKind;
import org.factquery.extraction.claims.ExtractedClaim;
import org.factquery.support.Samples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every claim that {@code expected.json} (copied from the shared seeds) implies over the five
 * samples is extracted with the right kind, place, actor, attribution and modality. The samples
 * are read without a publication date, as the file assumes.
 */
class SampleExpectationsTest {

    private static final Extractor EXTRACTOR = new Extractor();
    private static final Map<String, String> TEXTS = new HashMap<>();
    private static final Map<String, Extraction> EXTRACTIONS = new HashMap<>();
    private static JsonNode expected;

    /** A claim with the sentence it rests on. */
    record Found(ExtractedClaim claim, String sentence) {
    }

    @BeforeAll
    static void extractSamples() throws IOException {
        for (Path file : Samples.files()) {
            String text = Samples.text(file);
            TEXTS.put(file.getFileName().toString(), text);
            EXTRACTIONS.put(file.getFileName().toString(), EXTRACTOR.extract(text, null));
        }
        try (InputStream in = SampleExpectationsTest.class.getResourceAsStream("/expected.json")) {
            expected = new ObjectMapper().readTree(in);
        }
    }

    private static List<Found> claimsOf(String document, String sentence) {
        String text = TEXTS.get(document);
        Extraction e = EXTRACTIONS.get(document);
        List<Found> found = new ArrayList<>();
        for (ExtractedClaim c : e.claims()) {
            String s = e.sentences().get(c.sentence()).coveredText(text);
            if (s.strip().equals(sentence.strip())) {
                found.add(new Found(c, s));
            }
        }
        assertThat(e.sentences().stream().anyMatch(sp -> sp.coveredText(text).strip().equals(sentence.strip())))
                .as("%s has the sentence as one sentence: %s", document, sentence).isTrue();
        return found;
    }

    private static String placeName(ExtractedClaim c) {
        return c.place() == null ? null : c.place().name();
    }

    private static void assertAttribution(JsonNode item, ExtractedClaim c) {
        if (item.has("attributed_to")) {
            assertThat(c.attributedTo()).as("attribution of " + item).isEqualTo(item.get("attributed_to").asText());
        }
        if (item.has("modality")) {
            assertThat(c.modality().name()).as("modality of " + item).isEqualTo(item.get("modality").asText());
        }
    }

    private static Predicate<Found> isCaptureOf(String city) {
        return f -> f.claim().kind() == ClaimKind.CAPTURE && city.equals(placeName(f.claim()));
    }

    @Test
    void everyCityEvidenceSentenceStatesTheExpectedCaptureOrControl() {
        for (JsonNode city : expected.get("cities")) {
            String name = city.get("city").asText();
            String status = city.get("status").asText();
            String holder = city.get("controlled_by").asText();
            ClaimKind kind = status.equals("CAPTURED") ? ClaimKind.CAPTURE : ClaimKind.CONTROL;
            for (JsonNode item : city.get("evidence_includes")) {
                List<Found> found = claimsOf(item.get("document").asText(), item.get("sentence").asText()).stream()
                        .filter(f -> f.claim().kind() == kind && name.equals(placeName(f.claim())))
                        .toList();
                assertThat(found).as("%s %s claim in: %s", kind, name, item.get("sentence").asText()).hasSize(1);
                ExtractedClaim c = found.get(0).claim();
                assertThat(c.actor()).as("actor in " + item).isEqualTo(holder);
                assertThat(c.modality()).as("a capture that counts: " + item)
                        .isNotIn(Modality.FORECAST, Modality.DENIED);
                assertAttribution(item, c);
            }
        }
    }

    @Test
    void everyExceptionIsAPartHeldByTheOtherSide() {
        for (JsonNode city : expected.get("cities")) {
            String name = city.get("city").asText();
            for (JsonNode item : city.path("exceptions")) {
                List<Found> found = claimsOf(item.get("document").asText(), item.get("sentence").asText()).stream()
                        .filter(f -> f.claim().kind() == ClaimKind.PARTIAL_CONTROL && name.equals(placeName(f.claim())))
                        .toList();
                assertThat(found).as("partial control of %s in %s", name, item).hasSize(1);
                assertThat(found.get(0).claim().actor()).isEqualTo(item.get("held_by").asText());
                assertThat((String) found.get(0).claim().details().get("part")).contains(item.get("part").asText());
            }
        }
    }

    @Test
    void forecastsAreStoredAsForecastsAndKabulIsNeverCaptured() {
        for (JsonNode city : expected.get("cities")) {
            String name = city.get("city").asText();
            for (JsonNode item : city.path("forecasts_include")) {
                List<Found> found = claimsOf(item.get("document").asText(), item.get("sentence").asText()).stream()
                        .filter(f -> name.equals(placeName(f.claim())))
                        .toList();
                assertThat(found).as("forecast about %s in %s", name, item).isNotEmpty()
                        .allMatch(f -> f.claim().modality() == Modality.FORECAST);
            }
        }
        for (Extraction e : EXTRACTIONS.values()) {
            assertThat(e.claims()).as("no capture of Kabul that counts")
                    .noneMatch(c -> c.kind() == ClaimKind.CAPTURE && c.place() != null
                            && c.place().name().equals("Kabul") && c.modality() != Modality.FORECAST);
        }
    }

    @Test
    void disputedProvincesAndDaysAreEachStated() {
        for (JsonNode city : expected.get("cities")) {
            String name = city.get("city").asText();
            for (JsonNode dispute : city.path("disputes")) {
                List<String> values = new ArrayList<>();
                dispute.get("values").forEach(v -> values.add(v.asText()));
                List<String> stated = new ArrayList<>();
                for (JsonNode item : dispute.get("evidence")) {
                    for (Found f : claimsOf(item.get("document").asText(), item.get("sentence").asText())) {
                        ExtractedClaim c = f.claim();
                        if (!name.equals(placeName(c))) {
                            continue;
                        }
                        if (dispute.get("about").asText().equals("province") && c.kind() == ClaimKind.LOCATED_IN) {
                            stated.add((String) c.details().get("province"));
                        }
                        if (dispute.get("about").asText().equals("capture day") && isCaptureOf(name).test(f)
                                && c.eventTimeText() != null) {
                            stated.add(c.eventTimeText());
                        }
                    }
                }
                assertThat(stated).as("%s dispute about %s", name, dispute.get("about"))
                        .allMatch(v -> values.stream().anyMatch(v::contains)).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void everyDeploymentReportIsExtractedWithCountryTroopsAndSource() {
        for (JsonNode deployment : expected.get("deployments")) {
            String country = deployment.get("country").asText();
            int troops = deployment.get("troops").asInt();
            for (JsonNode item : deployment.get("evidence_includes")) {
                List<Found> found = claimsOf(item.get("document").asText(), item.get("sentence").asText()).stream()
                        .filter(f -> f.claim().kind() == ClaimKind.DEPLOYMENT && country.equals(f.claim().actor()))
                        .toList();
                assertThat(found).as("deployment by %s in %s", country, item).hasSize(1);
                ExtractedClaim c = found.get(0).claim();
                assertThat(c.number()).as("troops in " + item).isEqualTo(troops);
                if (!deployment.get("destination").isNull() && c.place() != null) {
                    assertThat(c.place().name()).isIn(deployment.get("destination").asText(), "Afghanistan");
                }
                assertAttribution(item, c);
            }
        }
    }

    @Test
    void everyTallyIsExtractedWithItsValueTotalAndQualifier() {
        for (JsonNode count : expected.get("counts")) {
            for (JsonNode item : count.get("evidence_includes")) {
                List<Found> found = claimsOf(item.get("document").asText(), item.get("sentence").asText()).stream()
                        .filter(f -> f.claim().kind() == ClaimKind.COUNT).toList();
                assertThat(found).as("count in " + item).hasSize(1);
                Map<String, Object> details = found.get(0).claim().details();
                assertThat(details.get("value")).isEqualTo(item.get("value").asInt());
                assertThat(details.get("of")).isEqualTo(count.get("of").asInt());
                if (item.has("qualifier")) {
                    assertThat(details.get("qualifier")).isEqualTo(item.get("qualifier").asText());
                }
                assertThat(found.get(0).claim().actor()).isEqualTo("Taliban");
            }
        }
    }
}
