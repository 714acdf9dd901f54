package com.serviceledger.kernel.common;

/** A customer's contact in clear, as a recorded disclosure returns it; never stored, never in an event. */
public record DisclosedCustomer(String customerId, String name, String phone, String email) {
}
