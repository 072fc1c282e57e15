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
    private final Integer retryAfterSeconds;

    public ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors) {
        this(status, type, title, detail, errors, null);
    }

    private ApiException(int status, String type, String title, String detail, List<Problem.FieldError> errors,
            Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
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

    /** This instance is busy with work of the kind asked for: the same request may succeed after a while. */
    public static ApiException busy(String detail, int retryAfterSeconds) {
        return new ApiException(429, "busy", "Busy", detail, null, retryAfterSeconds);
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

    /** Seconds after which a retry may succeed (a Retry-After header), or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
