package com.serviceledger.kernel.incident;

/**
 * The service emergencies a plan is made for (000 §8 (一): 重大客戶投訴、系統故障、自然災害等; 001 §7 (一) 1 names
 * the last two). "等" leaves the list open: {@link #OTHER}.
 */
public enum EmergencyKind {
    MAJOR_COMPLAINT,
    SYSTEM_FAILURE,
    NATURAL_DISASTER,
    OTHER
}
