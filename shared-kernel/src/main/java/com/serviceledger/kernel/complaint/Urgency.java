package com.serviceledger.kernel.complaint;

/** URGENT: safety, or it affects the customer's daily living; a handler must be on site (002 第4篇). */
public enum Urgency {
    URGENT, NORMAL
}
