package com.serviceledger.platform.web;

import com.serviceledger.kernel.common.AlreadyExists;
import com.serviceledger.kernel.common.ContactErased;
import com.serviceledger.kernel.common.DomainRejection;
import com.serviceledger.kernel.common.FieldRejection;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.common.OnBehalfRefused;
import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.kernel.common.RuleViolation;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.LockAcquisitionFailedException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves as {@code application/problem+json}: bad input names its field, domain
 * rejections keep their rule's code, and nothing internal leaks.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final URI BLANK = URI.create("about:blank");
    /** Stable problem codes for the statuses the framework answers by itself. */
    private static final Map<Integer, String> FRAMEWORK_CODES = Map.of(400, "malformed-request", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 413, "payload-too-large", 415, "unsupported-media-type");

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<Map<String, String>> errors = ex.getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                .toList();
        String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "Invalid field(s): " + fields);
        problem.setProperty("errors", errors);
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        Optional<String> field = jsonPath(ex);
        String message = refusal(ex).orElse("unreadable value");
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                field.map(f -> "Field '" + f + "' has an unreadable value"
                        + (message.equals("unreadable value") ? "" : ": " + message)).orElse(readableReason(ex)));
        field.ifPresent(f -> problem.setProperty("errors", List.of(Map.of("field", f, "message", message))));
        return Mono.just(ResponseEntity.badRequest().body(problem));
    }

    /**
     * The framework's own errors (415 unsupported media type, 405, 406, 413...) come as problems without a
     * {@code type}; they get one like every other answer, derived from the status.
     */
    @Override
    protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        if (body instanceof ProblemDetail problem && (problem.getType() == null || BLANK.equals(problem.getType()))) {
            problem.setType(Problems.type(FRAMEWORK_CODES.getOrDefault(status.value(), "http-" + status.value())));
        }
        return super.createResponseEntity(body, headers, status, exchange);
    }

    /**
     * A parameter name the firewall does not allow (control characters, for instance) is found only when a
     * handler reads the parameters, after the firewall's filter has passed: a malformed request, not an error.
     */
    @ExceptionHandler(ServerExchangeRejectedException.class)
    ResponseEntity<ProblemDetail> rejected(ServerExchangeRejectedException ex) {
        return respond(Problems.of(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
                "The request was rejected: its path or parameters contain characters that are not allowed"));
    }

    @ExceptionHandler(OutOfOrder.class)
    ResponseEntity<ProblemDetail> outOfOrder(OutOfOrder ex) {
        return respond(Problems.of(HttpStatus.CONFLICT, ex.code(), "Command out of order", ex.getMessage()));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation ex) {
        return naming(HttpStatus.UNPROCESSABLE_CONTENT, "Business rule violated", ex);
    }

    @ExceptionHandler(AlreadyExists.class)
    ResponseEntity<ProblemDetail> alreadyExists(AlreadyExists ex) {
        return naming(HttpStatus.CONFLICT, "Already exists", ex);
    }

    /** Creating a case whose identity is taken (client-chosen ids such as staff numbers). */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ResponseEntity<ProblemDetail> duplicateAggregate(AggregateStreamCreationException ex) {
        return respond(Problems.of(HttpStatus.CONFLICT, "already-exists", "Already exists",
                "An entry with this identifier exists already"));
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput ex) {
        return naming(HttpStatus.BAD_REQUEST, "Invalid request", ex);
    }

    /** Allowed for the role, not for this unit: names the field that points outside the user's scope. */
    @ExceptionHandler(OutOfScope.class)
    ResponseEntity<ProblemDetail> outOfScope(OutOfScope ex) {
        return naming(HttpStatus.FORBIDDEN, "Outside your scope", ex);
    }

    /** A field saying who acted names someone else, and the user's roles may not record for others. */
    @ExceptionHandler(OnBehalfRefused.class)
    ResponseEntity<ProblemDetail> onBehalfRefused(OnBehalfRefused ex) {
        return naming(HttpStatus.FORBIDDEN, "Not yours to record", ex);
    }

    /** The refusal's problem, naming its field in {@code errors} when it has one. */
    private static ResponseEntity<ProblemDetail> naming(HttpStatus status, String title, FieldRejection ex) {
        ProblemDetail problem = Problems.of(status, ex.code(), title, ex.getMessage());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(Map.of("field", ex.field(), "message", ex.getMessage())));
        }
        return respond(problem);
    }

    /** The customer's personal data was erased: gone for good, not merely missing. */
    @ExceptionHandler(ContactErased.class)
    ResponseEntity<ProblemDetail> contactErased(ContactErased ex) {
        return respond(Problems.of(HttpStatus.GONE, ex.code(), "Customer data erased", ex.getMessage()));
    }

    @ExceptionHandler(DomainRejection.class)
    ResponseEntity<ProblemDetail> otherRejection(DomainRejection ex) {
        return respond(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, ex.code(), "Command rejected", ex.getMessage()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException ex) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such case",
                "No case with id " + ex.getAggregateIdentifier()));
    }

    /** Two writers raced on one case: the loser retries on fresh state, nothing was written. */
    @ExceptionHandler({ConcurrencyException.class, LockAcquisitionFailedException.class})
    ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
        return respond(Problems.of(HttpStatus.CONFLICT, "concurrent-modification", "Concurrent modification",
                "The case was changed by another command at the same time; reload and retry"));
    }

    /** A remote command side reports the rejection's code in the exception's details. */
    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> remoteFailure(CommandExecutionException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof DomainRejection rejection) {
            return switch (rejection) {
                case OutOfOrder o -> outOfOrder(o);
                case RuleViolation r -> ruleViolation(r);
                case AlreadyExists a -> alreadyExists(a);
                case InvalidInput i -> invalidInput(i);
                case ContactErased e -> contactErased(e);
                case OutOfScope s -> outOfScope(s);
                default -> otherRejection(rejection);
            };
        }
        return unexpected(ex);
    }

    @ExceptionHandler({CannotGetJdbcConnectionException.class, DataAccessResourceFailureException.class,
            TransientDataAccessException.class, RejectedExecutionException.class})
    ResponseEntity<ProblemDetail> unavailable(Exception ex) {
        log.warn("Storage unavailable: {}", ex.getMessage());
        // a commit whose answer the lost link swallowed may have applied: the same Idempotency-Key settles it
        return respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Temporarily unavailable",
                "The store is unavailable. Retry later, with the same Idempotency-Key for a command."));
    }

    /** Also a store out of reach behind other wrappers (Axon, Spring transactions, the Elasticsearch client). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex) {
        if (Unreachable.store(ex)) {
            return unavailable(ex);
        }
        log.error("Unexpected error", ex);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request failed unexpectedly; it was logged."));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static Optional<String> jsonPath(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : jackson.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? Optional.empty() : Optional.of(path.toString());
            }
        }
        return Optional.empty();
    }

    /** The message of a rule of {@link StrictJson} the value broke, written for the client. */
    private static Optional<String> refusal(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof StrictJson.RefusedValue refused) {
                return Optional.ofNullable(refused.getOriginalMessage());
            }
        }
        return Optional.empty();
    }

    private static String readableReason(ServerWebInputException ex) {
        return ex.getReason() != null ? ex.getReason() : "The request body or parameters could not be read";
    }
}
