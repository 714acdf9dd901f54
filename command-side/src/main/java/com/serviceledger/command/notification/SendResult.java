package com.serviceledger.command.notification;

/**
 * What one attempt at a delivery came to.
 *
 * @param statusCode the HTTP status or SMTP reply code, when there was one
 */
public record SendResult(Outcome outcome, Integer statusCode, String detail) {

    public enum Outcome {
        /** Handed over. */
        DELIVERED,
        /** Failed this time (error, timeout, 5xx): tried again after a backoff, parked after the last attempt. */
        RETRY,
        /** Will never succeed as it stands (e.g. a 4xx other than 408/429): parked at once, redeliverable. */
        PARK,
        /** Not to be sent at all (no address, an erased customer): cancelled, not an error. */
        CANCEL
    }

    public static SendResult delivered(Integer statusCode) {
        return new SendResult(Outcome.DELIVERED, statusCode, null);
    }

    public static SendResult retry(Integer statusCode, String detail) {
        return new SendResult(Outcome.RETRY, statusCode, detail);
    }

    public static SendResult park(Integer statusCode, String detail) {
        return new SendResult(Outcome.PARK, statusCode, detail);
    }

    public static SendResult cancel(String reason) {
        return new SendResult(Outcome.CANCEL, null, reason);
    }
}
