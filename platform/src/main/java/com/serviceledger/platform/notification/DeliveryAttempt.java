package com.serviceledger.platform.notification;

import java.time.Instant;

/**
 * One attempt to hand a notification over ({@code notification_attempt}): when, how long, and what came back.
 *
 * @param statusCode the HTTP status (webhooks) or SMTP reply code when there was one
 * @param outcome    DELIVERED, FAILED (retried) or PARKED (the last one)
 */
public record DeliveryAttempt(String deliveryId, int attempt, Instant startedAt, long durationMillis,
                              Integer statusCode, String outcome, String error) {
}
