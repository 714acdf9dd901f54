package com.serviceledger.command.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the channels' senders work through the delivery table ({@code serviceledger.notifications.delivery}).
 *
 * @param pollInterval how often each sender looks for due rows
 * @param lease        how long a claimed row is the claimant's; a sender that dies mid-delivery leaves the row to
 *                     be claimed again after it (longer than any send's timeout)
 * @param maxInFlight  sends running at once per channel
 * @param perRecipient sends running at once to one recipient (one webhook URL): a receiver that hangs holds at
 *                     most this many, never the channel
 * @param maxAttempts  attempts before a row is parked
 * @param backoffBase  the wait after the first failure; doubled after each further one, with jitter
 * @param backoffMax   the longest wait between attempts
 * @param maxAge       a notification of an event longer ago than this is cancelled, not sent: news that old helps
 *                     nobody (the demo history's past, a processor that ran again after a long outage); the inbox
 *                     keeps it
 */
@ConfigurationProperties("serviceledger.notifications.delivery")
public record DeliveryProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("1m") Duration lease,
                                 @DefaultValue("32") int maxInFlight, @DefaultValue("4") int perRecipient,
                                 @DefaultValue("8") int maxAttempts, @DefaultValue("5s") Duration backoffBase,
                                 @DefaultValue("30m") Duration backoffMax, @DefaultValue("3d") Duration maxAge) {
}
