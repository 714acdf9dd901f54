package com.serviceledger.command.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.serviceledger.command.notification.webhook.Subscription;
import com.serviceledger.command.notification.webhook.SubscriptionStore;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.kernel.notification.NotificationKind;
import com.serviceledger.kernel.notification.NotificationRule;
import com.serviceledger.kernel.policy.PolicyPublished;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.NotificationStore;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;

/**
 * Turns recorded events into notifications: for each event worth telling (an {@link Occasion}), the rule of the
 * policy in force then says which roles hear of it on which channels, the directory as of the event says who they
 * are, and one row per (event, recipient, channel) goes into the delivery table, in the transaction that moves this
 * processor's token. The channels' senders take it from there; a replay finds the rows there and plans nothing.
 * Webhook subscriptions active when the event is handled receive it by kind and unit.
 */
@ProcessingGroup(NotificationPlanner.PROCESSING_GROUP)
public class NotificationPlanner {

    public static final String PROCESSING_GROUP = "notifications";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Occasions occasions;
    private final Recipients recipients;
    private final NotificationPolicies policies;
    private final SubscriptionStore webhooks;
    private final NotificationStore store;
    private final Clock clock;

    NotificationPlanner(Occasions occasions, Recipients recipients, NotificationPolicies policies,
                        SubscriptionStore webhooks, NotificationStore store, Clock clock) {
        this.occasions = occasions;
        this.recipients = recipients;
        this.policies = policies;
        this.webhooks = webhooks;
        this.store = store;
        this.clock = clock;
    }

    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (event instanceof PolicyPublished published) {
            policies.published(published);
            return;
        }
        String caseId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        long sequence = message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
        occasions.of(event, caseId, sequence).ifPresent(occasion -> plan(occasion, message));
    }

    private void plan(Occasion occasion, EventMessage<?> message) {
        String payload = payload(occasion, message.getIdentifier());
        Instant now = clock.instant();
        NotificationRule rule = policies.termsAt(occasion.subsidiaryId(), occasion.occurredAt())
                .ruleFor(occasion.kind(), occasion.target()).orElse(null);
        if (rule != null) {
            String actor = (String) message.getMetaData().get(MetadataKeys.STAFF_ID);
            for (Addressee addressee : recipients.of(occasion, rule.recipients())) {
                // nobody is told that they themselves took a case in hand
                if (occasion.kind() == NotificationKind.CASE_ASSIGNED && Objects.equals(actor, addressee.staffId())) {
                    continue;
                }
                for (NotificationChannel channel : channels(rule, addressee)) {
                    store.plan(Delivery.planned(message.getIdentifier(), addressee.recipient(), channel,
                            occasion.kind(), occasion.caseId(), occasion.subsidiaryId(), occasion.departmentId(),
                            addressee.staffId(), channel == NotificationChannel.EMAIL ? addressee.email() : null,
                            addressee.language().tag(), payload, occasion.occurredAt(), now));
                }
            }
        }
        for (Subscription subscriber : webhooks.active()) {
            if (subscriber.wants(occasion.kind(), occasion.subsidiaryId(), occasion.departmentId())) {
                store.plan(Delivery.planned(message.getIdentifier(), Delivery.webhook(subscriber.id()),
                        NotificationChannel.WEBHOOK, occasion.kind(), occasion.caseId(), occasion.subsidiaryId(),
                        occasion.departmentId(), null, subscriber.url(), "en", payload, occasion.occurredAt(), now));
            }
        }
    }

    /**
     * The rule's channels this addressee has: the inbox for staff, e-mail for whoever has an address (a customer's
     * is read from the vault when it is sent).
     */
    private static List<NotificationChannel> channels(NotificationRule rule, Addressee addressee) {
        return rule.channels().stream().sorted().filter(channel -> switch (channel) {
            case INBOX -> addressee.staff();
            case EMAIL -> addressee.email() != null || addressee.recipient().startsWith("customer:");
            case WEBHOOK -> false;
        }).toList();
    }

    /** The notification's facts as JSON, the same for every recipient and channel of the event. */
    static String payload(Occasion occasion, String eventId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", occasion.kind().name());
        body.put("eventId", eventId);
        body.put("occurredAt", occasion.occurredAt().toString());
        body.put("caseType", occasion.caseType());
        body.put("caseId", occasion.caseId());
        body.put("subsidiaryId", occasion.subsidiaryId());
        body.put("departmentId", occasion.departmentId());
        body.put("facts", occasion.facts());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification's facts are plain values", e);
        }
    }
}
