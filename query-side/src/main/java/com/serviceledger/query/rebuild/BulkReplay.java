package com.serviceledger.query.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first and largest part of a rebuild: the events from the tail up to the head seen when it starts, read by
 * one thread and handed in batches straight to the rebuild's projections, without the pooled processor's
 * per-event scheduling into work packages (its reading thread was the limit of a replay). Each batch runs in a
 * {@link BatchingUnitOfWork} with a transaction, as in the processor's work packages, so the stores write at
 * its commit exactly as there; handler threads take the events of their aggregates (the invoker's sequencing
 * policy), in order.
 * <p>
 * When every handler thread has handled every event read, {@link #reached()} is the tracking token of the last
 * one, as the stream gave it (for the JDBC store gap-aware: an event committed late below it is still read by
 * the processor that continues from there). A failing batch is retried, as the processor would, until it
 * passes or the rebuild gives up ({@code stallTimeout}) and {@link #stop}s it. Nothing here is stored: a
 * replay that stops before its end has no token, so a new rebuild starts from the first event.
 */
final class BulkReplay {

    private static final Logger log = LoggerFactory.getLogger(BulkReplay.class);
    private static final Duration FIRST_RETRY = Duration.ofMillis(100);
    private static final Duration LAST_RETRY = Duration.ofSeconds(5);
    /** Batches waiting for each handler thread: enough to keep it busy while the reader reads the next. */
    private static final int QUEUED = 4;
    private static final Part END = new Part(List.of(), -1);

    private final String name;
    private final EventStore eventStore;
    private final SimpleEventHandlerInvoker invoker;
    private final TransactionManager transactionManager;
    private final int batchSize;
    private final LongAdder events;
    private final Runnable onEnd;
    private final List<BlockingQueue<Part>> queues = new ArrayList<>();
    /** Per handler thread, the position of the last batch it has handled. */
    private final AtomicLongArray handledUpTo;
    private final List<Thread> threads = new ArrayList<>();

    private volatile long head = -1;
    private volatile TrackingToken reached;
    private volatile boolean finished;
    private volatile boolean stopped;
    private volatile Throwable failure;

    /**
     * @param events counts every handled event
     * @param onEnd  runs (on the reading thread, which must not wait for it) once finished or failed
     */
    BulkReplay(String name, EventStore eventStore, SimpleEventHandlerInvoker invoker,
               TransactionManager transactionManager, int batchSize, int handlerThreads, LongAdder events,
               Runnable onEnd) {
        this.name = name;
        this.eventStore = eventStore;
        this.invoker = invoker;
        this.transactionManager = transactionManager;
        this.batchSize = Math.max(1, batchSize);
        this.events = events;
        this.onEnd = onEnd;
        int handlers = Math.max(1, handlerThreads);
        this.handledUpTo = new AtomicLongArray(handlers);
        for (int i = 0; i < handlers; i++) {
            handledUpTo.set(i, -1);
            queues.add(new ArrayBlockingQueue<>(QUEUED));
        }
    }

    void start() {
        for (int i = 0; i < queues.size(); i++) {
            int thread = i;
            threads.add(Thread.ofPlatform().daemon().name("BulkReplay[" + name + "]-" + i)
                    .start(() -> handle(thread)));
        }
        threads.add(Thread.ofPlatform().daemon().name("BulkReplay[" + name + "]-reader").start(this::read));
    }

    /** The position every event up to which has been handled (-1 before the first batch). */
    long position() {
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < handledUpTo.length(); i++) {
            lowest = Math.min(lowest, handledUpTo.get(i));
        }
        return lowest;
    }

    /** The head this replay reads up to (-1 before it looked, or for an empty store). */
    long head() {
        return head;
    }

    boolean finished() {
        return finished;
    }

    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** The token of the last event handled (null: none, the store was empty); only once {@link #finished}. */
    TrackingToken reached() {
        return reached;
    }

    /** Stops reading and handling, and waits (up to the timeout) for a batch being written. */
    void stop(Duration timeout) {
        stopped = true;
        threads.forEach(Thread::interrupt);
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void read() {
        TrackedEventMessage<?> last = null;
        try {
            TrackingToken headToken = eventStore.createHeadToken();
            long until = headToken == null ? -1 : headToken.position().orElse(-1);
            head = until;
            List<List<TrackedEventMessage<?>>> parts = newParts();
            int read = 0;
            if (until >= 0) {
                try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
                    // up to the head seen at the start; later events are the processor's. What is not available now
                    // (a transaction still in flight below the head) is a gap in the last token: the processor reads it
                    while (!stopped && stream.hasNextAvailable()) {
                        TrackedEventMessage<?> next = stream.peek().orElseThrow();
                        if (position(next) > until) {
                            break;
                        }
                        last = stream.nextAvailable();
                        parts.get(partOf(last)).add(last);
                        if (++read == batchSize) {
                            dispatch(parts, position(last));
                            parts = newParts();
                            read = 0;
                        }
                    }
                }
            }
            if (read > 0) {
                dispatch(parts, position(last));
            }
            for (BlockingQueue<Part> queue : queues) {
                queue.put(END);
            }
            for (Thread thread : threads) {
                if (thread != Thread.currentThread()) {
                    thread.join();
                }
            }
            if (!stopped && failure == null) {
                reached = last == null ? null : last.trackingToken();
                finished = true;
                log.info("Bulk replay of {} handled {} events up to position {}", name, events.sum(), position());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            if (!stopped) {
                failure = e;
            }
        } finally {
            if (!stopped) {
                onEnd.run();
            }
        }
    }

    private List<List<TrackedEventMessage<?>>> newParts() {
        List<List<TrackedEventMessage<?>>> parts = new ArrayList<>(queues.size());
        for (int i = 0; i < queues.size(); i++) {
            parts.add(new ArrayList<>(batchSize / queues.size() + 16));
        }
        return parts;
    }

    /** Every handler thread gets its part of each batch, even an empty one, so its position moves on. */
    private void dispatch(List<List<TrackedEventMessage<?>>> parts, long upTo) throws InterruptedException {
        for (int i = 0; i < queues.size(); i++) {
            queues.get(i).put(new Part(parts.get(i), upTo));
        }
    }

    /** The handler thread of an event's sequence (its aggregate): its events stay in order, on one thread. */
    private int partOf(EventMessage<?> event) {
        if (queues.size() == 1) {
            return 0;
        }
        Object sequence = invoker.getSequencingPolicy().getSequenceIdentifierFor(event);
        return Math.floorMod((sequence == null ? event.getIdentifier() : sequence).hashCode(), queues.size());
    }

    private static long position(TrackedEventMessage<?> event) {
        return event.trackingToken().position().orElse(Long.MAX_VALUE);
    }

    private void handle(int thread) {
        try {
            while (true) {
                Part part = queues.get(thread).take();
                if (part == END) {
                    return;
                }
                if (!part.events().isEmpty()) {
                    handleWithRetries(part.events());
                }
                handledUpTo.set(thread, part.upTo());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable e) {
            if (!stopped) {
                failure = e;
                log.error("Bulk replay of {} failed", name, e);
            }
        }
    }

    private void handleWithRetries(List<TrackedEventMessage<?>> batch) throws InterruptedException {
        Duration wait = FIRST_RETRY;
        while (!stopped) {
            try {
                handleBatch(batch);
                events.add(batch.size());
                return;
            } catch (Exception e) {
                if (stopped) {
                    return;
                }
                log.warn("Bulk replay of {}: a batch of {} events failed, retrying in {}", name, batch.size(), wait, e);
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
            }
        }
    }

    /** As a work package of the processor: one batching unit of work with a transaction, every segment. */
    private void handleBatch(List<TrackedEventMessage<?>> batch) throws Exception {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(batch);
        unitOfWork.attachTransaction(transactionManager);
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            invoker.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
        }
    }

    /** One handler thread's events of a batch, and the position of the batch's last event. */
    private record Part(List<TrackedEventMessage<?>> events, long upTo) {
    }
}
