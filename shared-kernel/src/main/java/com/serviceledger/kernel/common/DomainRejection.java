package com.serviceledger.kernel.common;

/**
 * A command the domain refuses. Carries a stable problem code so the API can answer with the same
 * problem type whether the command ran in this JVM or on a remote command-side node.
 */
public abstract class DomainRejection extends RuntimeException {

    private final String code;

    protected DomainRejection(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /** A stable, URL-safe name of the rule, e.g. {@code out-of-order}. */
    public String code() {
        return code;
    }
}
