package com.serviceledger.command.privacy;

import com.serviceledger.platform.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429 {@code too-many-disclosures} with {@code Retry-After}: the user's disclosure budget is spent for now. */
final class TooManyDisclosures extends ErrorResponseException {

    static final String CODE = "too-many-disclosures";

    TooManyDisclosures(DisclosureLimitProperties limit, long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, problem(limit, retryAfterSeconds), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
    }

    private static ProblemDetail problem(DisclosureLimitProperties limit, long retryAfterSeconds) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, CODE, "Too many disclosures",
                "At most " + limit.perUser() + " clear customer contacts per user within " + limit.window()
                        .toString().substring(2).toLowerCase() + "; nothing was disclosed or recorded. Retry in "
                        + retryAfterSeconds + " s.");
        problem.setProperty("retryAfterSeconds", retryAfterSeconds);
        return problem;
    }
}
