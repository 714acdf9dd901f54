package com.serviceledger.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details with one stable {@code type} per kind of error. */
public final class Problems {

    private Problems() {
    }

    public static URI type(String code) {
        return URI.create("urn:serviceledger:problem:" + code);
    }

    public static ProblemDetail of(HttpStatus status, String code, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(code));
        problem.setTitle(title);
        return problem;
    }
}
