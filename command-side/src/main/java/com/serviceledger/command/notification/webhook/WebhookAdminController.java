package com.serviceledger.command.notification.webhook;

import com.serviceledger.command.notification.webhook.WebhookViews.DeliveryLog;
import com.serviceledger.command.notification.webhook.WebhookViews.DeliveryView;
import com.serviceledger.command.notification.webhook.WebhookViews.SubscriptionView;
import com.serviceledger.command.web.CommandDispatcher;
import com.serviceledger.command.web.CommandExecution;
import com.serviceledger.kernel.common.InvalidInput;
import com.serviceledger.platform.apidocs.NoIdempotencyKey;
import com.serviceledger.platform.apidocs.SuccessStatus;
import com.serviceledger.platform.security.StaffUser;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Webhook subscriptions and their delivery log (README, Notifications: Webhooks). ADMIN only; a narrower admin
 * sees and manages the subscriptions within their scope ({@link WebhookAdmin}).
 */
@RestController
@RequestMapping("/api/admin/webhooks")
class WebhookAdminController {

    private final WebhookAdmin admin;
    private final CommandExecution execution;

    WebhookAdminController(WebhookAdmin admin, CommandExecution execution) {
        this.admin = admin;
        this.execution = execution;
    }

    @NoIdempotencyKey // each call makes a subscription with a secret of its own
    @SuccessStatus(HttpStatus.CREATED)
    @PostMapping
    Mono<ResponseEntity<SubscriptionView>> create(@Valid @RequestBody WebhookRequests.NewSubscription body,
                                                  ServerWebExchange exchange) {
        return blocking(exchange, caller -> admin.create(body, caller))
                .map(view -> ResponseEntity.created(URI.create("/api/admin/webhooks/" + view.id())).body(view));
    }

    @GetMapping
    Mono<List<SubscriptionView>> list(ServerWebExchange exchange) {
        return blocking(exchange, admin::list);
    }

    @GetMapping("/{subscriptionId}")
    Mono<SubscriptionView> get(@PathVariable String subscriptionId, ServerWebExchange exchange) {
        return blocking(exchange, caller -> admin.get(subscriptionId, caller));
    }

    @SuccessStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{subscriptionId}")
    Mono<ResponseEntity<Void>> deactivate(@PathVariable String subscriptionId, ServerWebExchange exchange) {
        return blocking(exchange, caller -> {
            admin.deactivate(subscriptionId, caller);
            return ResponseEntity.noContent().<Void>build();
        });
    }

    @GetMapping("/{subscriptionId}/deliveries")
    Mono<DeliveryLog> deliveries(@PathVariable String subscriptionId,
                                 @RequestParam(required = false) String before,
                                 @RequestParam(required = false) String size, ServerWebExchange exchange) {
        Long from = before == null ? null : number("before", before, 1, Long.MAX_VALUE);
        int page = size == null ? 20 : (int) number("size", size, 1, WebhookAdmin.MAX_PAGE);
        return blocking(exchange, caller -> admin.deliveries(subscriptionId, from, page, caller));
    }

    @NoIdempotencyKey // a second redelivery of the same row is a 409: it is no longer parked
    @PostMapping("/{subscriptionId}/deliveries/{deliveryId}/redeliver")
    Mono<DeliveryView> redeliver(@PathVariable String subscriptionId, @PathVariable String deliveryId,
                                 ServerWebExchange exchange) {
        return blocking(exchange, caller -> admin.redeliver(subscriptionId, deliveryId, caller));
    }

    private static long number(String name, String value, long min, long max) {
        try {
            long number = Long.parseLong(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInput(name, name + " must be a whole number from " + min
                + (max == Long.MAX_VALUE ? " up" : " to " + max));
    }

    /** The work for the caller off the event loop, on the command pool (never interrupted midway: H2). */
    private <T> Mono<T> blocking(ServerWebExchange exchange, Function<StaffUser, T> work) {
        return CommandDispatcher.caller(exchange).flatMap(caller ->
                execution.run(() -> CompletableFuture.completedFuture(work.apply(caller))));
    }
}
