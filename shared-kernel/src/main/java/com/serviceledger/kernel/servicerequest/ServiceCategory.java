package com.serviceledger.kernel.servicerequest;

/** What the customer needs (001 §2.1): the convenience services other than complaints. */
public enum ServiceCategory {
    /** 信息諮詢: information about the company's business, products, policies. */
    INFORMATION,
    /** 業務辦理協助: help with an application or a submission. */
    BUSINESS_ASSISTANCE,
    /** 特殊需求服務: an individual solution for a special need. */
    SPECIAL_NEED,
    OTHER
}
