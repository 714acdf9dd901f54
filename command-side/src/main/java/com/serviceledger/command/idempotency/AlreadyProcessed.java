package com.serviceledger.command.idempotency;

/**
 * The command carried an Idempotency-Key that was used before. Thrown inside the command's unit of
 * work, so anything the retry would have appended is rolled back; the caller then reads the first
 * outcome in a fresh transaction (the failed one may no longer be usable).
 */
public class AlreadyProcessed extends RuntimeException {

    private final String principal;
    private final String key;

    public AlreadyProcessed(String principal, String key) {
        super("Idempotency-Key already used", null, false, false);
        this.principal = principal;
        this.key = key;
    }

    public String principal() {
        return principal;
    }

    public String key() {
        return key;
    }
}
