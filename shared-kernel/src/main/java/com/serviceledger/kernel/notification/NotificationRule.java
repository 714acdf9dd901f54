package com.serviceledger.kernel.notification;

import java.util.Set;

/**
 * Who is told of one kind of event, and how. A rule naming a {@code target} (an SLA target of a complaint or
 * service request, e.g. CONTACT or DELIVERY) applies to that target only and replaces the kind's general rule
 * (no target) for it. Empty recipients or channels tell nobody.
 */
public record NotificationRule(NotificationKind kind, String target, Set<RecipientRole> recipients,
                               Set<NotificationChannel> channels) {

    public NotificationRule {
        recipients = recipients == null ? Set.of() : Set.copyOf(recipients);
        channels = channels == null ? Set.of() : Set.copyOf(channels);
    }

    public static NotificationRule of(NotificationKind kind, Set<RecipientRole> recipients,
                                      Set<NotificationChannel> channels) {
        return new NotificationRule(kind, null, recipients, channels);
    }
}
