package com.serviceledger.query.audit;

/** Whether a case's stored events still form the hash chain they were stored with; if not, where it breaks. */
public record CaseVerification(String aggregateId, String aggregateType, long events, boolean intact,
                               ChainBreak firstBroken) {
}
