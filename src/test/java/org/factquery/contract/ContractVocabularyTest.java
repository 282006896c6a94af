package org.factquery.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.factquery.api.ExportFormat;
import org.factquery.city.CityStatus;
import org.factquery.conflict.ConflictService;
import org.factquery.deployment.DeploymentService;
import org.factquery.extraction.attribution.Modality;
import org.factquery.extraction.claims.ClaimKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The closed vocabularies the committed contract lists as enums are the code's own (the enums and
 * sets the resources check values against): a value added in code and not in the contract, or the
 * other way round, fails here. The service also takes them in any case; the contract lists the
 * canonical spelling.
 */
class ContractVocabularyTest {

    private static JsonNode contract;

    @BeforeAll
    static void read() throws Exception {
        contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi", "openapi.yaml")));
    }

    private static List<String> values(JsonNode schema) {
        if (schema.has("$ref")) {
            schema = contract.at(schema.get("$ref").asText().substring(1));
        }
        List<String> values = new ArrayList<>();
        schema.get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> parameter(String path, String name) {
        for (JsonNode parameter : contract.at("/paths/" + path.replace("/", "~1") + "/get/parameters")) {
            if (parameter.get("name").asText().equals(name)) {
                return values(parameter.get("schema"));
            }
        }
        throw new AssertionError(path + " has no parameter " + name);
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @Test
    void claimKindsAndModalitiesAreTheExtractionsEnums() {
        for (String path : List.of("/claims", "/claims/export", "/claims/stream")) {
            assertThat(parameter(path, "kind")).as(path).containsExactlyElementsOf(names(ClaimKind.values()));
            assertThat(parameter(path, "modality")).as(path).containsExactlyElementsOf(names(Modality.values()));
        }
    }

    @Test
    void cityStatusesConflictSubjectsAndDeploymentStatusesAreTheServicesOwn() {
        assertThat(parameter("/cities", "status")).containsExactlyElementsOf(names(CityStatus.values()));
        assertThat(parameter("/cities/export", "status")).containsExactlyElementsOf(names(CityStatus.values()));
        assertThat(parameter("/conflicts", "about")).containsExactlyInAnyOrderElementsOf(ConflictService.ABOUT);
        assertThat(parameter("/deployments", "status"))
                .containsExactlyInAnyOrderElementsOf(DeploymentService.STATUSES);
    }

    @Test
    void exportFormatsAreTheOnesTheExportsTake() {
        List<String> formats = Arrays.stream(ExportFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        assertThat(formats).contains("ndjson", "csv");
        assertThat(parameter("/claims/export", "format")).containsExactlyElementsOf(formats);
        assertThat(parameter("/cities/export", "format")).containsExactlyElementsOf(formats);
    }
}
