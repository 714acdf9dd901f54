package com.serviceledger.kernel.common;

/** The command breaks a business rule whatever the case's state (e.g. on-site for a normal complaint): HTTP 422. */
public class RuleViolation extends FieldRejection {

    public RuleViolation(String field, String message) {
        super("rule-violation", field, message);
    }
}
