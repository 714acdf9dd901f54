package com.serviceledger.kernel.common;

/** A refusal about one request field (or query parameter), which the API's problem names. */
public abstract class FieldRejection extends DomainRejection {

    private final String field;

    protected FieldRejection(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    /** The request field the refusal is about, or null. */
    public String field() {
        return field;
    }
}
