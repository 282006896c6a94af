package org.factquery.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/**
 * The committed contract {@code openapi/openapi.yaml} is the API the service serves. The build
 * refreshes the file ({@code ./mvnw package}); this test fails until the change is committed.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi", "openapi.yaml");

    @Test
    void servedOpenApiEqualsTheCommittedContract() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
        assertThat(CONTRACT).as("committed contract; create it with ./mvnw package -DskipTests").exists();
        JsonNode committed = yaml.readTree(Files.readString(CONTRACT));
        assertThat(yaml.readTree(served))
                .as("served /q/openapi differs from %s; run ./mvnw package -DskipTests and commit the file", CONTRACT)
                .isEqualTo(committed);
    }

    @Test
    void contractDescribesTheDocumentEndpoints() throws Exception {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT));
        JsonNode paths = contract.get("paths");
        assertThat(paths.has("/documents")).isTrue();
        assertThat(paths.get("/documents").has("post")).isTrue();
        assertThat(paths.get("/documents").get("post").get("responses").has("413")).isTrue();
        assertThat(paths.has("/documents/{id}/sentences")).isTrue();
        assertThat(paths.get("/documents/{id}").has("delete")).isTrue();
    }

    @Test
    void contractDescribesTheAnswerEndpoints() throws Exception {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CONTRACT)).get("paths");
        for (String path : new String[] {"/cities", "/cities/{name}/status", "/deployments", "/claims", "/conflicts",
                "/ask"}) {
            assertThat(paths.has(path)).as(path).isTrue();
            assertThat(paths.get(path).has("get")).as(path).isTrue();
        }
        assertThat(paths.get("/cities/{name}/status").get("get").get("responses").has("404")).isTrue();
        assertThat(paths.get("/cities/{name}/status").get("get").get("responses").has("409")).isTrue();
        assertThat(paths.get("/cities/{name}/history").get("get").get("responses").has("409")).isTrue();
        assertThat(paths.get("/ask").get("get").get("responses").has("422")).isTrue();
    }

    @Test
    void swaggerUiIsServed() {
        given().redirects().follow(true).get("/q/swagger-ui/").then().statusCode(200);
    }
}
