package org.factquery.api;

import java.util.List;

/**
 * A request the service refuses for a reason it can name; turned into a problem answer by
 * {@link ProblemMapper}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final List<Problem.FieldError> errors;
    private final List<String> suggestions;
    private final List<String> understood;
    private final List<Problem.Candidate> candidates;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(int status, String detail, List<Problem.FieldError> errors) {
        this(status, detail, errors, List.of(), List.of(), List.of());
    }

    private ProblemException(int status, String detail, List<Problem.FieldError> errors, List<String> suggestions,
            List<String> understood, List<Problem.Candidate> candidates) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.suggestions = List.copyOf(suggestions);
        this.understood = List.copyOf(understood);
        this.candidates = List.copyOf(candidates);
    }

    /** A 409 for a name that fits several places, with each of them and the id that chooses it. */
    public static ProblemException ambiguous(String detail, List<Problem.Candidate> candidates) {
        return new ProblemException(409, detail, List.of(), List.of(), List.of(), candidates);
    }

    /** A 404 for an unknown name, with the closest names the service knows. */
    public static ProblemException unknownName(String detail, List<String> suggestions) {
        return new ProblemException(404, detail, List.of(), suggestions, List.of(), List.of());
    }

    /** A 400 about a query parameter whose value names nothing known, with the closest known values. */
    public static ProblemException unknownValue(String field, String message, List<String> suggestions) {
        return new ProblemException(400, field + ": " + message, List.of(new Problem.FieldError(field, message)),
                suggestions, List.of(), List.of());
    }

    /** A 422 for a question the service cannot map, with the forms it does understand. */
    public static ProblemException notUnderstood(String detail, List<String> understood) {
        return new ProblemException(422, detail, List.of(), List.of(), understood, List.of());
    }

    /** A 400 about one field. */
    public static ProblemException badField(String field, String message) {
        return new ProblemException(400, field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, detail);
    }

    public int status() {
        return status;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public List<String> suggestions() {
        return suggestions;
    }

    public List<String> understood() {
        return understood;
    }

    public List<Problem.Candidate> candidates() {
        return candidates;
    }
}
