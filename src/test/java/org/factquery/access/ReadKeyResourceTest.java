package org.factquery.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

import org.factquery.support.RawHttp;
import org.factquery.support.RawHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With reads protected, no spelling of a path reaches a document without the key: access is
 * decided on the path the router serves, and dot segments never get that far.
 */
@QuarkusTest
@TestProfile(ReadKeyResourceTest.ReadsNeedTheKey.class)
class ReadKeyResourceTest {

    static final String KEY = "read-k3y-" + "0123456789abcdef";
    private static long documentId;

    public static class ReadsNeedTheKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("factquery.api-key", KEY, "factquery.read-requires-key", "true");
        }
    }

    // before each test, once: a @BeforeAll can run before Quarkus is up
    @BeforeEach
    void storeOne() {
        if (documentId != 0) {
            return;
        }
        documentId = given().header("X-API-Key", KEY).contentType(ContentType.JSON)
                .body(Map.of("text", "Read-key probe " + UUID.randomUUID() + ". Rebels captured Sirte."))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void theDocumentNeedsTheKey() {
        given().get("/documents/" + documentId).then().statusCode(401);
        given().header("X-API-Key", KEY).get("/documents/" + documentId).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/../documents/", "/q/%2e%2e/documents/", "/q/%2E%2E/documents/", "/q/.%2e/documents/",
        "/q/%2e./documents/", "/q/./../documents/", "/q/health/../../documents/", "/q/%2e%2e%2fdocuments/"})
    void noDotSegmentReachesADocumentWithoutTheKey(String prefix) {
        Answer answer = RawHttp.send("GET", prefix + documentId);
        assertThat(answer.status()).as(answer.body()).isIn(400, 401, 404);
        assertThat(answer.body()).doesNotContain("Read-key probe");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%64ocuments/", "/document%73/", "//documents/", "/documents//"})
    void anEncodedOrDoubledSpellingOfAnApiPathNeedsTheKeyToo(String prefix) {
        Answer answer = RawHttp.send("GET", prefix + documentId);
        assertThat(answer.status()).as(answer.body()).isIn(401, 404);
        assertThat(answer.body()).doesNotContain("Read-key probe");
    }

    @Test
    void probesStayOpen() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }
}
