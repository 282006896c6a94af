package org.factquery.claim;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factquery.api.ExportWriter;
import org.factquery.city.CityExport;
import org.factquery.support.SampleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The exports over the samples and an article of a copy, parsed with standard parsers. */
@QuarkusTest
class ExportResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void samples() {
        SampleStore.onlySamples();
    }

    private static List<JsonNode> ndjson(String body) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static List<CSVRecord> csv(String body) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    private static long storedClaims() {
        return given().get("/claims?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String text(long document) {
        return given().get("/documents/{id}", document).then().statusCode(200).extract().jsonPath().getString("text");
    }

    @Test
    void everyStoredClaimIsInTheNdjsonExportOnceWithItsEvidenceAndDocument() throws Exception {
        String body = given().get("/claims/export").then().statusCode(200)
                .contentType("application/x-ndjson").header("Content-Disposition", "attachment; filename=\"claims.ndjson\"")
                .extract().asString();
        List<JsonNode> claims = ndjson(body);

        Set<Long> ids = new HashSet<>();
        claims.forEach(c -> assertThat(ids.add(c.get("id").asLong())).as("claim %s twice", c.get("id")).isTrue());
        assertThat((long) ids.size()).isEqualTo(storedClaims());
        List<Long> inOrder = claims.stream().map(c -> c.get("id").asLong()).toList();
        assertThat(inOrder).isSorted();
        Map<Long, String> texts = new HashMap<>();
        for (JsonNode c : claims) {
            JsonNode e = c.get("evidence");
            assertThat(e.get("claimId").asLong()).isEqualTo(c.get("id").asLong());
            assertThat(e.get("publisher").asText()).isNotBlank();
            if (!e.has("field")) { // a title's sentence is cut from the title
                String text = texts.computeIfAbsent(e.get("documentId").asLong(), ExportResourceTest::text);
                assertThat(e.get("sentence").asText())
                        .isEqualTo(text.substring(e.get("start").asInt(), e.get("end").asInt()));
            }
        }
        // each line is the claim as the search answers it
        JsonNode first = claims.get(0);
        JsonNode searched = JSON.readTree(given().queryParam("document", first.get("evidence").get("documentId").asLong())
                .queryParam("size", 500).get("/claims").then().statusCode(200).extract().asString()).get("items");
        JsonNode same = null;
        for (JsonNode item : searched) {
            if (item.get("id").asLong() == first.get("id").asLong()) {
                same = item;
            }
        }
        assertThat(same).as("claim %s in /claims", first.get("id")).isNotNull();
        assertThat(first).isEqualTo(same);
    }

    @Test
    void theCsvExportParsesWithItsDocumentedHeaderAndHasTheSameClaims() throws Exception {
        String body = given().queryParam("format", "csv").get("/claims/export").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(body.substring(0, body.indexOf('\n'))).isEqualTo(ClaimResource.CLAIM_CSV_HEADER)
                .isEqualTo(ExportWriter.header(ClaimExport.ClaimRow.class));
        List<CSVRecord> rows = csv(body);
        assertThat((long) rows.size()).isEqualTo(storedClaims());
        assertThat(rows.stream().map(r -> r.get("claimId")).distinct().count()).isEqualTo(rows.size());
        Map<Long, String> texts = new HashMap<>();
        for (CSVRecord r : rows) {
            String text = texts.computeIfAbsent(Long.parseLong(r.get("documentId")), ExportResourceTest::text);
            if (r.get("field").equals("text")) {
                assertThat(r.get("sentence")).isEqualTo(text.substring(Integer.parseInt(r.get("start")),
                        Integer.parseInt(r.get("end"))));
            }
            assertThat(JSON.readTree(r.get("details")).isObject()).isTrue();
        }
        List<String> ndjsonIds = ndjson(given().get("/claims/export").then().extract().asString()).stream()
                .map(c -> c.get("id").asText()).toList();
        assertThat(rows.stream().map(r -> r.get("claimId")).toList()).isEqualTo(ndjsonIds);
    }

    @Test
    void datesAndTimesAreWrittenAsInTheJsonAnswersInBothExports() throws Exception {
        long document = given().contentType("application/json").body(java.util.Map.of(
                "text", "Rebels of the M23 seized Sake on Tuesday, residents said.", "publisher", "Kivu Wire",
                "publishedAt", "2024-05-02T09:30:00Z")).post("/documents").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        JsonNode claim = JSON.readTree(given().get("/documents/{id}/claims", document).then().statusCode(200)
                .extract().asString()).get("items").get(0);

        List<CSVRecord> rows = csv(given().queryParam("format", "csv").queryParam("document", document)
                .get("/claims/export").then().statusCode(200).extract().asString());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("eventDate")).isEqualTo(claim.get("eventDate").asText()).isEqualTo("2024-04-30");
        assertThat(java.time.OffsetDateTime.parse(rows.get(0).get("publishedAt")).toInstant())
                .isEqualTo(java.time.Instant.parse("2024-05-02T09:30:00Z"));
        JsonNode exported = ndjson(given().queryParam("document", document).get("/claims/export").then()
                .statusCode(200).extract().asString()).get(0);
        assertThat(exported.get("evidence").get("publishedAt")).isEqualTo(claim.get("evidence").get("publishedAt"));

        List<CSVRecord> cities = csv(given().queryParam("format", "csv").queryParam("country", "CD")
                .get("/cities/export").then().statusCode(200).extract().asString());
        CSVRecord sake = cities.stream().filter(r -> r.get("name").equals("Sake")).findFirst().orElseThrow();
        assertThat(sake.get("since")).isEqualTo("2024-04-30");
        assertThat(java.time.OffsetDateTime.parse(sake.get("evidencePublishedAt")).toInstant())
                .isEqualTo(java.time.Instant.parse("2024-05-02T09:30:00Z"));
    }

    @Test
    void theSearchFiltersApplyAndAcceptChoosesTheFormat() throws Exception {
        long captures = given().queryParam("kind", "CAPTURE").queryParam("size", 1).get("/claims").then()
                .statusCode(200).extract().jsonPath().getLong("total");
        String body = given().accept("text/csv").queryParam("kind", "CAPTURE").get("/claims/export").then()
                .statusCode(200).contentType("text/csv").extract().asString();
        List<CSVRecord> rows = csv(body);
        assertThat(rows).hasSize((int) captures).allSatisfy(r -> assertThat(r.get("kind")).isEqualTo("CAPTURE"));

        String kandahar = given().queryParam("place", "Qandahar").get("/claims/export").then().statusCode(200)
                .extract().asString();
        assertThat(ndjson(kandahar)).allSatisfy(c -> assertThat(c.get("place").get("name").asText()).isEqualTo("Kandahar"));
    }

    @Test
    void badFiltersAndFormatsAreProblemsBeforeAnythingIsStreamed() {
        given().queryParam("format", "xml").get("/claims/export").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("place", "Nowhereville Qqq").get("/claims/export").then().statusCode(400)
                .contentType("application/problem+json");
        given().queryParam("status", "WON").get("/cities/export").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void theCitiesExportListsWhatCitiesListsInBothFormats() throws Exception {
        JsonNode listed = JSON.readTree(given().queryParam("size", 500).get("/cities").then().statusCode(200)
                .extract().asString());
        List<String> names = new ArrayList<>();
        listed.get("items").forEach(c -> names.add(c.get("city").get("name").asText()));

        List<JsonNode> exported = ndjson(given().get("/cities/export").then().statusCode(200)
                .contentType("application/x-ndjson").extract().asString());
        assertThat(exported).extracting(c -> c.get("city").get("name").asText()).isEqualTo(names);
        for (int i = 0; i < exported.size(); i++) {
            assertThat(exported.get(i)).isEqualTo(listed.get("items").get(i));
        }

        String body = given().queryParam("format", "csv").get("/cities/export").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(body.substring(0, body.indexOf('\n'))).isEqualTo(ExportWriter.header(CityExport.CityRow.class))
                .isEqualTo(org.factquery.city.CityResource.CITY_CSV_HEADER);
        List<CSVRecord> rows = csv(body);
        assertThat(rows).extracting(r -> r.get("name")).isEqualTo(names);
        CSVRecord kandahar = rows.stream().filter(r -> r.get("name").equals("Kandahar")).findFirst().orElseThrow();
        assertThat(kandahar.get("status")).isEqualTo("CAPTURED");
        assertThat(kandahar.get("controlledBy")).isEqualTo("Taliban");
        assertThat(Double.parseDouble(kandahar.get("latitude"))).isBetween(31.0, 32.0);
        String text = text(Long.parseLong(kandahar.get("evidenceDocumentId")));
        assertThat(kandahar.get("evidenceSentence")).isEqualTo(text.substring(
                Integer.parseInt(kandahar.get("evidenceStart")), Integer.parseInt(kandahar.get("evidenceEnd"))));
    }
}
