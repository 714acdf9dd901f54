package com.serviceledger.faults;

/**
 * A command the API refused (4xx, 5xx): it must have left nothing in the store.
 *
 * @param afterDoubt the first attempt got no answer and this refusal answered its retry with the same key: had
 *                   the first attempt taken effect, the retry should have been answered with its outcome
 */
public record Refusal(String correlationId, String idempotencyKey, String path, int status, boolean afterDoubt) {
}
