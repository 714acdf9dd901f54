package com.serviceledger.kernel.common;

/** The customer's personal data was erased: there is nothing left to disclose (HTTP 410). */
public class ContactErased extends DomainRejection {

    public ContactErased(String message) {
        super("customer-erased", message);
    }
}
