package org.factquery.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.factquery.support.Contract;
import org.junit.jupiter.api.Test;

/**
 * With a key configured and reads protected, every operation of the contract answers a request
 * without the key — and a write with a wrong one — with the 401 the contract documents for it
 * (problem body, {@code WWW-Authenticate}), and the key opens reads again.
 */
@QuarkusTest
@TestProfile(ReadKeyContractTest.ReadsNeedTheKey.class)
class ReadKeyContractTest {

    private static final Contract CONTRACT = Contract.committed();
    private static final String KEY = "contract-k3y-" + "0123456789abcdef";

    public static class ReadsNeedTheKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factquery.api-key", KEY, "factquery.read-requires-key", "true");
        }
    }

    private static String concrete(String template) {
        return template.replace("{name}", "Kandahar").replace("{id}", "1");
    }

    @Test
    void everyOperationAnswersAMissingKeyWithTheDocumented401() {
        for (String operation : CONTRACT.operations()) {
            String method = operation.substring(0, operation.indexOf(' '));
            String path = concrete(operation.substring(operation.indexOf(' ') + 1));
            Response response = given().request(method, path);
            assertThat(response.statusCode()).as(operation).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).as(operation).isNotBlank();
            assertThat(CONTRACT.violations(method, path, response)).as(operation).isEmpty();
            if (!method.equals("GET")) {
                Response wrongKey = given().header("X-API-Key", "not-the-key").request(method, path);
                assertThat(wrongKey.statusCode()).as(operation).isEqualTo(401);
                assertThat(CONTRACT.violations(method, path, wrongKey)).as(operation).isEmpty();
            }
        }
    }

    @Test
    void theKeyOpensReads() {
        Response response = given().header("Authorization", "Bearer " + KEY).get("/cities");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(CONTRACT.violations("GET", "/cities", response)).isEmpty();
    }
}
