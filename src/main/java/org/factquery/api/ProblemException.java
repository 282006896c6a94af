package org.factquery.api;

import java.util.List;

/**
 * A request the service refuses for a reason it can name; turned into a problem answer by
 * {@link ProblemMapper}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String detail) {
        this(status, detail, List.of());
    }

    public ProblemException(int status, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
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
}
