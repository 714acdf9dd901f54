package com.serviceledger.kernel.inspection;

/** Every checklist item passes or fails against its standard. */
public enum ItemResult {
    PASS, FAIL
}
