package com.serviceledger.kernel.common;

/** Something with this identity exists already (a department code, a staff number): HTTP 409. */
public class AlreadyExists extends FieldRejection {

    public AlreadyExists(String field, String message) {
        super("already-exists", field, message);
    }
}
