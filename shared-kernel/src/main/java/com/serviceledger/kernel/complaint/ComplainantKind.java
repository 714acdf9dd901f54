package com.serviceledger.kernel.complaint;

/**
 * Who complains (002 第5篇 二.2: 客戶問題投訴或部門協調投訴): a customer, or a department about another one.
 * Both are handled and scored alike; customer-facing figures (complaint rate, satisfaction) count customers only.
 */
public enum ComplainantKind {
    CUSTOMER,
    DEPARTMENT;

    /** The kind of a received complaint: a department when one complains, else (and in older events) a customer. */
    public static ComplainantKind of(ComplaintReceived received) {
        return received.complainingDepartment() == null ? CUSTOMER : DEPARTMENT;
    }
}
