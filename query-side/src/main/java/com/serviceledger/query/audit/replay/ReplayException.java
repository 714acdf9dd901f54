package com.serviceledger.query.audit.replay;

/**
 * Input a replay cannot use (a malformed export line, an unreadable store, a bad metric request): the user's
 * problem, reported as a message, never as a stack trace.
 */
public class ReplayException extends RuntimeException {

    /** The request parameter (or CLI option) at fault, null when the input as a whole is. */
    private final String parameter;

    public ReplayException(String parameter, String message) {
        super(parameter == null ? message : "'" + parameter + "' " + message);
        this.parameter = parameter;
    }

    public ReplayException(String message, Throwable cause) {
        super(message, cause);
        this.parameter = null;
    }

    public String parameter() {
        return parameter;
    }
}
