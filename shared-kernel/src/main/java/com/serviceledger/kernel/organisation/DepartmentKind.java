package com.serviceledger.kernel.organisation;

/** The kinds of department a subsidiary has (000 §3). */
public enum DepartmentKind {
    CUSTOMER_SERVICE, BUSINESS, SUPPORT, MANAGEMENT, TECHNICAL
}
