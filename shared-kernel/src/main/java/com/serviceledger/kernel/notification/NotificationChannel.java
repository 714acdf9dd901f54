package com.serviceledger.kernel.notification;

/**
 * How a person is told. Staff read their inbox (the console and {@code /api/notifications}) and their work
 * e-mail; people outside the group (contractors, owners' committees, customers) have only e-mail. Webhooks are
 * not a person's channel: systems subscribe to kinds of notification instead.
 */
public enum NotificationChannel {
    INBOX, EMAIL, WEBHOOK
}
