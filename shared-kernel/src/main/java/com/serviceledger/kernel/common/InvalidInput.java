package com.serviceledger.kernel.common;

/** A request value the API cannot accept, found outside bean validation (headers, parameters): HTTP 400. */
public class InvalidInput extends FieldRejection {

    public InvalidInput(String field, String message) {
        super("validation", field, message);
    }
}
