package org.factquery.ask;

import java.util.List;
import java.util.Map;

import org.factquery.api.Evidence;

/**
 * The answer of {@code GET /ask}: how the question was understood, the structured query that
 * answers it ({@code queries} lists one per part when the question asks of several cities, and
 * {@code query} is the first), the service's own answer, and the evidence it rests on.
 */
public record AnswerView(String question, Map<String, String> interpretation, String query, List<String> queries,
        String answer, List<Evidence> evidence) {

    /** An answer resting on one structured query. */
    public AnswerView(String question, Map<String, String> interpretation, String query, String answer,
            List<Evidence> evidence) {
        this(question, interpretation, query, List.of(query), answer, evidence);
    }
}
