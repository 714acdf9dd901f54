package com.serviceledger.kernel.common;

/** The command does not fit where the case stands now (e.g. resolving before contacting): HTTP 409. */
public class OutOfOrder extends DomainRejection {

    public OutOfOrder(String message) {
        super("out-of-order", message);
    }
}
