package com.serviceledger.kernel.common;

/**
 * The user may do this kind of thing, but not for this unit: a new case's target, a metric's or report's unit
 * lies outside the user's scope (HTTP 403 naming the field). An existing case outside the scope is never
 * refused with this: it answers "no such case", so its existence is not revealed.
 */
public class OutOfScope extends FieldRejection {

    public OutOfScope(String field, String message) {
        super("out-of-scope", field, message);
    }
}
