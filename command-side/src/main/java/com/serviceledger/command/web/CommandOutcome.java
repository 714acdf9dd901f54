package com.serviceledger.command.web;

/**
 * What a command returned (e.g. a new case id), under which correlation id, and whether this is the
 * replay of an earlier request with the same Idempotency-Key.
 */
public record CommandOutcome(String result, String correlationId, boolean replayed) {
}
