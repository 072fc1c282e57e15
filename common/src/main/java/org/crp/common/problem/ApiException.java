package org.crp.common.problem;

import java.util.List;

/**
 * The one exception that services throw for a request the caller can fix or retry; it carries
 * the HTTP status, a stable problem type and a message written for the person who sent the request.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<Problem.FieldError> errors;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist", null);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail, null);
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "validation", "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException unprocessable(String detail) {
        return new ApiException(422, "unprocessable", "Request cannot be processed", detail, null);
    }

    /** The request is well-formed but a field refers to something that does not exist or does not fit. */
    public static ApiException unprocessable(String field, String message) {
        return new ApiException(422, "unprocessable", "Request cannot be processed", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    public static ApiException preconditionFailed(String detail) {
        return new ApiException(412, "precondition-failed", "Precondition failed", detail, null);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
