package com.serviceledger.platform.notification;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One notification to one recipient on one channel ({@code notification_delivery}).
 *
 * @param id        stable for (event, recipient, channel): the same after a replay, sent as Message-ID and webhook
 *                  header so that a receiver can drop a repeat
 * @param recipient {@code staff:<id>}, {@code contractor:<subsidiary>:<site>:<contractor>},
 *                  {@code owners:<subsidiary>:<site>}, {@code customer:<case>} or {@code webhook:<subscription>}
 * @param staffId   the recipient's staff id (whose inbox), null for anyone else
 * @param address   the e-mail address or webhook URL, null for the inbox and for customers (read from the vault
 *                  when sent, so never after erasure)
 * @param payload   the facts of the notification as JSON (the same for every recipient of the event)
 */
public record Delivery(String id, long seq, String eventId, String recipient, NotificationChannel channel,
                       NotificationKind kind, String caseId, String subsidiaryId, String departmentId,
                       String staffId, String address, String language, String payload, Instant occurredAt,
                       Instant createdAt, DeliveryState state, int attempts, Instant nextAttemptAt,
                       Instant deliveredAt, Instant readAt, String lastError) {

    /** The id of the notification of this event to this recipient on this channel. */
    public static String idOf(String eventId, String recipient, NotificationChannel channel) {
        return UUID.nameUUIDFromBytes((eventId + "|" + recipient + "|" + channel).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** A new row: delivered at once for the inbox, pending for the senders. */
    public static Delivery planned(String eventId, String recipient, NotificationChannel channel,
                                   NotificationKind kind, String caseId, String subsidiaryId, String departmentId,
                                   String staffId, String address, String language, String payload,
                                   Instant occurredAt, Instant now) {
        boolean inbox = channel == NotificationChannel.INBOX;
        return new Delivery(idOf(eventId, recipient, channel), 0, eventId, recipient, channel, kind, caseId,
                subsidiaryId, departmentId, staffId, address, language, payload, occurredAt, now,
                inbox ? DeliveryState.DELIVERED : DeliveryState.PENDING, 0, now, inbox ? now : null, null, null);
    }

    public static String staff(String staffId) {
        return "staff:" + staffId;
    }

    public static String customer(String caseId) {
        return "customer:" + caseId;
    }

    public static String webhook(String subscriptionId) {
        return "webhook:" + subscriptionId;
    }
}
