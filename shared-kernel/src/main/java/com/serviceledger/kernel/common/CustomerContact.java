package com.serviceledger.kernel.common;

/**
 * How to reach the customer, in clear, as commands carry it (commands are not stored). Personal data:
 * events carry it only encrypted, as a {@link ProtectedContact}. At least one of phone and email is
 * present (checked at the API boundary).
 */
public record CustomerContact(String name, String phone, String email) {
}
