package com.serviceledger.command.notification.webhook;

import com.serviceledger.command.notification.webhook.WebhookViews.DeliveryLog;
import com.serviceledger.command.notification.webhook.WebhookViews.DeliveryView;
import com.serviceledger.command.notification.webhook.WebhookViews.SubscriptionView;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.kernel.common.OutOfScope;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationStore;
import com.serviceledger.platform.security.Scope;
import com.serviceledger.platform.security.StaffUser;
import com.serviceledger.platform.web.Problems;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The webhook admin API's work, blocking (JDBC). Subscriptions are group-level things, but an admin whose scope is
 * narrower manages those whose units all lie within it: making one beyond is a 403 naming {@code units}, one
 * beyond is not found for them (a 404, as for an unknown id).
 */
@Component
class WebhookAdmin {

    static final int MAX_PAGE = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SubscriptionStore subscriptions;
    private final NotificationStore deliveries;
    private final AddressGuard guard;
    private final Clock clock;

    WebhookAdmin(SubscriptionStore subscriptions, NotificationStore deliveries, AddressGuard guard,
                 Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.guard = guard;
        this.clock = clock;
    }

    SubscriptionView create(WebhookRequests.NewSubscription request, StaffUser caller) {
        Scope units;
        try {
            units = Scope.of(request.units());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("units", e.getMessage());
        }
        if (!Subscription.within(units, caller.scope())) {
            throw new OutOfScope("units", "Every unit of the subscription must lie within your scope ("
                    + String.join(", ", caller.scope().entries()) + ")");
        }
        guard.check(request.url()).ifPresent(refusal -> {
            throw new InvalidInput("url", "url " + refusal.reason()
                    + (guard.allowsPrivate() ? "" : " (see serviceledger.notifications.webhooks.allow-private-addresses)"));
        });
        Subscription subscription = new Subscription("WH-" + UUID.randomUUID(), request.url(),
                request.kinds().stream().distinct().sorted().toList(), units.entries(),
                request.secret() != null ? request.secret() : newSecret(),
                request.description() == null || request.description().isBlank() ? null : request.description(),
                true, caller.name(), clock.instant(), 0);
        subscriptions.create(subscription);
        return SubscriptionView.created(subscription);
    }

    List<SubscriptionView> list(StaffUser caller) {
        return subscriptions.all().stream().filter(s -> s.within(caller.scope())).map(SubscriptionView::masked)
                .toList();
    }

    SubscriptionView get(String id, StaffUser caller) {
        return SubscriptionView.masked(visible(id, caller));
    }

    void deactivate(String id, StaffUser caller) {
        visible(id, caller);
        // rows still pending are cancelled by the sender when it next picks them up
        subscriptions.deactivate(id);
    }

    DeliveryLog deliveries(String id, Long before, int size, StaffUser caller) {
        visible(id, caller);
        List<Delivery> page = deliveries.ofRecipient(Delivery.webhook(id), before, size + 1);
        List<DeliveryView> views = page.stream().limit(size)
                .map(d -> DeliveryView.of(d, deliveries.attempts(d.id()))).toList();
        return new DeliveryLog(views, page.size() > size ? views.getLast().seq() : null);
    }

    /** A parked row of the subscription back to pending, due now. */
    DeliveryView redeliver(String id, String deliveryId, StaffUser caller) {
        visible(id, caller);
        Delivery delivery = deliveries.find(deliveryId)
                .filter(d -> d.recipient().equals(Delivery.webhook(id)))
                .orElseThrow(() -> notFound("No delivery " + deliveryId + " of webhook subscription " + id));
        // one conditional update: of two admins redelivering at once, one wins and the other is told
        if (!deliveries.redeliver(deliveryId, clock.instant())) {
            throw new ErrorResponseException(HttpStatus.CONFLICT, Problems.of(HttpStatus.CONFLICT, "not-parked",
                    "Not parked", "Only a parked delivery can be delivered again; this one is "
                            + deliveries.find(deliveryId).map(Delivery::state).orElse(delivery.state())), null);
        }
        Delivery now = deliveries.find(deliveryId).orElseThrow();
        return DeliveryView.of(now, deliveries.attempts(deliveryId));
    }

    private Subscription visible(String id, StaffUser caller) {
        return subscriptions.find(id).filter(s -> s.within(caller.scope()))
                .orElseThrow(() -> notFound("No webhook subscription " + id));
    }

    private static ErrorResponseException notFound(String detail) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", detail), null);
    }

    /** 32 random bytes, base64url without padding: 43 characters. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
