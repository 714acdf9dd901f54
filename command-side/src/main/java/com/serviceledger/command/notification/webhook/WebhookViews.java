package com.serviceledger.command.notification.webhook;

import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.DeliveryAttempt;
import com.serviceledger.platform.notification.DeliveryState;
import java.time.Instant;
import java.util.List;

/** What the webhook admin API answers. */
final class WebhookViews {

    private WebhookViews() {
    }

    /** A subscription; its secret in full only in the answer that created it, masked ever after. */
    record SubscriptionView(String id, String url, List<NotificationKind> kinds, List<String> units,
                            String description, String secret, boolean active, String createdBy, Instant createdAt,
                            int version) {

        static SubscriptionView created(Subscription s) {
            return of(s, s.secret());
        }

        static SubscriptionView masked(Subscription s) {
            String secret = s.secret();
            return of(s, "****" + secret.substring(Math.max(0, secret.length() - 4)));
        }

        private static SubscriptionView of(Subscription s, String secret) {
            return new SubscriptionView(s.id(), s.url(), s.kinds(), s.units(), s.description(), secret, s.active(),
                    s.createdBy(), s.createdAt(), s.version());
        }
    }

    /** One attempt at a delivery: when, how long, the receiver's status, and what came of it. */
    record AttemptView(int attempt, Instant startedAt, long durationMillis, Integer statusCode, String outcome,
                       String error) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attempt(), a.startedAt(), a.durationMillis(), a.statusCode(), a.outcome(),
                    a.error());
        }
    }

    /** One notification to the subscription with its attempts (first first; counted from 1 after a redelivery). */
    record DeliveryView(String id, long seq, NotificationKind kind, String eventId, String caseId,
                        String subsidiaryId, String departmentId, Instant occurredAt, Instant createdAt,
                        DeliveryState state, int attempts, Instant nextAttemptAt, Instant deliveredAt,
                        String lastError, List<AttemptView> attemptLog) {

        static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
            return new DeliveryView(d.id(), d.seq(), d.kind(), d.eventId(), d.caseId(), d.subsidiaryId(),
                    d.departmentId(), d.occurredAt(), d.createdAt(), d.state(), d.attempts(),
                    d.state() == DeliveryState.PENDING ? d.nextAttemptAt() : null, d.deliveredAt(), d.lastError(),
                    attempts.stream().map(AttemptView::of).toList());
        }
    }

    /**
     * A page of the delivery log, newest first.
     *
     * @param nextBefore the {@code before} of the next (older) page; null on the last one
     */
    record DeliveryLog(List<DeliveryView> deliveries, Long nextBefore) {
    }
}
