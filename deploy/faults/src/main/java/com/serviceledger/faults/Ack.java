package com.serviceledger.faults;

import java.util.List;

/**
 * A command the API acknowledged (2xx): its events must be in the store exactly once.
 *
 * @param caseId     the case its events went to
 * @param afterDoubt the first attempt got no answer (the process died); this ack came from the retry with the
 *                   same key ({@code replayed}: the retry was answered from the first attempt's stored outcome)
 * @param opens      cases the answer says the command side opens from this one (an inspection's rectifications):
 *                   each must be opened, once
 */
public record Ack(String correlationId, String idempotencyKey, String path, String caseId, boolean afterDoubt,
                  boolean replayed, List<String> opens) {
}
