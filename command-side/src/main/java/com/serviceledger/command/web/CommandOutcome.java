package com.serviceledger.command.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a command returned (e.g. a new case id), under which correlation id, and whether this is the
 * replay of an earlier request with the same Idempotency-Key.
 */
public record CommandOutcome(String result, String correlationId, boolean replayed) {

    /** A response carrying the correlation id and whether it replays an earlier request, as every command's does. */
    public ResponseEntity.BodyBuilder respond(HttpStatus status) {
        return ResponseEntity.status(status)
                .header(CommandDispatcher.CORRELATION_ID_HEADER, correlationId)
                .header(CommandDispatcher.REPLAYED_HEADER, String.valueOf(replayed));
    }
}
