package com.serviceledger.bench.rebuild;

import com.serviceledger.kernel.common.Channel;
import com.serviceledger.kernel.common.MetadataKeys;
import com.serviceledger.kernel.common.ProtectedContact;
import com.serviceledger.kernel.complaint.CallbackRecorded;
import com.serviceledger.kernel.complaint.ComplaintArchived;
import com.serviceledger.kernel.complaint.ComplaintDeadlines;
import com.serviceledger.kernel.complaint.ComplaintDismissed;
import com.serviceledger.kernel.complaint.ComplaintForwarded;
import com.serviceledger.kernel.complaint.ComplaintHandlerNamed;
import com.serviceledger.kernel.complaint.ComplaintReceived;
import com.serviceledger.kernel.complaint.ComplaintResolved;
import com.serviceledger.kernel.complaint.ComplaintTarget;
import com.serviceledger.kernel.complaint.ComplaintVerified;
import com.serviceledger.kernel.complaint.CustomerContacted;
import com.serviceledger.kernel.complaint.HandlerArrivedOnSite;
import com.serviceledger.kernel.complaint.MisconductCategory;
import com.serviceledger.kernel.complaint.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import java.util.UUID;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;

/**
 * Complaint lifecycles as the command side records them (received, forwarded, contacted, a handler named,
 * resolved, called back, verified, archived; urgent ones with the handler on site, some dismissed early),
 * in ten subsidiaries of three time zones and five departments, one complaint arriving a minute. Their events
 * come out in time order, interleaved across complaints as a live store would hold them, so a processor batch
 * touches many documents, several of them more than once.
 */
final class ComplaintLifecycles {

    private static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Urumqi", "Asia/Vientiane");
    private static final List<String> DEPARTMENTS = List.of("dept-cs", "dept-sales", "dept-logistics", "dept-tech",
            "dept-mgmt");
    private static final List<String> POSTS = List.of("billing", "weighbridge", "gate", "loading", "unloading",
            "hotline");
    private static final Channel[] CHANNELS = Channel.values();
    private static final Duration ARRIVAL_EVERY = Duration.ofMinutes(1);

