package dev.overload.shared.web;

import dev.overload.shared.errors.ApiException;
import dev.overload.shared.errors.ErrorResponseStyle;
import dev.overload.shared.errors.FieldMessage;
import dev.overload.shared.errors.InvalidFieldException;
import dev.overload.shared.errors.RateLimitedException;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every error becomes RFC 9457 problem+json with the same shape: {@code type, title, status, detail,
 * instance, request_id} and, for invalid input, {@code errors: [{field, message}]} naming fields as the
 * client sent them (snake_case). Nothing internal (exception classes, SQL, stack traces) is written out.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final List<ErrorResponseStyle> styles;

    ApiExceptionHandler(List<ErrorResponseStyle> styles) {
        this.styles = styles;
    }

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** RFC 9457's "no further semantics than the status code", written out so every body has a type. */
    static final URI ABOUT_BLANK = URI.create("about:blank");
    /** PostgreSQL's answer to a NUL character in text ("invalid byte sequence for encoding UTF8: 0x00"). */
    private static final String CHARACTER_NOT_IN_REPERTOIRE = "22021";

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> handleApiException(ApiException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        HttpHeaders headers = new HttpHeaders();
        if (ex instanceof InvalidFieldException invalid) {
            problem.setDetail("Validation failed");
            problem.setProperty("errors", List.of(new FieldMessage(invalid.field(), invalid.getMessage())));
        }
        if (ex instanceof RateLimitedException limited) {
            long seconds = Math.max(1, (limited.retryAfter().toMillis() + 999) / 1000);
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return handleExceptionInternal(ex, problem, headers, ex.status(), request);
    }

    /** Reached through the security entry point, so bearer-token failures share this body. */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> handleAuthentication(AuthenticationException ex, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return problem(ex, HttpStatus.UNAUTHORIZED, "A valid bearer access token is required", headers, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
        return problem(ex, HttpStatus.FORBIDDEN, "Your role does not allow this operation", request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> handleDataIntegrity(DataIntegrityViolationException ex, WebRequest request) {
        if (hasSqlState(ex, CHARACTER_NOT_IN_REPERTOIRE)) {
            // PostgreSQL cannot store or compare text holding a NUL character: bad input, not a conflict.
            return problem(ex, HttpStatus.BAD_REQUEST, "Text in the request must not contain NUL (\\u0000) "
                    + "characters", request);
        }
        log.info("Write rejected by a database constraint: {}", ex.getMostSpecificCause().getMessage());
        return problem(ex, HttpStatus.CONFLICT, "The change conflicts with existing data", request);
    }

    /** Optimistic version clashes, lock timeouts and deadlock victims: another request won; retrying works. */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<Object> handleConcurrentChange(ConcurrencyFailureException ex, WebRequest request) {
        return problem(ex, HttpStatus.CONFLICT, "The resource was changed by another request; reload it and try "
                + "again", request);
    }

    /** A multipart body that cannot be parsed (no or a wrong boundary): the client's mistake, not ours. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException ex, WebRequest request) {
        return problem(ex, HttpStatus.BAD_REQUEST, "The multipart request body is malformed", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
        log.error("Unhandled error", ex);
        return problem(ex, HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred; it has been logged "
                + "with this request id", request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldMessage(error)));
        ex.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new FieldMessage(error.getObjectName(), error.getDefaultMessage())));
        return validationProblem(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getFieldErrors().forEach(error -> errors.add(fieldMessage(error)));
            } else {
                String name = parameterName(result.getMethodParameter());
                result.getResolvableErrors()
                        .forEach(error -> errors.add(new FieldMessage(name, error.getDefaultMessage())));
            }
        });
        return validationProblem(ex, errors, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return validationProblem(ex, List.of(new FieldMessage(ex.getParameterName(), "is required")), headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
        Class<?> required = ex.getRequiredType();
        String message = required != null && required.isEnum()
                ? "must be one of " + java.util.Arrays.toString(required.getEnumConstants())
                : "must be a valid " + describe(required == null ? "value" : required.getSimpleName());
        return validationProblem(ex, List.of(new FieldMessage(field, message)), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex.getCause() instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            String field = JsonPaths.of(bind.getPath());
            return validationProblem(ex, List.of(new FieldMessage(field, unreadableValueMessage(bind))), headers,
                    request);
        }
        return problem(ex, HttpStatus.BAD_REQUEST, "The request body is missing or is not valid JSON", headers,
                request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return problem(ex, status, "Method " + ex.getMethod() + " is not supported here", headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
        return problem(ex, status, "No endpoint " + ex.getHttpMethod() + " " + path, headers, request);
    }

    /**
     * Every handled error passes here: add the instance and request id, never leak a cause, and let a
     * part of the API with its own error contract shape the body.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        if (problem.getInstance() == null && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        String requestId = MDC.get(RequestIdFilter.MDC_KEY);
        if (requestId != null) {
            problem.setProperty("request_id", requestId);
        }
        if (request instanceof ServletWebRequest servlet) {
            for (ErrorResponseStyle style : styles) {
                if (style.appliesTo(servlet.getRequest())) {
                    return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_JSON)
                            .body(style.body(problem));
                }
            }
        }
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatusCode status, String detail, WebRequest request) {
        return problem(ex, status, detail, new HttpHeaders(), request);
    }

    private ResponseEntity<Object> problem(Exception ex, HttpStatusCode status, String detail, HttpHeaders headers,
            WebRequest request) {
        return handleExceptionInternal(ex, ProblemDetail.forStatusAndDetail(status, detail), headers, status,
                request);
    }

    private ResponseEntity<Object> validationProblem(Exception ex, List<FieldMessage> errors, HttpHeaders headers,
            WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Validation failed");
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A value that could not even be converted carries the converter's message (Java types): replace it. */
    private static FieldMessage fieldMessage(FieldError error) {
        String field = JsonPaths.snakeCase(error.getField());
        if (error.isBindingFailure()) {
            Class<?> required = error.contains(TypeMismatchException.class)
                    ? error.unwrap(TypeMismatchException.class).getRequiredType()
                    : null;
            String expected = required == null ? "value" : describe(required.getSimpleName());
            return new FieldMessage(field, "must be a valid " + expected);
        }
        return new FieldMessage(field, error.getDefaultMessage());
    }

    /** Whether a JDBC exception in the cause chain (or chained to one, as batches do) has the SQL state. */
    private static boolean hasSqlState(Throwable ex, String sqlState) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (sqlState.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        return JsonPaths.snakeCase(String.valueOf(parameter.getParameterName()));
    }

    private static String unreadableValueMessage(DatabindException ex) {
        if (ex instanceof tools.jackson.databind.exc.UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            Class<?> target = mismatched.getTargetType();
            if (target.isEnum()) {
                return "must be one of " + java.util.Arrays.toString(target.getEnumConstants());
            }
            return "must be a valid " + describe(target.getSimpleName());
        }
        return "is invalid";
    }

    private static String describe(String typeName) {
        return switch (typeName) {
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "LocalTime" -> "time of day (HH:MM)";
            case "Instant", "OffsetDateTime" -> "ISO-8601 timestamp";
            case "Integer", "int", "Long", "long" -> "integer";
            case "BigDecimal", "Double", "double" -> "number";
            case "Boolean", "boolean" -> "boolean";
            default -> "value";
        };
    }
}
