package com.serviceledger.kernel.common;

/**
 * How to reach the customer, as events carry it: the fields are ciphertext tokens ({@code pii:v1:…},
 * AES-256-GCM under the customer's own data key), readable only while the customer vault still holds that
 * key. Erasing the key shreds every copy at once, in the event store and in every backup of it.
 *
 * @param customerId the customer across cases (same phone or e-mail, same id); not personal data itself
 * @param name       token of the name
 * @param phone      token of the phone number, or null
 * @param email      token of the e-mail address, or null
 */
public record ProtectedContact(String customerId, String name, String phone, String email) {
}
