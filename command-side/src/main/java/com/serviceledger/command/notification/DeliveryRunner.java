package com.serviceledger.command.notification;

import com.serviceledger.kernel.notification.NotificationChannel;
import com.serviceledger.platform.notification.Delivery;
import com.serviceledger.platform.notification.DeliveryAttempt;
import com.serviceledger.platform.notification.NotificationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works one channel's due rows off the delivery table: claims them (a lease per row, so replicas and a restarted
 * process share the work without sending a row twice at once), sends each on a virtual thread of its own, and
 * settles it: delivered, retried after an exponential backoff with jitter, parked after the last attempt, or
 * cancelled. At most {@code maxInFlight} sends per channel and {@code perRecipient} per recipient run at once, so a
 * receiver that hangs holds back only itself. Every attempt is logged.
 */
public class DeliveryRunner {

    private static final Logger log = LoggerFactory.getLogger(DeliveryRunner.class);

    private final ChannelSender sender;
    private final NotificationStore store;
    private final TransactionTemplate transaction;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final Semaphore slots;
    private final ConcurrentHashMap<String, AtomicInteger> perRecipient = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    private ExecutorService sends;

    public DeliveryRunner(ChannelSender sender, NotificationStore store, TransactionTemplate transaction,
                          DeliveryProperties properties, Clock clock) {
        this.sender = sender;
        this.store = store;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
        this.slots = new Semaphore(properties.maxInFlight());
    }

    public NotificationChannel channel() {
        return sender.channel();
    }

    public void start() {
        sends = Executors.newVirtualThreadPerTaskExecutor();
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("notifications-" + sender.channel().name().toLowerCase()).factory());
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::pollSafely, every, every, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        poller.shutdownNow();
        sends.shutdown();
        try {
            // a send cut short here is claimed again after its lease: at least once, never lost
            sends.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sends.shutdownNow();
    }

    /** Claims and starts what is due now; also called by tests that do not want to wait for the poll. */
    public void poll() {
        int free = slots.availablePermits();
        if (free == 0) {
            return;
        }
        List<Delivery> claimed = transaction.execute(status ->
                store.claimDue(sender.channel(), clock.instant(), free, properties.lease()));
        for (Delivery delivery : claimed) {
            AtomicInteger toRecipient = perRecipient.computeIfAbsent(delivery.recipient(), r -> new AtomicInteger());
            if (toRecipient.incrementAndGet() > properties.perRecipient() || !slots.tryAcquire()) {
                toRecipient.decrementAndGet();
                // not an attempt: back in the queue for the next poll
                transaction.executeWithoutResult(status -> store.release(delivery.id(),
                        clock.instant().plus(properties.pollInterval())));
                continue;
            }
            sends.execute(() -> {
                try {
                    deliver(delivery);
                } finally {
                    toRecipient.decrementAndGet();
                    slots.release();
                }
            });
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Polling the {} deliveries failed; trying again", sender.channel(), e);
        }
    }

    private void deliver(Delivery claimed) {
        int attempt = claimed.attempts() + 1;
        Instant started = clock.instant();
        SendResult result;
        try {
            result = claimed.occurredAt().isBefore(started.minus(properties.maxAge()))
                    ? SendResult.cancel("older than " + properties.maxAge() + " when its turn came")
                    : sender.send(claimed);
        } catch (RuntimeException e) {
            result = SendResult.retry(null, e.toString());
        }
        SendResult.Outcome outcome = result.outcome() == SendResult.Outcome.RETRY && attempt >= properties.maxAttempts()
                ? SendResult.Outcome.PARK : result.outcome();
        Instant ended = clock.instant();
        SendResult settled = result;
        transaction.executeWithoutResult(status -> {
            store.recordAttempt(new DeliveryAttempt(claimed.id(), attempt, started,
                    Duration.between(started, ended).toMillis(), settled.statusCode(),
                    logged(outcome), settled.detail()));
            switch (outcome) {
                case DELIVERED -> store.delivered(claimed.id(), attempt, ended);
                case RETRY -> store.retryAt(claimed.id(), attempt, settled.detail(), ended.plus(backoff(attempt)));
                case PARK -> store.park(claimed.id(), attempt, settled.detail());
                case CANCEL -> store.cancel(claimed.id(), attempt, settled.detail());
            }
        });
        if (outcome == SendResult.Outcome.PARK) {
            log.warn("Parked the {} notification {} to {} after {} attempts: {}", sender.channel(), claimed.id(),
                    claimed.recipient(), attempt, settled.detail());
        }
    }

    /** The attempt's outcome as DeliveryAttempt documents it (the row's state it led to; FAILED for a retry). */
    private static String logged(SendResult.Outcome outcome) {
        return switch (outcome) {
            case DELIVERED -> "DELIVERED";
            case RETRY -> "FAILED";
            case PARK -> "PARKED";
            case CANCEL -> "CANCELLED";
        };
    }

    /** base × 2^(attempt-1), at most the maximum, of which a random half to all ("equal jitter"). */
    Duration backoff(int attempt) {
        long base = properties.backoffBase().toMillis();
        long max = properties.backoffMax().toMillis();
        long exponential = attempt >= 31 ? max : Math.min(max, base << Math.max(0, attempt - 1));
        long half = exponential / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }
}
