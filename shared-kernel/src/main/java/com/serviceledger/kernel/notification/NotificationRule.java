package com.serviceledger.kernel.notification;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Who is told of one kind of event, and how. A rule naming a {@code target} (an SLA target of a complaint or
 * service request, e.g. CONTACT or DELIVERY) applies to that target only and replaces the kind's general rule
 * (no target) for it. Empty recipients or channels tell nobody.
 */
public record NotificationRule(NotificationKind kind, String target, Set<RecipientRole> recipients,
                               Set<NotificationChannel> channels) {

    /** In the enums' order, whatever order they were given in: a rule folds and serialises the same every time. */
    public NotificationRule {
        recipients = ordered(RecipientRole.class, recipients);
        channels = ordered(NotificationChannel.class, channels);
    }

    private static <E extends Enum<E>> Set<E> ordered(Class<E> type, Set<E> given) {
        EnumSet<E> ordered = EnumSet.noneOf(type);
        if (given != null) {
            ordered.addAll(given);
        }
        return Collections.unmodifiableSet(ordered);
    }

    public static NotificationRule of(NotificationKind kind, Set<RecipientRole> recipients,
                                      Set<NotificationChannel> channels) {
        return new NotificationRule(kind, null, recipients, channels);
    }
}
