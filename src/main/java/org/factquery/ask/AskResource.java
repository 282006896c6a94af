package org.factquery.ask;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factquery.api.AnswerCache;
import org.factquery.api.Problem;
import org.factquery.api.ProblemException;
import org.factquery.api.QueryParams;

/** Questions in English, answered from the store with the same evidence as the structured endpoints. */
@Path("/ask")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ask")
public class AskResource {

    /** Longer than any question; a longer one is refused before it is read. */
    static final int MAX_QUESTION = 500;

    private final AskService service;
    private final AnswerCache answers;

    public AskResource(AskService service, AnswerCache answers) {
        this.service = service;
        this.answers = answers;
    }

    @GET
    @Operation(operationId = "ask", summary = "Answer a question in English",
            description = "Maps the question to one of the structured queries (named in query) and answers it in "
                    + "one sentence with the evidence it rests on. A question it cannot map gets a 422 problem "
                    + "whose understood member lists the forms it knows.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerView.class)))
    @APIResponse(responseCode = "404", description = "The question names a city or country the service does not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The question names a city several places bear and the store "
            + "does not tell which; candidates lists them", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The question is not one of the understood forms",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnswerView ask(@Parameter(description = "The question, e.g. Who controls Herat?", required = true)
            @QueryParam("q") String q,
            @Parameter(description = "At most this many evidence items per part of the answer (default 10, at most 100)")
            @QueryParam("evidence") String evidence) {
        String question = QueryParams.text(q);
        if (question == null) {
            throw ProblemException.badField("q", "is required: a question in English, e.g. Who controls Herat?");
        }
        if (question.length() > MAX_QUESTION) {
            throw ProblemException.badField("q", "must be at most " + MAX_QUESTION + " characters");
        }
        int limit = QueryParams.evidenceLimit(evidence);
        return answers.get(() -> service.ask(question, limit), "ask", question, limit);
    }
}
