package com.serviceledger.kernel.common;

/**
 * A field that says who acted names another staff member, and the user's roles may not record for others
 * (HTTP 403 naming the field). Who acted is the logged-in staff member unless the role records on their behalf.
 */
public class OnBehalfRefused extends DomainRejection {

    private final String field;

    public OnBehalfRefused(String field, String message) {
        super("on-behalf-refused", message);
        this.field = field;
    }

    /** The request field naming the actor. */
    public String field() {
        return field;
    }
}
