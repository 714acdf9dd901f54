package com.serviceledger.kernel.common;

/** A request value the API cannot accept, found outside bean validation (headers, parameters): HTTP 400. */
public class InvalidInput extends DomainRejection {

    private final String field;

    public InvalidInput(String field, String message) {
        super("validation", message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
