package org.crp.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.crp.common.web.RequestIdFilter;
import org.crp.common.web.StrictJson;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into {@code application/problem+json}. Nothing here reveals a stack trace
 * or an internal class name; unexpected failures are logged with the request id and answered 500.
 * A token that cannot be verified because the identity provider is unreachable is a 503 with Retry-After;
 * an {@link ApiException} that names a retry time carries it as Retry-After too.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response api(ApiException e, ContainerRequestContext request) {
        Response.ResponseBuilder problem = problem(request, e.status(), e.type(), e.title(), e.getMessage(), e.errors());
        if (e.retryAfterSeconds() != null) {
            problem.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        return problem.build();
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, ContainerRequestContext request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(request, 400, "validation", "Invalid request", detail, errors);
    }

    /** Declared separately to take precedence over Quarkus' built-in mapper for this subtype. */
    @ServerExceptionMapper
    public Response jsonShape(MismatchedInputException e, ContainerRequestContext request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, ContainerRequestContext request) {
        String field = e instanceof JsonMappingException m ? jsonPath(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() == String.class
                && f.getValue() instanceof String) {
            // text refused by StrictJson (a control character, half a surrogate pair): the reason, not the value
            message = f.getOriginalMessage();
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not " + expected(f.getTargetType());
        } else if (e instanceof JsonMappingException m && m.getPath() != null && !m.getPath().isEmpty()) {
            message = "has the wrong type or shape";
        } else if (e instanceof MismatchedInputException m) {
            // the body as a whole: Jackson's own message names the Java class it was read into
            message = "the body must be a single JSON " + (m.getTargetType() != null
                    && (m.getTargetType().isArray() || java.util.Collection.class.isAssignableFrom(m.getTargetType()))
                            ? "array" : "object") + " and nothing after it";
        } else {
            message = "the body is not valid JSON: " + withoutParserAdvice(e.getOriginalMessage());
        }
        List<Problem.FieldError> errors = field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message));
        String detail = field.isEmpty() ? message : field + ": " + message;
        return respond(request, 400, "malformed-body", "Malformed request body", detail, errors);
    }

    @ServerExceptionMapper({ AuthenticationFailedException.class, UnauthorizedException.class })
    public Response unauthenticated(ContainerRequestContext request) {
        Response.ResponseBuilder answer = problem(request, 401, "unauthenticated", "Authentication required",
                "Send a valid bearer token from the crp realm in the Authorization header", List.of());
        return answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crp\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, ContainerRequestContext request) {
        return respond(request, 403, "forbidden", "Forbidden",
                "Your roles do not allow this operation", List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, ContainerRequestContext request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return json(json, request);
            }
        }
        int status = e.getResponse().getStatus();
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        if (family == Response.Status.Family.SERVER_ERROR) {
            return unexpected(e, request);
        }
        // the methods the path is served with ("GET, HEAD, OPTIONS, POST"), which a 405 must carry as Allow
        String path = request.getUriInfo().getPath();
        String allowed = status == 405 ? allowedMethods.of(path) : "";
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + path + (isUnconvertedPathParameter(e)
                    ? ": a segment where an id goes is not one (ids are UUIDs, such as 0190f5b2-7c1e-7a3d-9f10-3b2c4d5e6f70)"
                    : "");
            case 405 -> request.getMethod() + " is not allowed on " + path
                    + (allowed.isEmpty() ? "" : "; it takes " + allowed);
            case 406 -> "This resource answers " + orJson(allowedMethods.produced(request.getMethod(), path))
                    + "; send an Accept header that takes it";
            case 415 -> "Send the body as " + orJson(allowedMethods.consumed(request.getMethod(), path))
                    + (sentType(request) == null ? " with a Content-Type header" : ", not " + sentType(request));
            case 400 -> "The request is malformed";
            default -> e.getMessage() == null ? title : e.getMessage();
        };
        Response.ResponseBuilder answer = problem(request, status, title.toLowerCase(Locale.ROOT).replace(' ', '-'), title,
                detail, List.of());
        if (!allowed.isEmpty()) {
            answer.header(HttpHeaders.ALLOW, allowed);
        }
        return answer.build();
    }

    /** The body's declared type without its parameters; null when none or unreadable. */
    private static String sentType(ContainerRequestContext request) {
        try {
            MediaType type = request.getMediaType();
            return type == null ? null : type.getType() + "/" + type.getSubtype();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orJson(String mediaTypes) {
        return mediaTypes.isEmpty() ? "application/json" : mediaTypes;
    }

    /** RESTEasy answers a path parameter it cannot convert with 404, the conversion's failure as cause; every typed one is a UUID. */
    private static boolean isUnconvertedPathParameter(WebApplicationException e) {
        return e instanceof NotFoundException && e.getCause() instanceof IllegalArgumentException;
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, ContainerRequestContext request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return api(api, request);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return respond(request, 409, "concurrent-modification", "Concurrent modification",
                        "Someone else changed this record meanwhile; read it again and retry", List.of());
            }
            if (cause instanceof org.hibernate.exception.ConstraintViolationException c) {
                return respond(request, 409, "conflict", "Conflict",
                        "The change conflicts with existing data (" + c.getConstraintName() + ")", List.of());
            }
            if (malformedBearerToken(cause)) {
                return unauthenticated(request);
            }
            if (cause instanceof OIDCException) {
                // A service that started while Keycloak was away learns its keys on the first request with a
                // token; until Keycloak answers, that token cannot be checked either way.
                LOG.warnf("Cannot verify a bearer token on %s %s [requestId=%s]: %s", request.getMethod(),
                        request.getUriInfo().getPath(), RequestIdFilter.requestId(request), cause.getMessage());
                return problem(request, 503, "identity-provider-unavailable", "Identity provider unavailable",
                        "Bearer tokens cannot be verified while the identity provider is unreachable; try again shortly",
                        List.of()).header(HttpHeaders.RETRY_AFTER, "5").build();
            }
        }
        LOG.errorf(e, "Unexpected failure on %s %s [requestId=%s]", request.getMethod(),
                request.getUriInfo().getPath(), RequestIdFilter.requestId(request));
        return respond(request, 500, "internal", "Internal error",
                "The server failed unexpectedly; quote the request id when reporting it", List.of());
    }

    /**
     * Quarkus OIDC fails on a bearer token with an empty part (".", "a..b") with a NoSuchElementException
     * from its own token reader instead of refusing it: that token is the caller's mistake, a 401.
     */
    static boolean malformedBearerToken(Throwable failure) {
        return failure instanceof java.util.NoSuchElementException && java.util.Arrays.stream(failure.getStackTrace())
                .anyMatch(f -> f.getClassName().startsWith("io.quarkus.oidc."));
    }

    private static Response respond(ContainerRequestContext request, int status, String type, String title,
            String detail, List<Problem.FieldError> errors) {
        return problem(request, status, type, title, detail, errors).build();
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String type,
            String title, String detail, List<Problem.FieldError> errors) {
        Problem body = new Problem("/problems/" + type, title, status, detail, request.getUriInfo().getPath(),
                RequestIdFilter.requestId(request), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** The path a client recognises: the JSON property path, without method or parameter names. */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // an element of a list: regions[1], not regions.<list element>[1]
                String owner = names.isEmpty() ? (parameter == null ? "" : parameter) : names.remove(names.size() - 1);
                names.add(owner + (node.getIndex() == null ? "" : "[" + node.getIndex() + "]"));
            } else if (node.getKind() == ElementKind.PROPERTY) {
                String name = node.getName() == null ? "" : node.getName();
                if (node.getIndex() != null && !names.isEmpty()) {
                    // a property of a list element: the index belongs to the list before it
                    names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                }
                names.add(name);
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /**
     * The parser's account of where the text stops being JSON, without its advice to the server's
     * programmers ("Non-standard token 'NaN': enable `JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS` to allow").
     */
    static String withoutParserAdvice(String message) {
        if (message == null) {
            return "unreadable";
        }
        int advice = message.indexOf(": enable `");
        return advice > 0 ? message.substring(0, advice) : message;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "String" -> "text (a JSON string)";
            case "Integer", "int", "Long", "long", "Short", "short" -> "a whole number";
            case "BigDecimal", "Double", "double", "Float", "float" -> "a number within range";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date in the form 2024-12-31, " + StrictJson.YEARS;
            case "Instant", "OffsetDateTime" -> "a timestamp in the form 2024-12-31T23:59:00Z, " + StrictJson.YEARS;
            case "UUID" -> "an id (a UUID)";
            default -> "a valid " + type.getSimpleName();
        };
    }
}
