package org.factquery.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.factquery.client.ApiClient;
import org.factquery.client.ApiException;
import org.factquery.client.api.CitiesApi;
import org.factquery.client.api.ClaimsApi;
import org.factquery.client.api.DocumentsApi;
import org.factquery.client.model.CityStatus;
import org.factquery.client.model.CityStatusView;
import org.factquery.client.model.ClaimKind;
import org.factquery.client.model.ClaimView;
import org.factquery.client.model.DocumentRequest;
import org.factquery.client.model.DocumentView;
import org.factquery.client.model.Evidence;
import org.factquery.client.model.IngestResult;
import org.factquery.client.model.Modality;
import org.factquery.client.model.PageClaimView;
import org.factquery.client.model.Problem;
import org.junit.jupiter.api.Test;

/**
 * A Java client generated from the committed contract by openapi-generator ({@code java},
 * {@code native} library; the build generates it under {@code target/generated-test-sources})
 * works against the service: it ingests an article as JSON, reads a city's status and the
 * document's claims as typed objects, and meets an unknown city as a 404 whose body is a Problem.
 */
@QuarkusTest
class GeneratedClientSmokeTest {

    private static final String TEXT = "The Rapid Support Forces captured the town of Wad Madani on Monday, "
            + "residents said. The army denied that its troops had left the city.";

    @TestHTTPResource("/")
    URI base;

    private ApiClient client() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString().replaceAll("/$", ""));
        return client;
    }

    @Test
    void aGeneratedClientIngestsJsonReadsAStatusListsClaimsAndGetsATypedNotFound() throws Exception {
        DocumentsApi documents = new DocumentsApi(client());
        IngestResult stored = documents.ingestDocument(new DocumentRequest().text(TEXT).publisher("Client Wire")
                .publishedAt("2023-12-19").title("Smoke test"), null, null, null, null);
        assertThat(stored.getDuplicate()).isFalse();
        assertThat(stored.getClaims()).isPositive();
        assertThat(stored.getCopyOf()).isNull();
        DocumentView document = documents.getDocument(stored.getId());
        assertThat(document.getPublisher()).isEqualTo("Client Wire");
        assertThat(document.getTitle()).isEqualTo("Smoke test");

        CityStatusView status = new CitiesApi(client()).getCityStatus("Wad Medani", null, "SD", 5);
        assertThat(status.getStatus()).isEqualTo(CityStatus.CAPTURED);
        assertThat(status.getControlledBy()).isEqualTo("Rapid Support Forces");
        Evidence evidence = status.getEvidence().stream().filter(e -> e.getDocumentId().equals(stored.getId()))
                .findFirst().orElseThrow();
        assertThat(evidence.getSentence()).isEqualTo(TEXT.substring(evidence.getStart(), evidence.getEnd()));

        PageClaimView claims = new ClaimsApi(client()).listClaims(null, null, stored.getId(), ClaimKind.CAPTURE,
                null, 0, null, null, null, 20, null);
        assertThat(claims.getItems()).isNotEmpty().allSatisfy((ClaimView claim) -> {
            assertThat(claim.getKind()).isEqualTo("CAPTURE");
            assertThat(claim.getPlace().getName()).isEqualTo("Wad Medani");
            assertThat(claim.getModality()).isEqualTo(Modality.REPORTED.getValue());
        });

        ApiException notFound = catchThrowableOfType(ApiException.class,
                () -> new CitiesApi(client()).getCityStatus("Atlantisxyz", null, null, null));
        assertThat(notFound.getCode()).isEqualTo(404);
        Problem problem = client().getObjectMapper().readValue(notFound.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(404);
        assertThat(problem.getDetail()).contains("Atlantisxyz");
    }
}
