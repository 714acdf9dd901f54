package com.serviceledger.faults;

/**
 * A command the API acknowledged (2xx): its events must be in the store exactly once.
 *
 * @param afterDoubt the first attempt got no answer (the process died); this ack came from the retry with the
 *                   same key ({@code replayed}: the retry was answered from the first attempt's stored outcome)
 */
public record Ack(String correlationId, String idempotencyKey, String path, String caseId, boolean afterDoubt,
                  boolean replayed) {
}
