package com.serviceledger.command.idempotency;

/** What the first request under an Idempotency-Key asked for (hash) and got (result, e.g. the new case id). */
public record IdempotentOutcome(String requestHash, String commandName, String result) {
}