    private final SplittableRandom random;
    private final Instant start;
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparing(Pending::at).thenComparingLong(Pending::order));
    private int admitted;
    private long order;

    ComplaintLifecycles(long seed, Instant start) {
        this.random = new SplittableRandom(seed);
        this.start = start;
    }

    /** The next {@code count} events in time order. */
    List<EventMessage<?>> next(int count) {
        List<EventMessage<?>> messages = new ArrayList<>(count);
        while (messages.size() < count) {
            Instant nextArrival = start.plus(ARRIVAL_EVERY.multipliedBy(admitted));
            if (pending.isEmpty() || !pending.peek().at().isBefore(nextArrival)) {
                admit(admitted++, nextArrival);
            } else {
                messages.add(pending.poll().message());
            }
        }
        return messages;
    }

    private void admit(int n, Instant at) {
        String id = "CMP-bench-" + n;
        int subsidiary = random.nextInt(10);
        String department = DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size()));
        boolean urgent = random.nextInt(5) == 0;
        boolean dismissed = random.nextInt(12) == 0;
        boolean contactLate = random.nextInt(6) == 0;
        boolean resolvedLate = random.nextInt(6) == 0;
        boolean accepted = random.nextInt(10) != 0;
        String head = "head-" + subsidiary + "-" + department;
        String handler = "handler-" + subsidiary + "-" + random.nextInt(20);
        String staff = "staff-" + subsidiary + "-" + random.nextInt(40);
        ComplaintDeadlines deadlines = new ComplaintDeadlines(at.plus(Duration.ofMinutes(30)),
                at.plus(Duration.ofHours(4)), urgent ? at.plus(Duration.ofMinutes(10)) : null, at.plus(Duration.ofDays(2)));
        ProtectedContact customer = new ProtectedContact("CUS-bench-" + random.nextInt(50_000), "pii:v1:bmFtZQ==",
                "pii:v1:cGhvbmU=", "pii:v1:ZW1haWw=");
        Instant contacted = at.plus(Duration.ofMinutes(contactLate ? 35 + random.nextInt(120) : 5 + random.nextInt(25)));
        List<Object> events = new ArrayList<>();
        events.add(new ComplaintReceived(id, CHANNELS[random.nextInt(CHANNELS.length)], customer,
                "The weighbridge clerk kept the truck waiting for two hours", "Serve trucks in order of arrival",
                new ComplaintTarget("sub-" + subsidiary, department, POSTS.get(random.nextInt(POSTS.size())), staff),
                urgent ? Urgency.URGENT : Urgency.NORMAL, at, ZONES.get(subsidiary % ZONES.size()),
                "sub-" + subsidiary + "/v1", deadlines));
        events.add(new ComplaintForwarded(id, department, head, at.plus(Duration.ofMinutes(1))));
        events.add(new CustomerContacted(id, head, "Second scale opened at peak hours", contacted, !contactLate,
                contacted.isBefore(deadlines.contactHardLimitAt())));
        if (dismissed) {
            events.add(new ComplaintDismissed(id, "The weighbridge log shows the truck was served in order",
                    contacted.plus(Duration.ofHours(1))));
            events.add(new ComplaintArchived(id, contacted.plus(Duration.ofHours(2))));
        } else {
            if (urgent) {
                events.add(new HandlerArrivedOnSite(id, handler, at.plus(Duration.ofMinutes(3 + random.nextInt(12))),
                        random.nextInt(6) != 0));
            }
            Instant resolved = at.plus(Duration.ofHours(resolvedLate ? 49 + random.nextInt(24) : 1 + random.nextInt(30)));
            events.add(new ComplaintHandlerNamed(id, handler, contacted.plus(Duration.ofMinutes(1))));
            events.add(new ComplaintResolved(id, handler, "Second scale opened; clerk coached", resolved, !resolvedLate,
                    resolved.plus(Duration.ofHours(8))));
            Instant calledBack = resolved.plus(Duration.ofHours(1 + random.nextInt(10)));
            events.add(new CallbackRecorded(id, accepted ? 4 + random.nextInt(2) : 1 + random.nextInt(3), accepted,
                    "called back", calledBack, true));
            events.add(new ComplaintVerified(id, staff, MisconductCategory.ATTITUDE, "Clerk ignored the queue",
                    calledBack.plus(Duration.ofHours(1)), at, null));
            events.add(new ComplaintArchived(id, calledBack.plus(Duration.ofHours(2))));
        }
        Map<String, String> metadata = Map.of(MetadataKeys.PRINCIPAL, "bench-agent",
                MetadataKeys.CORRELATION_ID, id, MetadataKeys.CLIENT, "rebuild-bench");
        Instant previous = at;
        for (int sequence = 0; sequence < events.size(); sequence++) {
            Object payload = events.get(sequence);
            // an aggregate's events must stay in sequence order in the store, whatever their business times
            Instant when = occurredAt(payload, at);
            when = when.isBefore(previous) ? previous : when;
            previous = when;
            pending.add(new Pending(when, order++, new GenericDomainEventMessage<>("Complaint", id, sequence, payload,
                    metadata, UUID.randomUUID().toString(), when)));
        }
    }

    private static Instant occurredAt(Object event, Instant fallback) {
        return switch (event) {
            case ComplaintReceived e -> e.receivedAt();
            case ComplaintForwarded e -> e.forwardedAt();
            case CustomerContacted e -> e.contactedAt();
            case HandlerArrivedOnSite e -> e.arrivedAt();
            case ComplaintHandlerNamed e -> e.namedAt();
            case ComplaintResolved e -> e.resolvedAt();
            case CallbackRecorded e -> e.calledBackAt();
            case ComplaintVerified e -> e.verifiedAt();
            case ComplaintDismissed e -> e.dismissedAt();
            case ComplaintArchived e -> e.archivedAt();
            default -> fallback;
        };
    }

    private record Pending(Instant at, long order, EventMessage<?> message) {
    }
}
