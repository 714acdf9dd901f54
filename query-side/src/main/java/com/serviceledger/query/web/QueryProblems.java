package com.serviceledger.query.web;

import com.serviceledger.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Problems of the read API. Raised as {@link ErrorResponseException}, which the platform's
 * problem-details advice renders as {@code application/problem+json} with this body.
 */
public final class QueryProblems {

    private QueryProblems() {
    }

    /** A query parameter the API cannot use; the problem names it, like the platform's validation errors. */
    public static ErrorResponseException invalidParameter(String parameter, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-parameter", "Invalid query parameter",
                "Parameter '" + parameter + "' " + message);
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }

    /** A query parameter the user's roles do not allow; 403 naming it (e.g. full text over text they may not read). */
    public static ErrorResponseException forbiddenParameter(String parameter, String message) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden-parameter", "Parameter not allowed",
                "Parameter '" + parameter + "' " + message);
        problem.setProperty("errors", List.of(Map.of("field", parameter, "message", message)));
        return new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null);
    }

    public static ErrorResponseException notFound(String what, String id) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such " + what, "No " + what + " with id " + id), null);
    }
}
