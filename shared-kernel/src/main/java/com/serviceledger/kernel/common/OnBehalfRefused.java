package com.serviceledger.kernel.common;

/**
 * A field that says who acted names another staff member, and the user's roles may not record for others
 * (HTTP 403 naming the field). Who acted is the logged-in staff member unless the role records on their behalf.
 */
public class OnBehalfRefused extends FieldRejection {

    public OnBehalfRefused(String field, String message) {
        super("on-behalf-refused", field, message);
    }
}
