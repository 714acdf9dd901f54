package com.serviceledger.kernel.common;

/** The command breaks a business rule whatever the case's state (e.g. on-site for a normal complaint): HTTP 422. */
public class RuleViolation extends DomainRejection {

    private final String field;

    public RuleViolation(String field, String message) {
        super("rule-violation", message);
        this.field = field;
    }

    /** The request field the rule is about, or null. */
    public String field() {
        return field;
    }
}
