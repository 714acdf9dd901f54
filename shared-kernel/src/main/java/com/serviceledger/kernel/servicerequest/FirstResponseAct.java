package com.serviceledger.kernel.servicerequest;

/**
 * The acts that count as the first response (001 §2.2.1 響應): both answer the customer's request, one by
 * taking it in hand, the other by telling the customer what is missing. The earlier one meets the target.
 */
public enum FirstResponseAct {
    /** 受理: someone was assigned to the request. */
    ASSIGNMENT,
    /** 一次性告知: the customer was told every missing item. */
    MATERIALS_REQUEST
}
