package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.factquery.claim.Claim;
import org.junit.jupiter.api.Test;

/** Claims extracted at ingestion are stored with their sentence and answered with it as evidence. */
@QuarkusTest
class DocumentClaimsResourceTest {

    private static JsonPath ingest(String text, String publishedAt) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("text", text, "publisher", "Example Wire", "publishedAt", publishedAt))
                .post("/documents").then().statusCode(201).extract().jsonPath();
    }

    @Test
    void extractedClaimsCarryTheirSentenceAsEvidence() {
        String text = "Run " + UUID.randomUUID() + ". The Taliban took control of Kunduz on Sunday, officials said.";
        // published on Monday 9 August 2021: "Sunday" is the day before
        JsonPath created = ingest(text, "2021-08-09T10:00:00Z");
        long documentId = created.getLong("id");
        assertThat(created.getInt("claims")).isEqualTo(1);

        JsonPath page = given().get("/documents/{id}/claims", documentId).then().statusCode(200)
                .body("total", equalTo(1)).body("items", hasSize(1))
                .body("items[0].kind", equalTo("CAPTURE"))
                .body("items[0].actor", equalTo("Taliban"))
                .body("items[0].place.name", equalTo("Kunduz"))
                .body("items[0].place.province", equalTo("Kunduz"))
                .body("items[0].place.country", equalTo("Afghanistan"))
                .body("items[0].modality", equalTo("REPORTED"))
                .body("items[0].attributedTo", equalTo("officials"))
                .body("items[0].negated", equalTo(false))
                .body("items[0].eventDate", equalTo("2021-08-08"))
                .body("items[0].eventTimeText", equalTo("Sunday"))
                .body("items[0].ruleId", equalTo("capture.active"))
                .body("items[0].evidence.documentId", equalTo((int) documentId))
                .body("items[0].evidence.publisher", equalTo("Example Wire"))
                .extract().jsonPath();
        assertThat(page.getLong("items[0].evidence.claimId")).isEqualTo(page.getLong("items[0].id"));
        int start = page.getInt("items[0].evidence.start");
        int end = page.getInt("items[0].evidence.end");
        assertThat(text.substring(start, end)).isEqualTo(page.getString("items[0].evidence.sentence"))
                .isEqualTo("The Taliban took control of Kunduz on Sunday, officials said.");
    }

    @Test
    void withoutAPublicationDateTheDayStaysInWords() {
        String text = "Run " + UUID.randomUUID() + ". Herat fell to the Taliban on Friday.";
        long documentId = given().contentType(ContentType.JSON).body(Map.of("text", text))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
        given().get("/documents/{id}/claims", documentId).then().statusCode(200)
                .body("items[0].place.name", equalTo("Herat"))
                .body("items[0].eventDate", equalTo(null))
                .body("items[0].eventTimeText", equalTo("Friday"));
    }

    @Test
    void deletingADocumentDeletesItsClaims() {
        JsonPath created = ingest("Run " + UUID.randomUUID() + ". Herat fell to the Taliban on Friday.",
                "2021-08-13T08:00:00Z");
        long documentId = created.getLong("id");
        long claims = QuarkusTransaction.requiringNew().call(() -> Claim.count("document.id", documentId));
        assertThat(claims).isEqualTo(1);
        given().delete("/documents/{id}", documentId).then().statusCode(204);
        long left = QuarkusTransaction.requiringNew().call(() -> Claim.count("document.id", documentId));
        assertThat(left).isZero();
    }
}
