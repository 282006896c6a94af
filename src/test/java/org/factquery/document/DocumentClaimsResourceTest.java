package org.factquery.document;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.factquery.claim.Claim;
import org.junit.jupiter.api.Test;

/**
 * The claim answer shape and its evidence, with a claim stored directly (extraction, which will
 * store them at ingestion, is not part of this module yet).
 */
@QuarkusTest
class DocumentClaimsResourceTest {

    private static long ingest(String text) {
        return given().contentType(ContentType.JSON).body(Map.of("text", text, "publisher", "Example Wire"))
                .post("/documents").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long storeClaim(long documentId, int ordinal) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Claim claim = new Claim();
            claim.document = Document.findById(documentId);
            claim.sentence = Sentence.find("document.id = ?1 and ordinal = ?2", documentId, ordinal).firstResult();
            claim.kind = "CAPTURE";
            claim.actor = "Taliban";
            claim.placeText = "Kunduz";
            claim.details = Map.of("partial", false, "words", "took control of");
            claim.attributedTo = "officials";
            claim.modality = "REPORTED";
            claim.eventDate = LocalDate.of(2021, 8, 8);
            claim.eventTimeText = "Sunday";
            claim.ruleId = "test.capture";
            claim.extractionVersion = "test";
            claim.confidence = 0.8f;
            claim.persist();
            return claim.id;
        });
    }

    @Test
    void claimsCarryTheirSentenceAsEvidence() {
        String text = "Run " + UUID.randomUUID() + ". The Taliban took control of Kunduz on Sunday, officials said.";
        long documentId = ingest(text);
        long claimId = storeClaim(documentId, 1);

        JsonPath page = given().get("/documents/{id}/claims", documentId).then().statusCode(200)
                .body("total", equalTo(1)).body("items", hasSize(1))
                .body("items[0].id", equalTo((int) claimId))
                .body("items[0].kind", equalTo("CAPTURE"))
                .body("items[0].actor", equalTo("Taliban"))
                .body("items[0].place.name", equalTo("Kunduz"))
                .body("items[0].details.words", equalTo("took control of"))
                .body("items[0].details.partial", equalTo(false))
                .body("items[0].modality", equalTo("REPORTED"))
                .body("items[0].attributedTo", equalTo("officials"))
                .body("items[0].negated", equalTo(false))
                .body("items[0].eventDate", equalTo("2021-08-08"))
                .body("items[0].eventTimeText", equalTo("Sunday"))
                .body("items[0].ruleId", equalTo("test.capture"))
                .body("items[0].evidence.claimId", equalTo((int) claimId))
                .body("items[0].evidence.documentId", equalTo((int) documentId))
                .body("items[0].evidence.publisher", equalTo("Example Wire"))
                .extract().jsonPath();
        int start = page.getInt("items[0].evidence.start");
        int end = page.getInt("items[0].evidence.end");
        assertThat(text.substring(start, end)).isEqualTo(page.getString("items[0].evidence.sentence"))
                .isEqualTo("The Taliban took control of Kunduz on Sunday, officials said.");
    }

    @Test
    void deletingADocumentDeletesItsClaims() {
        long documentId = ingest("Run " + UUID.randomUUID() + ". Herat fell on Friday.");
        long claimId = storeClaim(documentId, 1);
        given().delete("/documents/{id}", documentId).then().statusCode(204);
        Claim gone = QuarkusTransaction.requiringNew().call(() -> Claim.findById(claimId));
        assertThat(gone).isNull();
    }
}
