package com.serviceledger.kernel.common;

/**
 * How to reach the customer. Personal data: never copied into views or history in clear.
 * At least one of phone and email is present (checked at the API boundary).
 */
public record CustomerContact(String name, String phone, String email) {
}
