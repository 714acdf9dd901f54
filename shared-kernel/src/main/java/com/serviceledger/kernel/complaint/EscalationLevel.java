package com.serviceledger.kernel.complaint;

/** Who a warning or breach goes to: department head → quality supervisor → management. */
public enum EscalationLevel {
    DEPARTMENT_HEAD, QUALITY_SUPERVISOR, MANAGEMENT
}
