package org.factquery.ask;

import java.util.List;
import java.util.Map;

import org.factquery.api.Evidence;

/**
 * The answer of {@code GET /ask}: how the question was understood, the structured query that
 * answers it, one sentence of the service's own, and the evidence that sentence rests on.
 */
public record AnswerView(String question, Map<String, String> interpretation, String query, String answer,
        List<Evidence> evidence) {
}
